package com.raqibtech.naija.orders.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrderRepository extends JpaRepository<CustomerOrder, Long> {

    public OrderRepository() {
        super(CustomerOrder.class);
    }

    public Optional<CustomerOrder> findByReference(String reference) {
        return em.createQuery("select o from CustomerOrder o where o.reference = :reference", CustomerOrder.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** A customer's orders, newest first. */
    public List<CustomerOrder> findByCustomer(Long customerId, int limit) {
        return em.createQuery("select o from CustomerOrder o where o.customer.id = :customer"
                        + " order by o.placedAt desc, o.id desc", CustomerOrder.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<PaymentMethod> paymentMethods() {
        return em.createQuery("select m from PaymentMethod m order by m.sortOrder", PaymentMethod.class)
                .getResultList();
    }
}
