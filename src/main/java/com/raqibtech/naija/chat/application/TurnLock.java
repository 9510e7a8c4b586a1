package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One turn of a conversation at a time, across all nodes: a lock in the shared store that names its holder. Only
 * the holder releases it, and it is renewed while a slow turn (an LLM call) runs, so a lock that expired and was
 * taken by another turn is never released by the first. A turn that cannot get the lock is refused (409); one that
 * lost it while running stops before writing anything (503).
 *
 * <p>One renewer per node renews every lock the node holds, every third of the lock's life: a fast turn (most of
 * them) costs one write to take the lock and one to release it, nothing more.
 */
@ApplicationScoped
public class TurnLock {

    private static final Logger LOG = Logger.getLogger(TurnLock.class.getName());

    static final Duration HOLD_FOR = Duration.ofSeconds(15);
    static final Duration RENEW_EVERY = HOLD_FOR.dividedBy(3);
    static final Duration WAIT_AT_MOST = Duration.ofSeconds(10);

    @Inject
    KeyValueStore store;

    /** Renews held locks; without one (unit tests) a lock simply lasts {@link #HOLD_FOR}. */
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService renewer;

    private final Set<Held> held = ConcurrentHashMap.newKeySet();
    private volatile ScheduledFuture<?> renewing;

    /** A held lock; closing it releases it if still ours. */
    public final class Held implements AutoCloseable {
        private final String key;
        private final String owner = UUID.randomUUID().toString();
        private final long acquiredAt = System.nanoTime();
        private volatile long renewedAt = acquiredAt;
        private volatile boolean lost;

        private Held(String key) {
            this.key = key;
        }

        /**
         * A cheap check before the turn acts: the store is read only once the turn has outlived a renewal period.
         *
         * @throws ProblemException 503 when the lock may have expired and be someone else's now
         */
        public void ensureHeld() {
            boolean fresh = System.nanoTime() - renewedAt < RENEW_EVERY.toNanos();
            if (lost || (!fresh && !stillOurs())) {
                throw lostLock();
            }
        }

        /**
         * The check right before the turn is written: always read in the store, so a key the store dropped early
         * (eviction, a fail-over) is noticed.
         *
         * @throws ProblemException 503 when the lock is not ours any more
         */
        public void ensureStillHeld() {
            if (lost || !stillOurs()) {
                throw lostLock();
            }
        }

        private boolean stillOurs() {
            return store.get(key).map(owner::equals).orElse(false);
        }

        @Override
        public void close() {
            held.remove(this);
            try {
                store.deleteIfEquals(key, owner);
            } catch (RuntimeException storeDown) {
                // The turn is done and saved; the lock expires by itself.
                LOG.warning(() -> "Could not release the turn lock " + key + ": " + storeDown);
            }
        }

        private void renew() {
            if (!held.contains(this)) {
                return; // released meanwhile
            }
            long asked = System.nanoTime(); // the lock lives HOLD_FOR from before the store was asked, at least
            boolean renewed;
            try {
                renewed = store.touchIfEquals(key, owner, HOLD_FOR);
            } catch (RuntimeException storeDown) {
                renewed = false;
            }
            if (renewed) {
                renewedAt = asked;
            } else if (held.contains(this)) {
                lost = true;
                held.remove(this);
                LOG.warning(() -> "Lost the turn lock " + key + " while the turn was running");
            }
        }
    }

    /** @throws ProblemException 409 when another turn of the conversation holds the lock for too long */
    public Held acquire(String conversationId) {
        Held lock = new Held("chat:turn-lock:" + conversationId);
        long deadline = System.nanoTime() + WAIT_AT_MOST.toNanos();
        while (!store.putIfAbsent(lock.key, lock.owner, HOLD_FOR)) {
            if (System.nanoTime() > deadline) {
                throw busy();
            }
            try {
                Thread.sleep(15);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw busy();
            }
        }
        held.add(lock);
        startRenewing();
        return lock;
    }

    /**
     * Renews the locks that have been held for a renewal period or more, each as its own task, so one slow store
     * call does not hold up the others; never throws, so the periodic task is never cancelled by a failure.
     */
    void renewOld() {
        try {
            long now = System.nanoTime();
            for (Held lock : held) {
                if (now - lock.renewedAt >= RENEW_EVERY.toNanos() - TimeUnit.MILLISECONDS.toNanos(500)) {
                    renewer.execute(lock::renew);
                }
            }
        } catch (RuntimeException | Error failed) {
            LOG.warning(() -> "Turn lock renewal round failed: " + failed);
        }
    }

    private static ProblemException lostLock() {
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE, "conversation-busy", "Conversation busy",
                "This message took too long and was not added to the conversation. Check your cart and orders "
                + "before sending it again: part of it may have been done.");
    }

    private void startRenewing() {
        ScheduledFuture<?> current = renewing;
        if ((current == null || current.isDone()) && renewer != null) {
            synchronized (this) {
                if (renewing == null || renewing.isDone()) {
                    long every = RENEW_EVERY.toMillis() / 2; // a lock is renewed within 1.5 periods of its last renewal
                    renewing = renewer.scheduleWithFixedDelay(this::renewOld, every, every, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        if (renewing != null) {
            renewing.cancel(false);
        }
    }

    private static ProblemException busy() {
        return ProblemException.conflict("conversation-busy", "The previous message is still being answered; "
                + "try again in a moment.");
    }
}
