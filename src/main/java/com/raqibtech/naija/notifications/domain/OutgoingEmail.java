package com.raqibtech.naija.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** An e-mail in the outbox: waiting, being sent, sent, or given up after too many attempts. */
@Entity
@Table(name = "email_outbox")
public class OutgoingEmail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_seq")
    @SequenceGenerator(name = "email_seq", sequenceName = "email_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 20000)
    private String bodyText;

    @Column(name = "body_html", nullable = false, length = 40000)
    private String bodyHtml;

    @Column(nullable = false)
    private String kind;

    @Column(name = "order_reference")
    private String orderReference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected OutgoingEmail() {
    }

    public OutgoingEmail(String recipient, String subject, String bodyText, String bodyHtml, String kind,
                         String orderReference, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.kind = kind;
        this.orderReference = orderReference;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Takes the e-mail for sending until {@code until}; false when another sender holds it or it is done. */
    public boolean claim(Instant now, Instant until) {
        if (sentAt != null || nextAttemptAt.isAfter(now) || (claimedUntil != null && claimedUntil.isAfter(now))) {
            return false;
        }
        claimedUntil = until;
        return true;
    }

    public void sent(Instant at) {
        sentAt = at;
        claimedUntil = null;
        attempts++;
        lastError = null;
    }

    /** A failed attempt: try again after {@code backoff}, or never when {@code giveUp}. */
    public void failed(Instant at, Duration backoff, String error, boolean giveUp) {
        attempts++;
        claimedUntil = null;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        nextAttemptAt = giveUp ? Instant.parse("9999-12-31T00:00:00Z") : at.plus(backoff);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
