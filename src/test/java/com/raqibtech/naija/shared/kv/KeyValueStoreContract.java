package com.raqibtech.naija.shared.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KeyValueStore} must do; run against the in-process store (unit test) and a real Redis
 * (integration test), so the embedded profile behaves like production.
 */
public abstract class KeyValueStoreContract {

    /** A short expiry the implementation can observe passing. */
    protected static final Duration SHORT = Duration.ofMillis(300);

    protected abstract KeyValueStore store();

    /** Lets time pass beyond {@code duration} (a controlled clock, or a real sleep). */
    protected abstract void pass(Duration duration) throws InterruptedException;

    private final String namespace = "contract-" + UUID.randomUUID() + ":";

    private String key(String name) {
        return namespace + name;
    }

    @Test
    void storesReadsAndDeletes() {
        assertEquals(Optional.empty(), store().get(key("a")));
        store().put(key("a"), "{\"x\":1}", null);
        assertEquals(Optional.of("{\"x\":1}"), store().get(key("a")));
        assertEquals(Optional.empty(), store().timeToLive(key("a")));
        assertTrue(store().delete(key("a")));
        assertFalse(store().delete(key("a")));
        assertEquals(Optional.empty(), store().get(key("a")));
    }

    @Test
    void expiresAfterItsTimeToLive() throws InterruptedException {
        store().put(key("b"), "soon gone", SHORT);
        assertTrue(store().timeToLive(key("b")).orElseThrow().compareTo(SHORT) <= 0);
        assertEquals(Optional.of("soon gone"), store().get(key("b")));
        pass(SHORT.multipliedBy(2));
        assertEquals(Optional.empty(), store().get(key("b")));
    }

    @Test
    void touchSlidesTheExpiry() throws InterruptedException {
        store().put(key("c"), "kept alive", SHORT);
        assertTrue(store().touch(key("c"), Duration.ofMinutes(5)));
        pass(SHORT.multipliedBy(2));
        assertEquals(Optional.of("kept alive"), store().get(key("c")));
        assertFalse(store().touch(key("missing"), SHORT));
    }

    @Test
    void putIfAbsentStoresOnlyOnce() {
        assertTrue(store().putIfAbsent(key("d"), "first", Duration.ofMinutes(1)));
        assertFalse(store().putIfAbsent(key("d"), "second", Duration.ofMinutes(1)));
        assertEquals(Optional.of("first"), store().get(key("d")));
    }

    @Test
    void onlyTheHolderReleasesOrRenewsAKey() throws InterruptedException {
        assertTrue(store().putIfAbsent(key("lock"), "holder-1", SHORT));
        assertFalse(store().deleteIfEquals(key("lock"), "holder-2"), "another holder cannot release it");
        assertFalse(store().touchIfEquals(key("lock"), "holder-2", Duration.ofMinutes(5)));
        assertTrue(store().touchIfEquals(key("lock"), "holder-1", Duration.ofMinutes(5)), "the holder renews it");
        pass(SHORT.multipliedBy(2));
        assertEquals(Optional.of("holder-1"), store().get(key("lock")), "renewed past its first expiry");
        assertTrue(store().deleteIfEquals(key("lock"), "holder-1"));
        assertEquals(Optional.empty(), store().get(key("lock")));
        assertFalse(store().deleteIfEquals(key("lock"), "holder-1"), "gone already");
        assertFalse(store().touchIfEquals(key("missing"), "holder-1", SHORT));
    }

    @Test
    void incrementCountsAtomicallyAndKeepsTheFirstExpiry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> store().increment(key("e"), Duration.ofMinutes(1))));
            }
            long highest = 0;
            for (Future<Long> result : results) {
                highest = Math.max(highest, result.get());
            }
            assertEquals(200, highest);
            assertEquals(Optional.of("200"), store().get(key("e")));
            assertTrue(store().timeToLive(key("e")).isPresent());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void incrementStartsAFreshCounterAfterExpiry() throws InterruptedException {
        assertEquals(1, store().increment(key("f"), SHORT));
        assertEquals(2, store().increment(key("f"), SHORT));
        pass(SHORT.multipliedBy(2));
        assertEquals(1, store().increment(key("f"), SHORT));
    }

    @Test
    void listsKeepOnlyTheNewestEntries() throws InterruptedException {
        for (int i = 1; i <= 7; i++) {
            store().appendToList(key("g"), "turn " + i, 5, SHORT);
        }
        assertEquals(List.of("turn 3", "turn 4", "turn 5", "turn 6", "turn 7"), store().list(key("g")));
        assertEquals(List.of(), store().list(key("absent")));
        pass(SHORT.multipliedBy(2));
        assertEquals(List.of(), store().list(key("g")));
    }

    @Test
    void answersWhenAsked() {
        assertTrue(store().isAvailable());
    }
}
