package com.raqibtech.naija.notifications.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OutboxRepository extends JpaRepository<OutgoingEmail, Long> {

    public OutboxRepository() {
        super(OutgoingEmail.class);
    }

    /** Ids of e-mails due for an attempt, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return em.createQuery("select e.id from OutgoingEmail e where e.sentAt is null and e.nextAttemptAt <= :now"
                        + " and (e.claimedUntil is null or e.claimedUntil < :now) order by e.nextAttemptAt, e.id",
                        Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
