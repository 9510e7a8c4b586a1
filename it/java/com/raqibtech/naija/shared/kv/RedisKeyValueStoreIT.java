package com.raqibtech.naija.shared.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.ItSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/** The same contract as the in-process store, against the real Redis, with real time passing. */
class RedisKeyValueStoreIT extends KeyValueStoreContract {

    private static JedisPooled redis;
    private static RedisKeyValueStore store;

    @BeforeAll
    static void connect() {
        redis = new JedisPooled(URI.create(ItSettings.redisUrl()));
        store = new RedisKeyValueStore(redis, "naija-it-contract:");
    }

    @AfterAll
    static void disconnect() {
        store.close();
    }

    @Override
    protected KeyValueStore store() {
        return store;
    }

    @Override
    protected void pass(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @Test
    void keysArePrefixedSoTheApplicationCanShareARedis() {
        store.put("prefix-check", "v", Duration.ofSeconds(30));
        assertEquals("v", redis.get("naija-it-contract:prefix-check"));
        assertEquals(Optional.empty(), Optional.ofNullable(redis.get("prefix-check")));
        assertTrue(store.delete("prefix-check"));
    }
}
