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

    /** Staff accounts (anyone holding a staff role), by username. */
    public List<UserAccount> findStaff() {
        return em.createQuery("select distinct u from UserAccount u join u.groups g"
                        + " where g in ('support_agent', 'admin', 'super_admin') order by u.username", UserAccount.class)
                .getResultList();
    }
}
