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

    /** By reference as customers write it: spaces around and lower case are fine. */
    public Optional<CustomerOrder> findByReference(String reference) {
        return em.createQuery("select o from CustomerOrder o where o.reference = :reference", CustomerOrder.class)
                .setParameter("reference", reference.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** A customer's orders, newest first. */
    public List<CustomerOrder> findByCustomer(Long customerId, int limit) {
        return em.createQuery("select o from CustomerOrder o where o.customerId = :customer"
                        + " order by o.placedAt desc, o.id desc", CustomerOrder.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<CustomerOrder> findByIdempotencyKey(String key) {
        return em.createQuery("select o from CustomerOrder o where o.idempotencyKey = :key", CustomerOrder.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /**
     * Pending orders still awaiting a prepaid payment, placed before {@code cutoff}, and whose payment was not asked
     * for again since (an order switched to bank transfer later gets the full time from the switch).
     */
    public List<Long> unpaidPlacedBefore(java.time.Instant cutoff, int limit) {
        return em.createQuery("select o.id from CustomerOrder o where o.status = :pending"
                        + " and o.paymentStatus = :awaiting and o.placedAt < :cutoff and not exists (select p from"
                        + " Payment p where p.order = o and p.createdAt >= :cutoff) order by o.placedAt", Long.class)
                .setParameter("pending", OrderStatus.PENDING)
                .setParameter("awaiting", PaymentStatus.AWAITING_PAYMENT)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<PaymentMethod> paymentMethod(String code) {
        return Optional.ofNullable(em.find(PaymentMethod.class, code));
    }

    public void savePayment(Payment payment) {
        em.persist(payment);
    }

    public Optional<Payment> paymentOf(long orderId) {
        return em.createQuery("select p from Payment p where p.order.id = :order order by p.id desc", Payment.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }

    public List<PaymentMethod> paymentMethods() {
        return em.createQuery("select m from PaymentMethod m order by m.sortOrder", PaymentMethod.class)
                .getResultList();
    }
}
