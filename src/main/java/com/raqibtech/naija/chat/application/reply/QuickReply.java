package com.raqibtech.naija.chat.application.reply;

import com.raqibtech.naija.nlu.application.Intent;
import java.util.Locale;
import java.util.Optional;

/**
 * A button the customer can tap: the label shown and a payload that says what it means. A tapped payload is acted on
 * as written ({@link #parse}), whatever the intent model would make of the label, so "Add the first one" adds exactly
 * the product it was shown with. Payloads are {@code intent} or {@code intent:argument} (an SKU, a payment method, a
 * state, search words), plus {@code confirm:<id>} and {@code decline} for the question just asked and
 * {@code sign_in} / {@code register}.
 */
public record QuickReply(String label, String payload) {

    /** Longest payload accepted from a client (WhatsApp allows 256 characters for a button id). */
    public static final int MAX_PAYLOAD = 256;

    public static final String CONFIRM = "confirm";
    public static final String DECLINE = "decline";
    public static final String SIGN_IN = "sign_in";
    public static final String REGISTER = "register";

    public static QuickReply of(String label, Intent intent) {
        return new QuickReply(label, intent.label());
    }

    public static QuickReply of(String label, Intent intent, String argument) {
        return new QuickReply(label, intent.label() + ":" + argument);
    }

    public static QuickReply confirm(String label, String confirmationId) {
        return new QuickReply(label, CONFIRM + ":" + confirmationId);
    }

    public static QuickReply decline(String label) {
        return new QuickReply(label, DECLINE);
    }

    public static QuickReply signIn(String label) {
        return new QuickReply(label, SIGN_IN);
    }

    public static QuickReply register(String label) {
        return new QuickReply(label, REGISTER);
    }

    /** What a tapped payload means. */
    public record Tapped(String command, Optional<Intent> intent, String argument) {

        public boolean isConfirm() {
            return command.equals(CONFIRM);
        }

        public boolean isDecline() {
            return command.equals(DECLINE);
        }

        public boolean isSignIn() {
            return command.equals(SIGN_IN) || command.equals(REGISTER);
        }
    }

    /** The meaning of a payload, or empty when it is not one we issue. */
    public static Optional<Tapped> parse(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > MAX_PAYLOAD) {
            return Optional.empty();
        }
        int colon = payload.indexOf(':');
        String command = (colon < 0 ? payload : payload.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? "" : payload.substring(colon + 1).trim();
        if (command.equals(CONFIRM) || command.equals(DECLINE) || command.equals(SIGN_IN)
                || command.equals(REGISTER)) {
            return Optional.of(new Tapped(command, Optional.empty(), argument));
        }
        return Intent.parse(command).map(intent -> new Tapped(command, Optional.of(intent), argument));
    }
}
