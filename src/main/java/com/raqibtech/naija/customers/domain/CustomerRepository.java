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

    public Optional<Customer> findByUserAccount(Long userAccountId) {
        return em.createQuery("select c from Customer c where c.userAccountId = :account", Customer.class)
                .setParameter("account", userAccountId)
                .getResultStream().findFirst();
    }

    /** Staff search by name, e-mail or phone (case-insensitive substring), at most {@code limit}. */
    public List<Customer> search(String text, int offset, int limit) {
        // % and _ typed by staff are literal characters, not wildcards.
        String literal = text.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        String pattern = "%" + literal + "%";
        return em.createQuery("select c from Customer c where lower(c.fullName) like :p escape '\\'"
                        + " or lower(c.email) like :p escape '\\' or c.phone like :p escape '\\'"
                        + " order by c.fullName, c.id", Customer.class)
                .setParameter("p", pattern)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<CustomerTier> tier(String code) {
        return Optional.ofNullable(em.find(CustomerTier.class, code));
    }

    /** Tiers from the highest threshold down. */
    public List<CustomerTier> tiersByRankDescending() {
        return em.createQuery("select t from CustomerTier t order by t.rank desc", CustomerTier.class)
                .getResultList();
    }
}
