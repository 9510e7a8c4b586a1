package com.raqibtech.naija.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 through Jakarta Security's {@link Pbkdf2PasswordHash}. The stored hash carries its own
 * algorithm, iterations and salt, so raising {@code PASSWORD_ITERATIONS} later still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Checked when a password is set; the longest bound keeps hashing cheap to call and hard to abuse. */
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "password.iterations", defaultValue = "210000")
    int iterations;

    /** A real hash of nothing anyone knows: verified against when the username is unknown, to keep timing flat. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time a real verification would, for unknown usernames. */
    public void verifyDecoy(String password) {
        pbkdf2.verify((password == null ? "" : password).toCharArray(), decoy);
    }
}
