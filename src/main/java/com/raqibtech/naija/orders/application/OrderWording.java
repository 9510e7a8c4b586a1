package com.raqibtech.naija.orders.application;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words for an order's status, from one resource bundle ({@code i18n/orders}) shared by chat, order news and
 * e-mails, so a status reads the same wherever the customer meets it.
 */
public final class OrderWording {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("i18n.orders", Locale.ROOT);

    private OrderWording() {
    }

    /** What the order is, e.g. "out for delivery today" ({@code status} as in {@link OrderSummary#status()}). */
    public static String status(String status) {
        return WORDS.getString("order.status." + status);
    }

    /** The news sent when the order reaches the status. */
    public static String news(String status) {
        return WORDS.getString("order.news." + status).replace("{0}",
                Long.toString(OrderLifecycle.RETURN_WINDOW.toDays()));
    }
}
