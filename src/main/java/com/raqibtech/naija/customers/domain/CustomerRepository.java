package com.raqibtech.naija.customers.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CustomerRepository extends JpaRepository<Customer, Long> {

    public CustomerRepository() {
        super(Customer.class);
    }

    public Optional<Customer> findByEmail(String email) {
        return em.createQuery("select c from Customer c where lower(c.email) = lower(:email)", Customer.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    public Optional<Customer> findByPhone(String e164) {
        return em.createQuery("select c from Customer c where c.phone = :phone", Customer.class)
                .setParameter("phone", e164)
                .getResultStream().findFirst();
    }

    /** Tiers from the highest threshold down. */
    public List<CustomerTier> tiersByRankDescending() {
        return em.createQuery("select t from CustomerTier t order by t.rank desc", CustomerTier.class)
                .getResultList();
    }
}
