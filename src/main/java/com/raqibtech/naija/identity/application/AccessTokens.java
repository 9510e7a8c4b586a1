package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opaque bearer tokens: 256 random bits, kept in the shared key-value store under their SHA-256 (a leaked store
 * gives no usable token), so every server node accepts them and logout revokes them at once.
 * Two kinds: account tokens ({@code nsa_...}) name a user account; guest tokens ({@code nsg_...}) name the one
 * conversation a guest may use.
 */
@ApplicationScoped
public class AccessTokens {

    static final String ACCOUNT_PREFIX = "nsa_";
    static final String GUEST_PREFIX = "nsg_";

    private final SecureRandom random = new SecureRandom();

    @Inject
    KeyValueStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "auth.token.ttl", defaultValue = "PT8H")
    Duration accountTokenTtl;

    @Inject
    @ConfigProperty(name = "auth.guest-token.ttl", defaultValue = "PT24H")
    Duration guestTokenTtl;

    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * Who a token was issued to: a database account (read afresh on every use), or a caller from another
     * identity store with the groups it had at sign-in.
     */
    public record Holder(String username, boolean databaseAccount, Set<String> groups) {
    }

    public Issued issueForAccount(AuthenticationService.Identity identity) {
        String token = ACCOUNT_PREFIX + randomPart();
        // "username\tdb|ext\tgroup,group": usernames are e-mail addresses and cannot hold a tab.
        store.put(accountKey(token), identity.username() + "\t" + (identity.databaseAccount() ? "db" : "ext")
                + "\t" + String.join(",", identity.groups()), accountTokenTtl);
        return new Issued(token, clock.instant().plus(accountTokenTtl));
    }

    /** A guest's token for one conversation; it expires after a day without use. */
    public Issued issueForGuest(String conversationId) {
        String token = GUEST_PREFIX + randomPart();
        store.put(guestKey(token), conversationId, guestTokenTtl);
        return new Issued(token, clock.instant().plus(guestTokenTtl));
    }

    public Optional<Holder> holderOf(String token) {
        if (token == null || !token.startsWith(ACCOUNT_PREFIX)) {
            return Optional.empty();
        }
        return store.get(accountKey(token)).map(value -> {
            String[] parts = value.split("\t", -1);
            return new Holder(parts[0], parts[1].equals("db"),
                    parts[2].isEmpty() ? Set.of() : Set.of(parts[2].split(",")));
        });
    }

    /** The conversation a guest token grants; each use restarts its expiry. */
    public Optional<String> conversationOf(String token) {
        if (token == null || !token.startsWith(GUEST_PREFIX)) {
            return Optional.empty();
        }
        String key = guestKey(token);
        Optional<String> conversation = store.get(key);
        conversation.ifPresent(found -> store.touch(key, guestTokenTtl));
        return conversation;
    }

    public void revoke(String token) {
        if (token != null) {
            store.delete(token.startsWith(GUEST_PREFIX) ? guestKey(token) : accountKey(token));
        }
    }

    private String randomPart() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String accountKey(String token) {
        return "auth:token:" + sha256(token);
    }

    private static String guestKey(String token) {
        return "auth:guest:" + sha256(token);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
