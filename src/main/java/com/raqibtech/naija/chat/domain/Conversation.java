package com.raqibtech.naija.chat.domain;

import com.raqibtech.naija.shared.access.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A conversation with one customer (or a guest) on one channel, identified by an unguessable UUID. */
@Entity
@Table(name = "conversations")
public class Conversation {

    @Id
    private String id;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversationStatus status;

    @Column(name = "assigned_agent_id")
    private Long assignedAgentId;

    /** en, pcm or mixed: the register the customer writes in. */
    private String language;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Conversation() {
    }

    public Conversation(Long customerId, Channel channel, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.customerId = customerId;
        this.channel = channel;
        this.status = ConversationStatus.BOT;
        this.startedAt = now;
        this.lastActivityAt = now;
    }

    public String getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void attachCustomer(Long customerId) {
        this.customerId = customerId;
    }

    public Channel getChannel() {
        return channel;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public void changeStatus(ConversationStatus status, Long assignedAgentId, Instant at) {
        this.status = status;
        this.assignedAgentId = assignedAgentId;
        this.lastActivityAt = at;
        this.closedAt = status == ConversationStatus.CLOSED ? at : null;
    }

    public Long getAssignedAgentId() {
        return assignedAgentId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public void touch(Instant at) {
        this.lastActivityAt = at;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
