package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.application.dialogue.Replies;
import com.raqibtech.naija.chat.application.dialogue.Turn;
import com.raqibtech.naija.chat.application.outbound.Outbound;
import com.raqibtech.naija.chat.application.outbound.OutboundMessage;
import com.raqibtech.naija.chat.application.reply.ActionType;
import com.raqibtech.naija.chat.application.reply.Reply;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.ConversationRepository;
import com.raqibtech.naija.chat.domain.ConversationStatus;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.time.Lagos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passing conversations between the bot and human agents, done here only ({@link EscalationPolicy} decides when).
 * The customer is told the wait in their own register, and the notice is stored after the message that caused it;
 * while a person owns the chat the customer is told once that their messages reach the team. Agents take one from the queue, answer (sent out on the customer's channel), keep
 * internal notes, give it back to the bot or close it. Every change is a message in the conversation and an audit
 * event.
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
    Outbound outbound;

    @Inject
    BusinessHours hours;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The answer that tells the customer a person is coming, and when, in their register. */
    public Reply announce(Turn turn, EscalationPolicy.Decision decision, Reply responderReply) {
        Reply reply = decision.ownWords() ? new Reply() : responderReply;
        switch (decision.reason()) {
            case EscalationPolicy.CUSTOMER_ASKED -> reply.say(Replies.get(turn, "handoff.customer-asked"));
            case EscalationPolicy.ANGRY -> reply.say(Replies.get(turn, "handoff.strongly-negative"));
            case EscalationPolicy.NOT_UNDERSTOOD -> reply.say(Replies.get(turn, "handoff.not-understood"));
            case EscalationPolicy.REPEATED_COMPLAINTS, EscalationPolicy.PAYMENT_ISSUE ->
                    reply.say(Replies.get(turn, "ticket.to-person"));
            default -> {
                // the responder has said why
            }
        }
        tellTheWait(turn, reply, 0);
        return reply.did(ActionType.HANDOFF_REQUESTED, null);
    }

    /**
     * The one answer a customer gets while waiting for a person (the engine sends it once): their messages reach
     * the team, and when someone will answer. Once an agent has joined, the agent answers.
     */
    public Reply acknowledge(Turn turn) {
        Reply reply = new Reply().say(Replies.get(turn, "handoff.ack-waiting"));
        tellTheWait(turn, reply, 1);
        return reply.did(ActionType.FORWARDED_TO_AGENT, null);
    }

    /** The expected wait (counting {@code alreadyQueued} of the waiting as this one), or the business hours. */
    private void tellTheWait(Turn turn, Reply reply, int alreadyQueued) {
        long ahead = Math.max(0, conversations.countWithStatus(ConversationStatus.WAITING_FOR_AGENT) - alreadyQueued);
        int minutes = (int) (ahead + 1) * MINUTES_PER_WAITING;
        if (hours.isOpen()) {
            reply.say(ahead > 0 ? Replies.get(turn, "handoff.wait-behind", minutes, ahead)
                    : Replies.get(turn, "handoff.wait", minutes));
        } else {
            reply.say(Replies.get(turn, "handoff.closed", hours.hours(), hours.nextOpening()));
        }
    }

    /**
     * Puts the conversation in the queue, inside the turn's transaction; the notice is stored at {@code at}, after
     * the customer's message and the answer. Nothing changes when a human already has it.
     */
    @Transactional
    public void toQueue(String conversationId, String reason, Instant at) {
        Conversation conversation = conversations.find(conversationId).orElseThrow();
        if (conversation.getStatus() == ConversationStatus.BOT) {
            conversation.changeStatus(ConversationStatus.WAITING_FOR_AGENT, null, at);
            Message message = transcript.add(conversationId, Message.Author.SYSTEM, null,
                    "Conversation handed to the support team (" + reason + ").", false, at);
            push(conversation, message);
            audit.record("bot", null, Action.CONVERSATION_HANDED_OFF, Outcome.SUCCESS, "conversation",
                    conversationId, reason);
        }
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
        notice(conversation, displayName(staff) + " from customer care has joined the chat.");
        audit.record(staff, Action.CONVERSATION_CLAIMED, Outcome.SUCCESS, "conversation", conversationId, null);
        return conversation;
    }

    /** An agent's answer, pushed to the customer; answering a waiting conversation claims it. */
    @Transactional
    public Message reply(Actor staff, String conversationId, String text) {
        Conversation conversation = claim(staff, conversationId);
        Message message = transcript.add(conversation.getId(), Message.Author.AGENT, agentId(staff), text, false);
        push(conversation, message);
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
        notice(conversation, "You are back with the RaqibTech assistant. Type \"agent\" any time to reach a "
                + "person.");
        audit.record(staff, Action.CONVERSATION_RELEASED, Outcome.SUCCESS, "conversation", conversationId, null);
        return conversation;
    }

    @Transactional
    public Conversation close(Actor staff, String conversationId) {
        Conversation conversation = managed(staff, conversationId);
        conversation.changeStatus(ConversationStatus.CLOSED, conversation.getAssignedAgentId(), clock.instant());
        notice(conversation, "This conversation has been closed. Start a new chat any time.");
        audit.record(staff, Action.CONVERSATION_CLOSED, Outcome.SUCCESS, "conversation", conversationId, null);
        return conversation;
    }

    private Conversation managed(Actor staff, String conversationId) {
        staff.require(Permission.MANAGE_CONVERSATIONS);
        return conversations.find(conversationId).orElseThrow(() -> ProblemException.notFound(
                "no-such-conversation", "There is no conversation " + shorten(conversationId) + "."));
    }

    private void notice(Conversation conversation, String text) {
        push(conversation, transcript.add(conversation.getId(), Message.Author.SYSTEM, null, text, false));
    }

    /** Out on the customer's channel, once the transaction commits. */
    private void push(Conversation conversation, Message message) {
        outbound.send(conversation.getChannel(), new OutboundMessage(conversation.getId(), "message",
                conversation.getStatus().name().toLowerCase(Locale.ROOT), message.getId(),
                message.getAuthor().name().toLowerCase(Locale.ROOT), message.getBody(), null,
                Lagos.at(message.getCreatedAt()).toOffsetDateTime()));
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
