package com.raqibtech.naija.shared.kv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

class InMemoryKeyValueStoreTest extends KeyValueStoreContract {

    /** A clock the test moves by hand, so expiry is tested without sleeping. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T08:00:00Z"));

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Africa/Lagos");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private final InMemoryKeyValueStore store = new InMemoryKeyValueStore(clock);

    @Override
    protected KeyValueStore store() {
        return store;
    }

    @Override
    protected void pass(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }
}
