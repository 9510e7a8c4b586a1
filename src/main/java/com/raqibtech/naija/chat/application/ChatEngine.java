package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.application.dialogue.Responder;
import com.raqibtech.naija.chat.application.dialogue.Turn;
import com.raqibtech.naija.chat.application.memory.ConversationMemory;
import com.raqibtech.naija.chat.application.memory.DialogueState;
import com.raqibtech.naija.chat.application.memory.PendingAction;
import com.raqibtech.naija.chat.application.memory.ShortTermMemory;
import com.raqibtech.naija.chat.application.reply.ActionType;
import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.chat.application.reply.Reply;
import com.raqibtech.naija.chat.application.reply.ReplyContent;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.ConversationRepository;
import com.raqibtech.naija.chat.domain.ConversationStatus;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.nlu.application.Entity;
import com.raqibtech.naija.nlu.application.EntityKind;
import com.raqibtech.naija.nlu.application.Intent;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.nlu.application.SentimentClassifier;
import com.raqibtech.naija.orders.application.Confirmations;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One turn of a conversation, whatever the channel and whoever answers: understand the message (or the quick reply
 * tapped), read the customer's answer to a pending question, let the responder act (or stay quiet while a human
 * owns the conversation), decide a handoff, store the messages, remember the turn. Turns of one conversation run
 * one at a time across all nodes ({@link TurnLock}); a message the channel delivers twice (same external id) is
 * answered once.
 */
@ApplicationScoped
public class ChatEngine {

    @Inject
    ConversationService conversations;

    @Inject
    ConversationRepository repository;

    @Inject
    LanguageUnderstanding nlu;

    @Inject
    Responder responder;

    @Inject
    ShortTermMemory memories;

    @Inject
    TurnRecorder recorder;

    @Inject
    Handoff handoff;

    @Inject
    EscalationPolicy escalation;

    @Inject
    Confirmations confirmations;

    @Inject
    TurnLock locks;

    @Inject
    Clock clock;

    /**
     * A customer's message as a channel delivers it.
     *
     * @param text       what they wrote, or the label of the quick reply they tapped
     * @param payload    the tapped quick reply's payload, if they tapped one
     * @param externalId the channel's id for the message, if it has one (for deduplication)
     */
    public record Inbound(String text, String payload, String externalId) {

        public static Inbound text(String text) {
            return new Inbound(text, null, null);
        }
    }

    /**
     * What came of one message. {@code reply} is null when a human owns the conversation; {@code duplicate} when the
     * channel had delivered the same message before (nothing was done again).
     */
    public record Result(Conversation conversation, ConversationStatus status, Message inbound, Message reply,
                         LanguageUnderstanding.Parse parse, ReplyContent content, boolean duplicate) {

        public boolean humanOwned() {
            return content.humanOwned();
        }
    }

