package com.raqibtech.naija.shared.kv;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.SetParams;

/**
 * Redis through a Jedis connection pool. Every key is prefixed (default {@code naija:}) so the application can
 * share a Redis with others. Multi-step updates run in MULTI/EXEC so they are atomic across server nodes.
 */
public class RedisKeyValueStore implements KeyValueStore, AutoCloseable {

    private final JedisPooled redis;
    private final String prefix;

    public RedisKeyValueStore(JedisPooled redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.get(prefix + key));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        redis.set(prefix + key, value, withTtl(new SetParams(), ttl));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return "OK".equals(redis.set(prefix + key, value, withTtl(new SetParams().nx(), ttl)));
    }

    @Override
    public boolean delete(String key) {
        return redis.del(prefix + key) > 0;
    }

    // Compare and act in one step on the server, so a lock that expired and was taken by another holder meanwhile
    // is never released or renewed by the old one.
    private static final String DELETE_IF_EQUALS = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('del', KEYS[1]) else return 0 end";
    private static final String TOUCH_IF_EQUALS = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

    @Override
    public boolean deleteIfEquals(String key, String expected) {
        return Long.valueOf(1).equals(redis.eval(DELETE_IF_EQUALS, List.of(prefix + key), List.of(expected)));
    }

    @Override
    public boolean touchIfEquals(String key, String expected, Duration ttl) {
        return Long.valueOf(1).equals(redis.eval(TOUCH_IF_EQUALS, List.of(prefix + key),
                List.of(expected, Long.toString(ttl.toMillis()))));
    }

    @Override
    public long increment(String key, Duration ttl) {
        String fullKey = prefix + key;
        // Create the counter with its expiry first (no-op when it exists): INCR keeps an existing expiry, so a
        // crash between the two commands can never leave a counter that lives forever.
        redis.set(fullKey, "0", withTtl(new SetParams().nx(), ttl));
        return redis.incr(fullKey);
    }

    @Override
    public boolean touch(String key, Duration ttl) {
        String fullKey = prefix + key;
        return ttl == null ? redis.exists(fullKey) && redis.persist(fullKey) >= 0
                : redis.pexpire(fullKey, ttl.toMillis()) == 1;
    }

    @Override
    public Optional<Duration> timeToLive(String key) {
        long millis = redis.pttl(prefix + key);
        return millis >= 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
    }

    @Override
    public void appendToList(String key, String value, int maxLength, Duration ttl) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        String fullKey = prefix + key;
        try (AbstractTransaction transaction = redis.multi()) {
            transaction.rpush(fullKey, value);
            transaction.ltrim(fullKey, -maxLength, -1);
            if (ttl != null) {
                transaction.pexpire(fullKey, ttl.toMillis());
            } else {
                transaction.persist(fullKey);
            }
            transaction.exec();
        }
    }

    @Override
    public List<String> list(String key) {
        return redis.lrange(prefix + key, 0, -1);
    }

    @Override
    public boolean isAvailable() {
        try {
            return "PONG".equals(redis.ping());
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    @Override
    public String kind() {
        return "redis";
    }

    @Override
    public void close() {
        redis.close();
    }

    private static SetParams withTtl(SetParams params, Duration ttl) {
        return ttl == null ? params : params.px(ttl.toMillis());
    }
}
