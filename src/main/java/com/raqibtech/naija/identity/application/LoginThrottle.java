package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after {@code maxAccountFailures} failed sign-ins for one account, or
 * {@code maxAddressFailures} from one client address, further attempts are refused until the window has passed
 * (counted in the shared store, so all server nodes count together). Attempts on an account are counted before
 * the password is checked, so a burst of parallel guesses cannot slip past; a successful sign-in clears the count.
 * The account key is {@link Logins#throttleKey}, so writing a phone number differently does not reset it.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    KeyValueStore store;

    @Inject
    @ConfigProperty(name = "auth.lockout.account-failures", defaultValue = "5")
    int maxAccountFailures;

    @Inject
    @ConfigProperty(name = "auth.lockout.address-failures", defaultValue = "20")
    int maxAddressFailures;

    @Inject
    @ConfigProperty(name = "auth.lockout.window", defaultValue = "PT15M")
    Duration window;

    /**
     * Counts an attempt on the account and says how long the caller must wait, when locked out: the account has
     * used up its attempts, or the address its failures.
     */
    public Optional<Duration> attempt(String accountKey, String clientAddress) {
        if (failures(addressKey(clientAddress)) >= maxAddressFailures) {
            return Optional.of(remaining(addressKey(clientAddress)));
        }
        if (store.increment(accountKey(accountKey), window) > maxAccountFailures) {
            return Optional.of(remaining(accountKey(accountKey)));
        }
        return Optional.empty();
    }

    /** Whether the account or address is locked, without counting an attempt. */
    public Optional<Duration> lockedFor(String accountKey, String clientAddress) {
        if (failures(accountKey(accountKey)) >= maxAccountFailures) {
            return Optional.of(remaining(accountKey(accountKey)));
        }
        if (failures(addressKey(clientAddress)) >= maxAddressFailures) {
            return Optional.of(remaining(addressKey(clientAddress)));
        }
        return Optional.empty();
    }

    /** A failed sign-in from an address (the account's attempt was already counted). */
    public void recordFailure(String clientAddress) {
        store.increment(addressKey(clientAddress), window);
    }

    public void recordSuccess(String accountKey) {
        store.delete(accountKey(accountKey));
    }

    private long failures(String key) {
        return store.get(key).map(Long::parseLong).orElse(0L);
    }

    private Duration remaining(String key) {
        return store.timeToLive(key).orElse(window);
    }

    private static String accountKey(String accountKey) {
        return "auth:fail:account:" + AccessTokens.sha256(accountKey.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String clientAddress) {
        return "auth:fail:address:" + clientAddress;
    }
}
