package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.ConversationRepository;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Writing a turn's messages, each turn in one transaction: the customer's message and the answer, or neither. */
@ApplicationScoped
public class ChatTranscript {

    @Inject
    ConversationRepository conversations;

    @Inject
    Clock clock;

    /** The two sides of one turn; {@code reply} null when the bot stays silent (a human owns the conversation). */
    public record Written(Message inbound, Message reply) {
    }

    /**
     * The customer's message (with the channel's id for it, if any) and the answer, at {@code now} and a moment
     * after, so they sort in that order.
     */
    @Transactional
    public Written turn(String conversationId, String text, String externalId, String intent, String sentiment,
                        String language, String replyText, Instant now) {
        Conversation conversation = conversations.find(conversationId).orElseThrow();
        Message inbound = new Message(conversationId, conversation.getChannel(), Message.Direction.INBOUND,
                Message.Author.CUSTOMER, null, text, false, now);
        inbound.understood(intent, sentiment);
        inbound.identifiedBy(externalId);
        conversations.saveMessage(inbound);
        Message reply = null;
        if (replyText != null) {
            reply = new Message(conversationId, conversation.getChannel(), Message.Direction.OUTBOUND,
                    Message.Author.BOT, null, replyText, false, now.plusMillis(1));
            conversations.saveMessage(reply);
        }
        conversation.touch(now);
        if (language != null) {
            conversation.setLanguage(language);
        }
        return new Written(inbound, reply);
    }

    /**
     * A bot message in the customer's open conversation, if they used one since {@code since}; its own transaction,
     * because order news arrives after the order's transaction has ended.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<Message> toOpenConversation(long customerId, Instant since, String text) {
        return conversations.latestOpenFor(customerId).filter(c -> c.getLastActivityAt().isAfter(since))
                .map(c -> add(c.getId(), Message.Author.BOT, null, text, false));
    }

    /** A message from staff or the system: an agent's reply, an internal note, a status notice. */
    @Transactional
    public Message add(String conversationId, Message.Author author, Long authorId, String text, boolean internal) {
        return add(conversationId, author, authorId, text, internal, clock.instant());
    }

    /** The same, stored at {@code now}. */
    @Transactional
    public Message add(String conversationId, Message.Author author, Long authorId, String text, boolean internal,
                       Instant now) {
        Conversation conversation = conversations.find(conversationId).orElseThrow(() -> ProblemException.notFound(
                "no-such-conversation", "There is no conversation " + conversationId + "."));
        Message message = new Message(conversationId, conversation.getChannel(), Message.Direction.OUTBOUND, author,
                authorId, text, internal, now);
        conversations.saveMessage(message);
        conversation.touch(now);
        return message;
    }
}
