package com.raqibtech.naija.nlu.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a customer message is for: the intents of the shared taxonomy (TAXONOMY.md), under the same names as the
 * labels the intent model is trained on ({@link #label()}). A unit test keeps the two identical.
 */
public enum Intent {
    GREETING,
    GOODBYE_THANKS,
    PRODUCT_SEARCH,
    PRODUCT_INFO,
    RECOMMENDATION,
    ADD_TO_CART,
    REMOVE_FROM_CART,
    VIEW_CART,
    CHECKOUT,
    SET_PAYMENT_METHOD,
    DELIVERY_INFO,
    SET_DELIVERY_ADDRESS,
    TRACK_ORDER,
    CANCEL_ORDER,
    RETURN_REFUND,
    PAYMENT_ISSUE,
    COMPLAINT,
    ACCOUNT_HELP,
    HUMAN_AGENT,
    ANALYTICS_QUERY,
    OUT_OF_SCOPE;

    private static final Map<String, Intent> BY_LABEL = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Intent::label, Function.identity()));

    /** The taxonomy name, e.g. {@code add_to_cart}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The intent of a taxonomy label; an unknown label is {@link #OUT_OF_SCOPE}. */
    public static Intent of(String label) {
        return label == null ? OUT_OF_SCOPE : BY_LABEL.getOrDefault(label, OUT_OF_SCOPE);
    }

    /** The intent of a taxonomy label, if it is one. */
    public static java.util.Optional<Intent> parse(String label) {
        return java.util.Optional.ofNullable(label == null ? null : BY_LABEL.get(label));
    }
}
