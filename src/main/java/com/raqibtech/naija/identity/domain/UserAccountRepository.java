package com.raqibtech.naija.identity.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserAccountRepository extends JpaRepository<UserAccount, Long> {

    public UserAccountRepository() {
        super(UserAccount.class);
    }

    /** Usernames are e-mail addresses, compared without regard to case. */
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where lower(u.username) = lower(:username)",
                        UserAccount.class)
                .setParameter("username", username.trim())
                .getResultStream().findFirst();
    }

    /**
     * Stamps the last sign-in without touching the row's version, so a sign-in never collides with an admin
     * changing the same account.
     */
    public void recordLogin(long accountId, java.time.Instant at) {
        em.createQuery("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
                .setParameter("at", at).setParameter("id", accountId).executeUpdate();
    }

    /** Staff accounts (anyone holding a staff role), by username. */
    public List<UserAccount> findStaff() {
        return em.createQuery("select distinct u from UserAccount u join u.groups g"
                        + " where g in ('support_agent', 'admin', 'super_admin') order by u.username", UserAccount.class)
                .getResultList();
    }
}
