package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.domain.AuditEvent;
import com.raqibtech.naija.identity.domain.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes and reads the audit log. A success is written in the transaction of the change it records, so the log
 * never claims a change that rolled back; a refusal or failure is written in a transaction of its own, so it is
 * kept although the work around it is abandoned.
 */
@ApplicationScoped
public class AuditLog {

    /** What was done, as recorded in the audit log (the published vocabulary of auditing). */
    public enum Action {
        LOGIN, LOGOUT, LOGIN_THROTTLED, ACCOUNT_REGISTERED, ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
        ROLE_GRANTED, ROLE_REVOKED, CUSTOMER_DATA_READ, WALLET_TOP_UP, PAYMENT_CONFIRMED,
        CONVERSATION_HANDED_OFF, CONVERSATION_CLAIMED, CONVERSATION_REPLIED, CONVERSATION_NOTE_ADDED,
        CONVERSATION_RELEASED, CONVERSATION_CLOSED, ORDER_ADDRESS_CHANGED, ORDER_PAYMENT_METHOD_CHANGED,
        ORDER_ITEM_CHANGED, ORDER_ITEM_REMOVED, ORDER_EXCHANGE_REQUESTED, ORDER_LOOKED_UP_BY_PHONE
    }

    /** How it ended. */
    public enum Outcome { SUCCESS, FAILURE, DENIED }


    @Inject
    AuditRepository events;

    @Inject
    AuditWriter writer;

    @Inject
    Clock clock;

    public void record(Actor actor, Action action, Outcome outcome, String targetType, Object targetId,
                       String details) {
        record(actor.name(), actor.address(), action, outcome, targetType, targetId, details);
    }

    public void record(String actor, String clientAddress, Action action, Outcome outcome, String targetType,
                       Object targetId, String details) {
        AuditEvent event = new AuditEvent(clock.instant(), actor, action, outcome, targetType,
                targetId == null ? null : targetId.toString(), clientAddress, details);
        if (outcome == Outcome.SUCCESS) {
            writer.withTheChange(event);
        } else {
            writer.onItsOwn(event);
        }
    }

    public List<AuditEvent> search(String actor, Action action, String targetType, String targetId, Instant from,
                                   Instant to, int offset, int limit) {
        return events.search(actor, action, targetType, targetId, from, to, offset, limit);
    }
}
