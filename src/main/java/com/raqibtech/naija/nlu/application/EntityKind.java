package com.raqibtech.naija.nlu.application;

import java.util.Locale;

/** The kinds of entity of the shared taxonomy, named as the extractor labels them ({@link #label()}). */
public enum EntityKind {
    PRODUCT,
    CATEGORY,
    QUANTITY,
    STATE,
    PAYMENT_METHOD,
    ORDER_ID,
    PRICE_MAX,
    PHONE;

    /** The taxonomy name, e.g. {@code payment_method}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean is(Entity entity) {
        return label().equals(entity.entity());
    }
}
