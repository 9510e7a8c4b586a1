package com.raqibtech.naija.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.shared.kv.InMemoryKeyValueStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.store = new InMemoryKeyValueStore(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC));
        throttle.maxAccountFailures = 5;
        throttle.maxAddressFailures = 20;
        throttle.window = Duration.ofMinutes(15);
    }

    @Test
    void anAccountGetsFiveAttemptsFromAnyAddressThenWaits() {
        for (int i = 1; i <= 5; i++) {
            assertEquals(Optional.empty(), throttle.attempt("ada@naija.test", "10.0.0." + i), "attempt " + i);
        }
        assertTrue(throttle.attempt("ADA@naija.test", "10.0.0.9").isPresent(), "the sixth, from anywhere, waits");
        assertTrue(throttle.lockedFor("ada@naija.test", "10.0.0.9").isPresent());
        assertEquals(Optional.empty(), throttle.attempt("bola@naija.test", "10.0.0.9"), "others are not locked");
    }

    @Test
    void anAddressThatKeepsFailingAcrossAccountsWaits() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Optional.empty(), throttle.attempt("user" + i + "@naija.test", "10.9.9.9"));
            throttle.recordFailure("10.9.9.9");
        }
        Optional<Duration> locked = throttle.attempt("fresh@naija.test", "10.9.9.9");
        assertTrue(locked.isPresent());
        assertTrue(locked.get().compareTo(Duration.ofMinutes(15)) <= 0);
        assertEquals(Optional.empty(), throttle.attempt("fresh@naija.test", "10.1.1.1"));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("ada@naija.test", "10.0.0.1");
        }
        throttle.recordSuccess("ada@naija.test");
        assertEquals(Optional.empty(), throttle.attempt("ada@naija.test", "10.0.0.1"));
    }
}
