package com.raqibtech.naija.cart.application;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Whose cart: a customer's, or a guest chat session's (until the guest signs in). */
public record CartOwner(Long customerId, String guestConversationId) {

    public static CartOwner customer(long customerId) {
        return new CartOwner(customerId, null);
    }

    public static CartOwner guest(String conversationId) {
        return new CartOwner(null, conversationId);
    }

    /** The caller's own cart; staff and anonymous callers have none. */
    public static CartOwner of(Actor caller) {
        if (caller.isGuest()) {
            return guest(caller.guestConversationId());
        }
        return customer(caller.requireCustomer());
    }

    public boolean isGuest() {
        return customerId == null;
    }

    /** How a guest's cart is keyed in the database: the session id is never stored as such. */
    String guestKey() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("cart:" + guestConversationId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    String cacheKey() {
        return isGuest() ? "cart:guest:" + guestKey() : "cart:customer:" + customerId;
    }

    static ProblemException noCart() {
        return ProblemException.forbidden("no-cart", "Only customers and guests have a cart.");
    }
}
