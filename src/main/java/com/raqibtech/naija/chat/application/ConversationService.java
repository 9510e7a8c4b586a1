package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.shared.access.Channel;
import com.raqibtech.naija.cart.application.GuestSessionTakenOver;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.ConversationRepository;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.identity.application.AccessTokens;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Starting and reading conversations, whoever asks: a signed-in customer's conversation is theirs; a guest's
 * comes with a token that opens that one conversation and nothing else; staff who manage conversations read any
 * (audited). Anyone else's conversation is "not found".
 */
@ApplicationScoped
public class ConversationService {

    @Inject
    ConversationRepository conversations;

    @Inject
    AccessTokens tokens;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A new conversation, and for a guest the token that grants it. */
    public record Started(Conversation conversation, Optional<AccessTokens.Issued> guestToken) {
    }

    @Transactional
    public Started start(Actor caller, Channel channel) {
        Long customerId = caller.customerId();
        if (customerId == null && caller.isAuthenticated()) {
            throw ProblemException.forbidden("not-a-customer",
                    "Conversations are started by customers and guests; staff join them from the queue.");
        }
        Conversation conversation = conversations.save(new Conversation(customerId, channel, clock.instant()));
        Optional<AccessTokens.Issued> guestToken = customerId == null
                ? Optional.of(tokens.issueForGuest(conversation.getId())) : Optional.empty();
        return new Started(conversation, guestToken);
    }

    /** A guest signed in and took their session over: the conversation becomes the customer's. */
    void guestSignedIn(@Observes GuestSessionTakenOver takeover) {
        conversations.find(takeover.guestConversationId())
                .ifPresent(conversation -> conversation.attachCustomer(takeover.customerId()));
    }

    /** @throws ProblemException 404 unless the caller owns the conversation or may manage conversations */
    public Conversation find(Actor caller, String conversationId) {
        Conversation conversation = conversations.find(conversationId).orElseThrow(() -> notFound(conversationId));
        if (caller.has(Permission.MANAGE_CONVERSATIONS)) {
            audit.record(caller, Action.CUSTOMER_DATA_READ, Outcome.SUCCESS, "conversation", conversationId, null);
            return conversation;
        }
        boolean own = caller.guestConversation().map(conversationId::equals)
                .orElseGet(() -> conversation.getCustomerId() != null && Objects.equals(caller.customerId(), conversation.getCustomerId()));
        if (!own) {
            throw notFound(conversationId);
        }
        return conversation;
    }

    /** The conversation's messages, oldest first; internal notes are for staff only. */
    public List<Message> messages(Actor caller, String conversationId, int limit) {
        find(caller, conversationId);
        return conversations.messages(conversationId, caller.has(Permission.MANAGE_CONVERSATIONS), limit);
    }

    private static ProblemException notFound(String conversationId) {
        String shown = conversationId.length() > 40 ? conversationId.substring(0, 40) + "…" : conversationId;
        return ProblemException.notFound("no-such-conversation", "You have no conversation " + shown + ".");
    }
}
