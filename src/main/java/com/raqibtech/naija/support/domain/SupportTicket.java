package com.raqibtech.naija.support.domain;

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

/** A complaint or payment problem a customer raised in chat, for the support team to follow up. */
@Entity
@Table(name = "support_tickets")
public class SupportTicket {

    public enum Kind { COMPLAINT, PAYMENT_ISSUE }

    public enum Severity { NORMAL, SERIOUS }

    public enum Status { OPEN, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_ticket_seq")
    @SequenceGenerator(name = "support_ticket_seq", sequenceName = "support_ticket_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "conversation_id", nullable = false)
    private String conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(name = "order_reference")
    private String orderReference;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupportTicket() {
    }

    public SupportTicket(Long customerId, String conversationId, Kind kind, Severity severity, String orderReference,
                         String description, Instant createdAt) {
        this.customerId = customerId;
        this.conversationId = conversationId;
        this.kind = kind;
        this.severity = severity;
        this.orderReference = orderReference;
        this.description = description.length() > 2000 ? description.substring(0, 2000) : description;
        this.status = Status.OPEN;
        this.createdAt = createdAt;
    }

    /**
     * A later message about the same problem: appended to the description (the newest words kept when it is full),
     * raising the severity if it is serious, and naming the order if none was named yet.
     */
    public void addMessage(String text, Severity newSeverity, String newOrderReference) {
        String joined = description + "\n---\n" + text;
        description = joined.length() > 2000 ? joined.substring(joined.length() - 2000) : joined;
        if (newSeverity == Severity.SERIOUS) {
            severity = Severity.SERIOUS;
        }
        if (orderReference == null) {
            orderReference = newOrderReference;
        }
    }

    /** The number customers quote: TKT and the id. */
    public String getReference() {
        return "TKT" + id;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getConversationId() {
        return conversationId;
    }

    public Kind getKind() {
        return kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public String getDescription() {
        return description;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
