package com.raqibtech.naija.shared.kv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded profile's store: one JVM, same contract as Redis (expiry included), nothing survives a restart.
 * Expired entries are dropped when read and swept every few thousand writes so the map cannot grow unbounded.
 */
public class InMemoryKeyValueStore implements KeyValueStore {

    private static final int SWEEP_EVERY_WRITES = 4096;

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final Clock clock;

    public InMemoryKeyValueStore(Clock clock) {
        this.clock = clock;
    }

    /** A value is either a string or an immutable list; expiresAt is null for "never". */
    private record Entry(String value, List<String> list, Instant expiresAt) {
        boolean expiredAt(Instant now) {
            return expiresAt != null && !now.isBefore(expiresAt);
        }
    }

    @Override
    public Optional<String> get(String key) {
        return live(key).map(Entry::value);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        requireValue(value);
        entries.put(key, new Entry(value, null, expiry(ttl)));
        afterWrite();
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        requireValue(value);
        Instant now = clock.instant();
        boolean[] stored = {false};
        entries.compute(key, (k, current) -> {
            if (current != null && !current.expiredAt(now)) {
                return current;
            }
            stored[0] = true;
            return new Entry(value, null, expiry(ttl));
        });
        afterWrite();
        return stored[0];
    }

    @Override
    public boolean delete(String key) {
        Entry removed = entries.remove(key);
        return removed != null && !removed.expiredAt(clock.instant());
    }

    @Override
    public boolean deleteIfEquals(String key, String expected) {
        boolean[] deleted = {false};
        entries.computeIfPresent(key, (k, current) -> {
            if (!current.expiredAt(clock.instant()) && expected.equals(current.value())) {
                deleted[0] = true;
                return null;
            }
            return current;
        });
        return deleted[0];
    }

    @Override
    public boolean touchIfEquals(String key, String expected, Duration ttl) {
        boolean[] touched = {false};
        entries.computeIfPresent(key, (k, current) -> {
            if (!current.expiredAt(clock.instant()) && expected.equals(current.value())) {
                touched[0] = true;
                return new Entry(current.value(), current.list(), expiry(ttl));
            }
            return current;
        });
        return touched[0];
    }

    @Override
    public long increment(String key, Duration ttl) {
        Instant now = clock.instant();
        Entry updated = entries.compute(key, (k, current) -> {
            if (current == null || current.expiredAt(now)) {
                return new Entry("1", null, expiry(ttl));
            }
            long next = Long.parseLong(current.value()) + 1;
            return new Entry(Long.toString(next), null, current.expiresAt());
        });
        afterWrite();
        return Long.parseLong(updated.value());
    }

    @Override
    public boolean touch(String key, Duration ttl) {
        Instant now = clock.instant();
        Entry updated = entries.computeIfPresent(key, (k, current) -> current.expiredAt(now)
                ? null
                : new Entry(current.value(), current.list(), expiry(ttl)));
        return updated != null;
    }

    @Override
    public Optional<Duration> timeToLive(String key) {
        return live(key)
                .filter(entry -> entry.expiresAt() != null)
                .map(entry -> Duration.between(clock.instant(), entry.expiresAt()));
    }

    @Override
    public void appendToList(String key, String value, int maxLength, Duration ttl) {
        requireValue(value);
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        Instant now = clock.instant();
        entries.compute(key, (k, current) -> {
            List<String> items = new ArrayList<>();
            if (current != null && !current.expiredAt(now) && current.list() != null) {
                items.addAll(current.list());
            }
            items.add(value);
            List<String> newest = items.subList(Math.max(0, items.size() - maxLength), items.size());
            return new Entry(null, List.copyOf(newest), expiry(ttl));
        });
        afterWrite();
    }

    @Override
    public List<String> list(String key) {
        return live(key).map(Entry::list).orElse(List.of());
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public String kind() {
        return "in-process";
    }

    private Optional<Entry> live(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiredAt(clock.instant())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    private Instant expiry(Duration ttl) {
        return ttl == null ? null : clock.instant().plus(ttl);
    }

    private void afterWrite() {
        if (writes.incrementAndGet() % SWEEP_EVERY_WRITES == 0) {
            Instant now = clock.instant();
            entries.entrySet().removeIf(entry -> entry.getValue().expiredAt(now));
        }
    }

    private static void requireValue(String value) {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }
}
