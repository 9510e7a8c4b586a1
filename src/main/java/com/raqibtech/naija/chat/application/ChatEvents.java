package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What is pushed to a conversation's open streams (an agent's reply, a status change, news about an order),
 * kept as a numbered log in the shared key-value store. Whichever node holds the customer's stream reads the
 * log, so an agent answering on another node still reaches them; a reconnecting stream resumes after the last
 * number it saw.
 */
@ApplicationScoped
public class ChatEvents {

    private static final Logger LOG = Logger.getLogger(ChatEvents.class.getName());

    static final int KEPT = 200;
    static final Duration KEPT_FOR = Duration.ofDays(1);

    @Inject
    KeyValueStore store;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final Jsonb json = JsonbBuilder.create();

    /** One pushed event: {@code type} is "message" or "status". */
    public record Event(long id, String type, String status, Long messageId, String author, String body,
                        OffsetDateTime at) {
    }

    /**
     * Appends the event; inside a transaction only once it has committed, so a message that is rolled back is
     * never pushed. Events of one transaction go out in the order they were published.
     */
    public void publish(String conversationId, String type, String status, Long messageId, String author,
                        String body, OffsetDateTime at) {
        Runnable append = () -> {
            long id = store.increment("chat:events:seq:" + conversationId, KEPT_FOR);
            store.appendToList("chat:events:" + conversationId,
                    json.toJson(new Event(id, type, status, messageId, author, body, at)), KEPT, KEPT_FOR);
        };
        int transaction = transactions == null ? Status.STATUS_NO_TRANSACTION : transactions.getTransactionStatus();
        if (transaction == Status.STATUS_MARKED_ROLLBACK) {
            return; // its message will not be stored
        }
        if (transaction != Status.STATUS_ACTIVE) {
            append.run();
            return;
        }
        @SuppressWarnings("unchecked")
        List<Runnable> pending = (List<Runnable>) transactions.getResource(ChatEvents.class);
        if (pending == null) {
            List<Runnable> batch = new ArrayList<>();
            transactions.putResource(ChatEvents.class, batch);
            transactions.registerInterposedSynchronization(afterCommit(batch));
            pending = batch;
        }
        pending.add(append);
    }

    private static Synchronization afterCommit(List<Runnable> batch) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int outcome) {
                if (outcome != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    batch.forEach(Runnable::run);
                } catch (RuntimeException failed) {
                    // The transaction manager would swallow it; the messages are stored, only the push is lost.
                    LOG.log(Level.WARNING, "Could not push chat events after commit", failed);
                }
            }
        };
    }

    /** Events numbered after {@code lastSeen}, oldest first. */
    public List<Event> after(String conversationId, long lastSeen) {
        return store.list("chat:events:" + conversationId).stream()
                .map(entry -> json.fromJson(entry, Event.class))
                .filter(event -> event.id() > lastSeen)
                .toList();
    }

    /** The newest event number, so a new stream starts from now. */
    public long latest(String conversationId) {
        return store.get("chat:events:seq:" + conversationId).map(Long::parseLong).orElse(0L);
    }
}
