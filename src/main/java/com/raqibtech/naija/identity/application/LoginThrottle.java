package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after {@code maxAccountFailures} failed logins for one account, or
 * {@code maxAddressFailures} from one client address, further attempts are refused until the window has passed
 * (counted in the shared store, so all server nodes count together). A successful login clears the account's count.
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

    /** How long the caller must wait, when locked out. */
    public Optional<Duration> lockedFor(String username, String clientAddress) {
        if (failures(accountKey(username)) >= maxAccountFailures) {
            return Optional.of(remaining(accountKey(username)));
        }
        if (failures(addressKey(clientAddress)) >= maxAddressFailures) {
            return Optional.of(remaining(addressKey(clientAddress)));
        }
        return Optional.empty();
    }

    public void recordFailure(String username, String clientAddress) {
        store.increment(accountKey(username), window);
        store.increment(addressKey(clientAddress), window);
    }

    public void recordSuccess(String username) {
        store.delete(accountKey(username));
    }

    private long failures(String key) {
        return store.get(key).map(Long::parseLong).orElse(0L);
    }

    private Duration remaining(String key) {
        return store.timeToLive(key).orElse(window);
    }

    private static String accountKey(String username) {
        return "auth:fail:account:" + AccessTokens.sha256(username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String clientAddress) {
        return "auth:fail:address:" + clientAddress;
    }
}
