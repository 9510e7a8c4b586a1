package com.raqibtech.naija.chat.application.reply;

import java.util.Locale;

/** Something the agent did during a turn; channels and clients react to it (refresh the cart, show the order). */
public enum ActionType {
    CART_UPDATED,
    ORDER_PLACED,
    ORDER_CANCELLED,
    RETURN_REQUESTED,
    COMPLAINT_RECORDED,
    PAYMENT_ISSUE_RECORDED,
    SIGN_IN_REQUIRED,
    HANDOFF_REQUESTED,
    FORWARDED_TO_AGENT,
    /** An order was changed after checkout (address, payment method, items, an exchange). */
    ORDER_CHANGED,
    /** The bot did not understand the message (repeated, it leads to a person). */
    NOT_UNDERSTOOD;

    /** The wire name, e.g. {@code cart_updated}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
