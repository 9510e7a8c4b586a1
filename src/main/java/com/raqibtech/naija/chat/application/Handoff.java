package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.ConversationRepository;
import com.raqibtech.naija.chat.domain.ConversationStatus;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.domain.AuditEvent.Action;
import com.raqibtech.naija.identity.domain.AuditEvent.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.time.Lagos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Passing conversations between the bot and human agents. The bot hands over (the customer asked, was angry twice,
 * or was not understood twice); agents take one from the queue, answer (pushed to the customer), keep internal
 * notes, give it back to the bot or close it. Every change is a message in the conversation and an audit event.
 */
@ApplicationScoped
public class Handoff {

    /** Minutes an agent typically needs per waiting conversation, for the wait we announce. */
    static final int MINUTES_PER_WAITING = 3;

    @Inject
    ConversationRepository conversations;

    @Inject
    ChatTranscript transcript;

    @Inject
    ChatEvents events;

    @Inject
    BusinessHours hours;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the customer is told when the conversation goes to the queue. */
    public record Queued(boolean withinHours, long ahead, int expectedMinutes, String nextOpening) {
    }

    /** The bot hands the conversation to the queue; nothing changes when a human already has it. */
    @Transactional
    public Queued toQueue(String conversationId, String reason) {
        Conversation conversation = conversations.find(conversationId).orElseThrow();
        long ahead = conversations.countWithStatus(ConversationStatus.WAITING_FOR_AGENT);
        if (conversation.getStatus() == ConversationStatus.BOT) {
            conversation.changeStatus(ConversationStatus.WAITING_FOR_AGENT, null, clock.instant());
            notice(conversationId, "Conversation handed to the support team (" + reason + ").",
                    ConversationStatus.WAITING_FOR_AGENT);
            audit.record("bot", null, Action.CONVERSATION_HANDED_OFF, Outcome.SUCCESS, "conversation",
                    conversationId, reason);
        }
        return new Queued(hours.isOpen(), ahead, (int) (ahead + 1) * MINUTES_PER_WAITING, hours.nextOpening());
    }

    public List<Conversation> queue(Actor staff, boolean includeAssigned) {
        staff.require(Permission.MANAGE_CONVERSATIONS);
        return conversations.withStatus(includeAssigned
                ? List.of(ConversationStatus.WAITING_FOR_AGENT, ConversationStatus.WITH_AGENT)
                : List.of(ConversationStatus.WAITING_FOR_AGENT), 200);
    }

    @Transactional
    public Conversation claim(Actor staff, String conversationId) {
        Conversation conversation = managed(staff, conversationId);
        long agentId = agentId(staff);
        if (conversation.getStatus() == ConversationStatus.WITH_AGENT
                && Objects.equals(conversation.getAssignedAgentId(), agentId)) {
            return conversation;
        }
        if (conversation.getStatus() == ConversationStatus.WITH_AGENT) {
            throw ProblemException.conflict("already-claimed", "Another agent is handling this conversation.");
        }
        if (conversation.getStatus() == ConversationStatus.CLOSED) {
            throw ProblemException.conflict("conversation-closed", "This conversation is closed.");
        }
        conversation.changeStatus(ConversationStatus.WITH_AGENT, agentId, clock.instant());
        notice(conversationId, displayName(staff) + " from customer care has joined the chat.",
                ConversationStatus.WITH_AGENT);
        audit.record(staff, Action.CONVERSATION_CLAIMED, Outcome.SUCCESS, "conversation", conversationId, null);
        return conversation;
    }

    /** An agent's answer, pushed to the customer; answering a waiting conversation claims it. */
    @Transactional
    public Message reply(Actor staff, String conversationId, String text) {
        Conversation conversation = claim(staff, conversationId);
        Message message = transcript.add(conversation.getId(), Message.Author.AGENT, agentId(staff), text, false);
        push(conversationId, message, conversation.getStatus());
        audit.record(staff, Action.CONVERSATION_REPLIED, Outcome.SUCCESS, "conversation", conversationId, null);
        return message;
    }

    /** A note for colleagues; the customer never sees it. */
    @Transactional
    public Message note(Actor staff, String conversationId, String text) {
        managed(staff, conversationId);
        Message message = transcript.add(conversationId, Message.Author.AGENT, agentId(staff), text, true);
        audit.record(staff, Action.CONVERSATION_NOTE_ADDED, Outcome.SUCCESS, "conversation", conversationId, null);
        return message;
    }

    /** Back to the bot. */
    @Transactional
    public Conversation release(Actor staff, String conversationId) {
        Conversation conversation = managed(staff, conversationId);
        if (conversation.getStatus() == ConversationStatus.CLOSED) {
            throw ProblemException.conflict("conversation-closed", "This conversation is closed.");
        }
        conversation.changeStatus(ConversationStatus.BOT, null, clock.instant());
        notice(conversationId, "You are back with the RaqibTech assistant. Type \"agent\" any time to reach a person.",
                ConversationStatus.BOT);
        audit.record(staff, Action.CONVERSATION_RELEASED, Outcome.SUCCESS, "conversation", conversationId, null);
        return conversation;
    }

    @Transactional
    public Conversation close(Actor staff, String conversationId) {
        Conversation conversation = managed(staff, conversationId);
        conversation.changeStatus(ConversationStatus.CLOSED, conversation.getAssignedAgentId(), clock.instant());
        notice(conversationId, "This conversation has been closed. Start a new chat any time.",
                ConversationStatus.CLOSED);
        audit.record(staff, Action.CONVERSATION_CLOSED, Outcome.SUCCESS, "conversation", conversationId, null);
        return conversation;
    }

    private Conversation managed(Actor staff, String conversationId) {
        staff.require(Permission.MANAGE_CONVERSATIONS);
        return conversations.find(conversationId).orElseThrow(() -> ProblemException.notFound(
                "no-such-conversation", "There is no conversation " + shorten(conversationId) + "."));
    }

    private void notice(String conversationId, String text, ConversationStatus status) {
        Message message = transcript.add(conversationId, Message.Author.SYSTEM, null, text, false);
        push(conversationId, message, status);
    }

    private void push(String conversationId, Message message, ConversationStatus status) {
        events.publish(conversationId, "message", status.name().toLowerCase(Locale.ROOT), message.getId(),
                message.getAuthor().name().toLowerCase(Locale.ROOT), message.getBody(),
                Lagos.at(message.getCreatedAt()).toOffsetDateTime());
    }

    private static long agentId(Actor staff) {
        return staff.account().orElseThrow(() -> ProblemException.forbidden("not-staff",
                "Only support staff handle conversations."));
    }

    private static String displayName(Actor staff) {
        return Optional.ofNullable(staff.displayName()).filter(name -> name != null && !name.isBlank())
                .map(name -> name.split(" ")[0]).orElse("An agent");
    }

    private static String shorten(String id) {
        return id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }
}
