package com.raqibtech.naija.identity.domain;

import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log. Never changed once written. */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    @Column(name = "client_address")
    private String clientAddress;

    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, Action action, Outcome outcome, String targetType,
                      String targetId, String clientAddress, String details) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 254);
        this.action = action;
        this.outcome = outcome;
        this.targetType = targetType;
        this.targetId = truncate(targetId, 254);
        this.clientAddress = truncate(clientAddress, 64);
        this.details = truncate(details, 1000);
    }

    /** What people type can be longer than a column: the log keeps the start rather than failing. */
    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetails() {
        return details;
    }
}
