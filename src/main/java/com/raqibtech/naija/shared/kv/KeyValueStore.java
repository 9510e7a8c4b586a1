package com.raqibtech.naija.shared.kv;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The shared, fast, forgetful store behind carts, conversation memory, rate limits and login throttling.
 * Redis in production (so every server node sees the same data); in-process in the embedded profile.
 * Keys are namespaced by the implementation; values are strings (callers store JSON).
 * A {@code ttl} of {@code null} means "keep until deleted".
 */
public interface KeyValueStore {

    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);

    /** Stores the value only if the key is absent; true when it was stored. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    /** True when the key existed. */
    boolean delete(String key);

    /**
     * Deletes the key only while it still holds {@code expected} (a lock released by its holder and nobody else);
     * true when it was deleted.
     */
    boolean deleteIfEquals(String key, String expected);

    /** Restarts the key's expiry only while it still holds {@code expected} (a holder renewing its lock). */
    boolean touchIfEquals(String key, String expected, Duration ttl);

    /** Adds one and returns the new count; a new counter gets the ttl, an existing one keeps its own. */
    long increment(String key, Duration ttl);

    /** Restarts the key's expiry (sliding expiry); false when the key does not exist. */
    boolean touch(String key, Duration ttl);

    /** Time left before the key expires; empty when it does not exist or never expires. */
    Optional<Duration> timeToLive(String key);

    /** Appends to a list, keeps only its newest {@code maxLength} entries and restarts its expiry. */
    void appendToList(String key, String value, int maxLength, Duration ttl);

    /** The whole list, oldest first; empty when absent. */
    List<String> list(String key);

    /** True when the store answers; used by the readiness check. */
    boolean isAvailable();

    /** "redis" or "in-process", for health and logs. */
    String kind();
}
