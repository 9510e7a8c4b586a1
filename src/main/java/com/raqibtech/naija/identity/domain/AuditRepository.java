package com.raqibtech.naija.identity.domain;

import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.shared.persistence.JpaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class AuditRepository extends JpaRepository<AuditEvent, Long> {

    public AuditRepository() {
        super(AuditEvent.class);
    }

    /** Newest first, filtered by whatever is given (null = any). */
    public List<AuditEvent> search(String actor, AuditLog.Action action, String targetType, String targetId,
                                   Instant from, Instant to, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        if (actor != null) {
            jpql.append(" and lower(e.actor) = lower(:actor)");
        }
        if (action != null) {
            jpql.append(" and e.action = :action");
        }
        if (targetType != null) {
            jpql.append(" and e.targetType = :targetType");
        }
        if (targetId != null) {
            jpql.append(" and e.targetId = :targetId");
        }
        if (from != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (to != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class);
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        if (targetType != null) {
            query.setParameter("targetType", targetType);
        }
        if (targetId != null) {
            query.setParameter("targetId", targetId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
