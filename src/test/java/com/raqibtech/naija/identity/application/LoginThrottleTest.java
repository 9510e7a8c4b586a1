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
    void locksAnAccountAfterFiveFailuresWhateverTheCaseOfTheLogin() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("Ada@Naija.test", "10.0.0.1");
        }
        assertEquals(Optional.empty(), throttle.lockedFor("ada@naija.test", "10.0.0.1"));
        throttle.recordFailure("ada@naija.test", "10.0.0.2");
        assertTrue(throttle.lockedFor("ADA@naija.test", "10.0.0.3").isPresent(), "locked from any address");
        assertEquals(Optional.empty(), throttle.lockedFor("bola@naija.test", "10.0.0.3"), "others are not");
    }

    @Test
    void locksAnAddressThatGuessesAcrossManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i + "@naija.test", "10.9.9.9");
        }
        Optional<Duration> locked = throttle.lockedFor("fresh@naija.test", "10.9.9.9");
        assertTrue(locked.isPresent());
        assertTrue(locked.get().compareTo(Duration.ofMinutes(15)) <= 0);
        assertEquals(Optional.empty(), throttle.lockedFor("fresh@naija.test", "10.1.1.1"));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("ada@naija.test", "10.0.0.1");
        }
        throttle.recordSuccess("ada@naija.test");
        throttle.recordFailure("ada@naija.test", "10.0.0.1");
        assertEquals(Optional.empty(), throttle.lockedFor("ada@naija.test", "10.0.0.1"));
    }
}