    public Result handle(Actor actor, String conversationId, Inbound message) {
        Conversation conversation = conversations.find(actor, conversationId);
        if (conversation.getStatus() == ConversationStatus.CLOSED) {
            throw ProblemException.conflict("conversation-closed", "This conversation is closed; start a new one.");
        }
        Optional<QuickReply.Tapped> sent = tapped(message.payload());
        try (TurnLock.Held lock = locks.acquire(conversationId)) {
            if (message.externalId() != null) {
                Optional<Result> earlier = answeredBefore(conversation, message.externalId());
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            // Read again under the lock: an agent may have claimed, released or closed it meanwhile.
            conversation = conversations.find(actor, conversationId);
            if (conversation.getStatus() == ConversationStatus.CLOSED) {
                throw ProblemException.conflict("conversation-closed", "This conversation is closed; start a new "
                        + "one.");
            }
            ConversationMemory memory = memories.load(conversationId);
            DialogueState state = memory.dialogue;
            // A quick reply's label typed out (or sent without its payload) means the same as tapping it.
            Optional<QuickReply.Tapped> tapped = sent.or(() -> typedLabel(state, message.text()));
            LanguageUnderstanding.Parse parse = understand(message.text(), tapped);
            state.turnCount++;
            if (tapped.isEmpty()) {
                state.language = parse.language();
            }
            Optional<String> pending = Optional.ofNullable(state.pending).map(PendingAction::confirmationId);
            Turn.Answer answer = CustomerAnswers.read(message.text(), tapped, parse, pending);
            Turn turn = new Turn(actor.inConversation(), conversationId, message.text(), parse, tapped, answer,
                    consent(actor, answer, pending), state, memory.transcript);

            ConversationStatus status = conversation.getStatus();
            boolean humanOwned = status != ConversationStatus.BOT;
            Reply reply;
            Optional<EscalationPolicy.Decision> handingOff = Optional.empty();
            boolean acknowledged = false;
            if (humanOwned) {
                state.pending = null; // a question the bot asked before a person took over is not open any more
                if (status == ConversationStatus.WAITING_FOR_AGENT && !state.acknowledgedWhileHumanOwned) {
                    // Told once that their messages reach the team, and when; then quiet until a person answers.
                    reply = handoff.acknowledge(turn);
                    state.acknowledgedWhileHumanOwned = true;
                    acknowledged = true;
                } else {
                    reply = new Reply().did(ActionType.FORWARDED_TO_AGENT, null);
                }
            } else {
                state.acknowledgedWhileHumanOwned = false;
                // An answer to the question just asked comes first, as before any handoff ("yes" when angry).
                boolean answering = pending.isPresent() && answer != Turn.Answer.NONE;
                Optional<EscalationPolicy.Decision> before = answering ? Optional.empty()
                        : escalation.beforeResponding(turn);
                Reply answered;
                if (before.isPresent() && before.get().ownWords()) {
                    state.pending = null;
                    answered = new Reply();
                    handingOff = before;
                } else {
                    if (answering && answer == Turn.Answer.YES) {
                        confirmations.confirmedByCustomer(actor, pending.get());
                    }
                    lock.ensureHeld();
                    answered = responder.respond(turn);
                    Optional<EscalationPolicy.Decision> after = escalation.afterResponding(turn, answered);
                    handingOff = before.isPresent() ? before : after;
                }
                reply = handingOff.map(decision -> handoff.announce(turn, decision, answered)).orElse(answered);
                if (handingOff.isPresent()) {
                    humanOwned = true;
                    status = ConversationStatus.WAITING_FOR_AGENT;
                    state.handedOver();
                }
            }
            ReplyContent content = reply.content(humanOwned);
            state.offered = offered(content);
            String replyText = conversation.getStatus() == ConversationStatus.BOT || acknowledged
                    ? content.text() : null;
            lock.ensureStillHeld();
            ChatTranscript.Written written = recorder.record(conversationId, message, parse, replyText,
                    handingOff.map(EscalationPolicy.Decision::reason).orElse(null), clock.instant());
            memory.transcript.remember("customer", message.text(), parse.intent(),
                    written.inbound().getCreatedAt().toEpochMilli());
            if (written.reply() != null) {
                memory.transcript.remember("bot", replyText, null, written.reply().getCreatedAt().toEpochMilli());
            }
            memories.save(conversationId, memory);
            return new Result(conversation, status, written.inbound(), written.reply(), parse, content, false);
        }
    }

    /**
     * The customer's yes to a new confirmation a responder asks for in this turn: only when this message, with no
     * question pending, told the agent to go ahead ("use RaqibPay and order"), only to place an order, and once.
     */
    private Turn.Consent consent(Actor customer, Turn.Answer answer, Optional<String> pending) {
        boolean goAhead = answer == Turn.Answer.YES && pending.isEmpty();
        AtomicBoolean used = new AtomicBoolean();
        return id -> goAhead && !used.getAndSet(true)
                && confirmations.confirmedByCustomer(customer, id, Confirmations.PLACE_ORDER);
    }

    /**
     * A message its channel delivered before (same external id in this conversation): the earlier answer, nothing
     * done again. The same id in another conversation is refused, never shown.
     */
    private Optional<Result> answeredBefore(Conversation conversation, String externalId) {
        Optional<Message> earlier = repository.messageByExternalId(conversation.getChannel(), externalId);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().getConversationId().equals(conversation.getId())) {
            throw ProblemException.conflict("message-id-taken", "That message id was used for another message.");
        }
        Message reply = repository.replyTo(earlier.get()).orElse(null);
        return Optional.of(new Result(conversation, conversation.getStatus(), earlier.get(), reply, null,
                new Reply().content(conversation.getStatus() != ConversationStatus.BOT), true));
    }

    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The quick reply whose label the customer typed, as offered in the last answer. */
    private static Optional<QuickReply.Tapped> typedLabel(DialogueState state, String text) {
        String typed = label(text);
        return state.offered.entrySet().stream().filter(offer -> label(offer.getKey()).equals(typed))
                .findFirst().flatMap(offer -> QuickReply.parse(offer.getValue()));
    }

    private static String label(String text) {
        return text == null ? "" : NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static Map<String, String> offered(ReplyContent content) {
        Map<String, String> offered = new LinkedHashMap<>();
        content.quickReplies().forEach(quickReply -> offered.put(quickReply.label(), quickReply.payload()));
        return offered;
    }

    private static Optional<QuickReply.Tapped> tapped(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        return Optional.of(QuickReply.parse(payload).orElseThrow(() -> ProblemException.badRequest(
                "unknown-quick-reply", "That quick reply is not one we offer; type your message instead.")));
    }

    /**
     * What the message means: the model's reading of the text, or, for a tapped quick reply, exactly what its
     * payload says (the intent, and the state, payment method, order or search words it names).
     */
    private LanguageUnderstanding.Parse understand(String text, Optional<QuickReply.Tapped> tapped) {
        if (tapped.isEmpty()) {
            return nlu.parse(text);
        }
        QuickReply.Tapped t = tapped.get();
        Intent intent = t.intent().orElse(Intent.OUT_OF_SCOPE);
        String argument = t.argument();
        List<Entity> entities = switch (intent) {
            case PRODUCT_SEARCH, RECOMMENDATION -> argument.isBlank() ? List.of() : nlu.parse(argument).entities();
            case SET_PAYMENT_METHOD -> entity(EntityKind.PAYMENT_METHOD, argument.toLowerCase(Locale.ROOT));
            case SET_DELIVERY_ADDRESS, DELIVERY_INFO -> entity(EntityKind.STATE, argument);
            case TRACK_ORDER, CANCEL_ORDER, RETURN_REFUND -> entity(EntityKind.ORDER_ID, argument);
            default -> List.of();
        };
        return new LanguageUnderstanding.Parse(intent.label(), 1.0, entities,
                new SentimentClassifier.Sentiment("neutral", 0.0), false, null);
    }

    private static List<Entity> entity(EntityKind kind, String value) {
        return value.isBlank() ? List.of() : List.of(new Entity(kind.label(), value, 0, 0, value));
    }
}
