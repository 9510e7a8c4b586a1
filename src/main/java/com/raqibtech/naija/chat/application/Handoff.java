package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.application.dialogue.Replies;
import com.raqibtech.naija.chat.application.dialogue.Turn;
import com.raqibtech.naija.chat.application.memory.DialogueState;
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
import com.raqibtech.naija.nlu.application.Intent;
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
 * Passing conversations between the bot and human agents, decided and done here only. A conversation goes to a
 * person when the customer asks, is strongly negative or not understood too many turns in a row, or a responder asks
 * for it (a serious complaint); the customer is told the wait in their own register, and the notice is stored after
 * the message that caused it. Agents take one from the queue, answer (sent out on the customer's channel), keep
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

    @Inject
    @ConfigProperty(name = "chat.handoff.not-understood-turns", defaultValue = "2")
    int notUnderstoodLimit;

    @Inject
    @ConfigProperty(name = "chat.handoff.negative-turns", defaultValue = "2")
    int negativeLimit;

    static final String CUSTOMER_ASKED = "customer asked";
    static final String STRONGLY_NEGATIVE = "strongly negative twice";
    static final String NOT_UNDERSTOOD = "not understood twice";

    /**
     * To hand over, and why; {@code ownWords}: the responder was not asked, or its answer is set aside, so the
     * customer is told in the handoff's words.
     */
    public record Decision(String reason, boolean ownWords) {
    }

    /**
     * Before any responder answers: the customer asked for a person, or was strongly negative too many turns in a
     * row (a complaint is recorded first, by the responder).
     */
    public Optional<Decision> beforeResponding(Turn turn) {
        DialogueState state = turn.state();
        boolean stronglyNegative = turn.parse().frustrated() || turn.parse().sentiment().score() <= -0.75;
        state.stronglyNegative = stronglyNegative ? state.stronglyNegative + 1 : 0;
        if (turn.intent() == Intent.HUMAN_AGENT) {
            return Optional.of(new Decision(CUSTOMER_ASKED, true));
        }
        if (state.stronglyNegative >= negativeLimit && turn.intent() != Intent.COMPLAINT) {
            return Optional.of(new Decision(STRONGLY_NEGATIVE, true));
        }
        return Optional.empty();
    }

    /** After the responder: it asked for a person, or the customer was not understood too many turns in a row. */
    public Optional<Decision> afterResponding(Turn turn, Reply reply) {
        DialogueState state = turn.state();
        state.notUnderstood = reply.understood() ? 0 : state.notUnderstood + 1;
        if (reply.handoffReason() != null) {
            return Optional.of(new Decision(reply.handoffReason(), false));
        }
        if (state.notUnderstood >= notUnderstoodLimit) {
            return Optional.of(new Decision(NOT_UNDERSTOOD, true));
        }
        return Optional.empty();
    }

    /** The answer that tells the customer a person is coming, and when, in their register. */
    public Reply announce(Turn turn, Decision decision, Reply responderReply) {
        Reply reply = decision.ownWords() ? new Reply() : responderReply;
        switch (decision.reason()) {
            case CUSTOMER_ASKED -> reply.say(Replies.get(turn, "handoff.customer-asked"));
            case STRONGLY_NEGATIVE -> reply.say(Replies.get(turn, "handoff.strongly-negative"));
            case NOT_UNDERSTOOD -> reply.say(Replies.get(turn, "handoff.not-understood"));
            default -> {
                // the responder has said why
            }
        }
        long ahead = conversations.countWithStatus(ConversationStatus.WAITING_FOR_AGENT);
        int minutes = (int) (ahead + 1) * MINUTES_PER_WAITING;
        if (hours.isOpen()) {
            reply.say(ahead > 0 ? Replies.get(turn, "handoff.wait-behind", minutes, ahead)
                    : Replies.get(turn, "handoff.wait", minutes));
        } else {
            reply.say(Replies.get(turn, "handoff.closed", hours.hours(), hours.nextOpening()));
        }
        return reply.did(ActionType.HANDOFF_REQUESTED, null);
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
