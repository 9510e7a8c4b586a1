package com.raqibtech.naija.shared.kv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.JedisPooled;

/**
 * Chooses the store once: Redis when {@code REDIS_URL} is set (e.g. {@code redis://127.0.0.1:6379/0}),
 * otherwise the in-process store of the embedded profile.
 */
@ApplicationScoped
public class KeyValueStoreProducer {

    private static final Logger LOG = Logger.getLogger(KeyValueStoreProducer.class.getName());

    @Inject
    @ConfigProperty(name = "redis.url")
    Optional<String> redisUrl;

    @Inject
    @ConfigProperty(name = "redis.key-prefix", defaultValue = "naija:")
    String keyPrefix;

    /** Connections to Redis per server; Jedis's default of 8 made request threads queue for one under load. */
    @Inject
    @ConfigProperty(name = "redis.pool.max", defaultValue = "64")
    int poolMax;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    KeyValueStore keyValueStore() {
        Optional<String> url = redisUrl.map(String::trim).filter(value -> !value.isEmpty());
        if (url.isPresent()) {
            URI uri = URI.create(url.get());
            LOG.info(() -> "Key-value store: Redis at " + uri.getHost() + ":" + uri.getPort());
            ConnectionPoolConfig pool = new ConnectionPoolConfig();
            pool.setMaxTotal(poolMax);
            pool.setMaxIdle(poolMax);
            pool.setMinIdle(Math.min(4, poolMax));
            pool.setMaxWait(Duration.ofSeconds(5));
            return new RedisKeyValueStore(new JedisPooled(pool, uri), keyPrefix);
        }
        LOG.info("Key-value store: in-process (set REDIS_URL to use Redis)");
        return new InMemoryKeyValueStore(clock);
    }

    void close(@Disposes KeyValueStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Shutting down: nothing useful left to do with a failure to close.
            }
        }
    }
}
