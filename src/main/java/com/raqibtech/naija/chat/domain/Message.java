package com.raqibtech.naija.chat.domain;

import com.raqibtech.naija.shared.access.Channel;
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

/** One message of a conversation, as written, with what the engine understood of it. */
@Entity
@Table(name = "messages")
public class Message {

    public enum Direction { INBOUND, OUTBOUND }

    public enum Author { CUSTOMER, BOT, AGENT, SYSTEM }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private String conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_type", nullable = false)
    private Author author;

    /** The staff account for agent messages. */
    @Column(name = "author_id")
    private Long authorId;

    @Column(nullable = false, length = 8000)
    private String body;

    private String intent;

    private String sentiment;

    /** Agent notes that the customer never sees. */
    @Column(name = "internal_note", nullable = false)
    private boolean internalNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The channel's own id for the message (unique per channel), when it has one. */
    @Column(name = "external_id")
    private String externalId;

    protected Message() {
    }

    public Message(String conversationId, Channel channel, Direction direction, Author author, Long authorId,
                   String body, boolean internalNote, Instant createdAt) {
        this.conversationId = conversationId;
        this.channel = channel;
        this.direction = direction;
        this.author = author;
        this.authorId = authorId;
        this.body = body;
        this.internalNote = internalNote;
        this.createdAt = createdAt;
    }

    public void identifiedBy(String externalId) {
        this.externalId = externalId;
    }

    public String getExternalId() {
        return externalId;
    }

    public void understood(String intent, String sentiment) {
        this.intent = intent;
        this.sentiment = sentiment;
    }

    public Long getId() {
        return id;
    }

    public String getConversationId() {
        return conversationId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public Author getAuthor() {
        return author;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public String getIntent() {
        return intent;
    }

    public String getSentiment() {
        return sentiment;
    }

    public boolean isInternalNote() {
        return internalNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
