package com.raqibtech.naija.chat.domain;

import com.raqibtech.naija.shared.persistence.JpaRepository;
import com.raqibtech.naija.shared.access.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ConversationRepository extends JpaRepository<Conversation, String> {

    public ConversationRepository() {
        super(Conversation.class);
    }

    /** A conversation's messages, oldest first; internal notes only when asked for (staff). */
    public List<Message> messages(String conversationId, boolean withInternalNotes, int limit) {
        return em.createQuery("select m from Message m where m.conversationId = :conversation"
                        + (withInternalNotes ? "" : " and m.internalNote = false")
                        + " order by m.createdAt, m.id", Message.class)
                .setParameter("conversation", conversationId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The newest customer-visible messages, oldest first. */
    public List<Message> recentMessages(String conversationId, int limit) {
        List<Message> newest = em.createQuery("select m from Message m where m.conversationId = :conversation"
                        + " and m.internalNote = false order by m.createdAt desc, m.id desc", Message.class)
                .setParameter("conversation", conversationId)
                .setMaxResults(limit)
                .getResultList();
        List<Message> oldestFirst = new java.util.ArrayList<>(newest);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Conversations waiting for or with a human, longest waiting first. */
    public List<Conversation> withStatus(List<ConversationStatus> statuses, int limit) {
        return em.createQuery("select c from Conversation c where c.status in :statuses"
                        + " order by c.lastActivityAt", Conversation.class)
                .setParameter("statuses", statuses)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countWithStatus(ConversationStatus status) {
        return em.createQuery("select count(c) from Conversation c where c.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** The customer's most recently active open conversation, for pushing news about their orders. */
    public java.util.Optional<Conversation> latestOpenFor(long customerId) {
        return em.createQuery("select c from Conversation c where c.customerId = :customer"
                        + " and c.status <> :closed order by c.lastActivityAt desc", Conversation.class)
                .setParameter("customer", customerId)
                .setParameter("closed", ConversationStatus.CLOSED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** A message the channel already delivered under this id. */
    public java.util.Optional<Message> messageByExternalId(Channel channel, String externalId) {
        return em.createQuery("select m from Message m where m.channel = :channel and m.externalId = :id",
                        Message.class)
                .setParameter("channel", channel)
                .setParameter("id", externalId)
                .getResultStream().findFirst();
    }

    /** The bot's answer stored right after a customer's message, if any. */
    public java.util.Optional<Message> replyTo(Message inbound) {
        return em.createQuery("select m from Message m where m.conversationId = :conversation and m.id > :id"
                        + " and m.direction = :outbound and m.internalNote = false order by m.id", Message.class)
                .setParameter("conversation", inbound.getConversationId())
                .setParameter("id", inbound.getId())
                .setParameter("outbound", Message.Direction.OUTBOUND)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .filter(reply -> reply.getAuthor() == Message.Author.BOT);
    }

    public Message saveMessage(Message message) {
        em.persist(message);
        return message;
    }
}
