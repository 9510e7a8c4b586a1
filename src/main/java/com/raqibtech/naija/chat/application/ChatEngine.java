package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.application.dialogue.Dialogue;
import com.raqibtech.naija.chat.application.dialogue.Reply;
import com.raqibtech.naija.chat.application.dialogue.Turn;
import com.raqibtech.naija.chat.application.memory.ConversationMemory;
import com.raqibtech.naija.chat.application.memory.ShortTermMemory;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.ConversationStatus;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;

/**
 * One turn of a conversation, whatever the channel: understand the message, let the dialogue act on it (or stay
 * quiet while a human owns the conversation), store both messages, remember the turn. Turns of one conversation
 * run one at a time across all nodes (a short lock in the shared store), so two quick messages cannot both
 * place an order or overwrite each other's memory.
 */
@ApplicationScoped
public class ChatEngine {

    static final Duration LOCK_FOR = Duration.ofSeconds(15);
    static final long WAIT_FOR_LOCK_MILLIS = 10_000;

    @Inject
    ConversationService conversations;

    @Inject
    LanguageUnderstanding nlu;

    @Inject
    Dialogue dialogue;

    @Inject
    ShortTermMemory memories;

    @Inject
    ChatTranscript transcript;

    @Inject
    Handoff handoff;

    @Inject
    BusinessHours hours;

    @Inject
    KeyValueStore store;

    /** What came of one message. {@code reply} is null when a human owns the conversation. */
    public record Result(Conversation conversation, ConversationStatus status, Message inbound, Message reply,
                         LanguageUnderstanding.Parse parse, Reply answer, boolean humanOwned) {
    }

    public Result handle(Actor caller, String conversationId, String text) {
        Conversation conversation = conversations.find(caller, conversationId);
        if (conversation.getStatus() == ConversationStatus.CLOSED) {
            throw ProblemException.conflict("conversation-closed", "This conversation is closed; start a new one.");
        }
        String lockKey = "chat:turn-lock:" + conversationId;
        String owner = UUID.randomUUID().toString();
        lock(lockKey, owner);
        try {
            // Read again under the lock: an agent may have claimed or released it meanwhile.
            conversation = conversations.find(caller, conversationId);
            LanguageUnderstanding.Parse parse = nlu.parse(text);
            ConversationMemory memory = memories.load(conversationId);
            memory.turnCount++;
            memory.language = parse.language();
            Reply answer;
            String replyText;
            ConversationStatus status = conversation.getStatus();
            boolean humanOwned = status != ConversationStatus.BOT;
            if (humanOwned) {
                answer = new Reply().did("forwarded_to_agent", null);
                replyText = null;
            } else {
                answer = dialogue.respond(new Turn(caller, conversation, text, parse, memory));
                if (answer.handoffReason() != null) {
                    Handoff.Queued queued = handoff.toQueue(conversationId, answer.handoffReason());
                    answer.say(queued.withinHours()
                            ? "An agent will be with you in about " + queued.expectedMinutes() + " minutes"
                            + (queued.ahead() > 0 ? " (" + queued.ahead() + " ahead of you)" : "") + "."
                            : "Our team works " + hours.hours() + "; someone will reply " + queued.nextOpening()
                            + ". Your messages are kept for them.");
                    answer.did("handoff_requested", null);
                    humanOwned = true;
                    status = ConversationStatus.WAITING_FOR_AGENT;
                }
                replyText = answer.text();
            }
            ChatTranscript.Written written = transcript.turn(conversationId, text, parse.intent(),
                    parse.sentiment().label(), parse.language(), replyText);
            memory.remember("customer", text, parse.intent(), written.inbound().getCreatedAt().toEpochMilli());
            if (written.reply() != null) {
                memory.remember("bot", replyText, null, written.reply().getCreatedAt().toEpochMilli());
            }
            memories.save(conversationId, memory);
            return new Result(conversation, status, written.inbound(), written.reply(), parse, answer, humanOwned);
        } finally {
            store.delete(lockKey);
        }
    }

    private void lock(String key, String owner) {
        long deadline = System.currentTimeMillis() + WAIT_FOR_LOCK_MILLIS;
        while (!store.putIfAbsent(key, owner, LOCK_FOR)) {
            if (System.currentTimeMillis() > deadline) {
                throw ProblemException.conflict("conversation-busy", "The previous message is still being "
                        + "answered; try again in a moment.");
            }
            try {
                Thread.sleep(15);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw ProblemException.conflict("conversation-busy", "Try again in a moment.");
            }
        }
    }
}
