package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.identity.domain.AuditEvent;
import com.raqibtech.naija.identity.domain.AuditEvent.Action;
import com.raqibtech.naija.identity.domain.AuditEvent.Outcome;
import com.raqibtech.naija.identity.domain.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes and reads the audit log. Each entry is written in its own transaction, so a refused or failed
 * operation is recorded even when the work around it rolls back.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditRepository events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Caller caller, Action action, Outcome outcome, String targetType, Object targetId,
                       String details) {
        record(caller.name(), caller.clientAddress(), action, outcome, targetType, targetId, details);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String clientAddress, Action action, Outcome outcome, String targetType,
                       Object targetId, String details) {
        events.save(new AuditEvent(clock.instant(), actor, action, outcome, targetType,
                targetId == null ? null : targetId.toString(), clientAddress, details));
    }

    public List<AuditEvent> search(String actor, Action action, String targetType, String targetId, Instant from,
                                   Instant to, int offset, int limit) {
        return events.search(actor, action, targetType, targetId, from, to, offset, limit);
    }
}
