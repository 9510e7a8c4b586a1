package com.raqibtech.naija.orders.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words for an order's status, from one resource bundle ({@code i18n/orders}) shared by chat, order news and
 * e-mails, so a status reads the same wherever the customer meets it. Statuses are named as in
 * {@link OrderSummary#status()} ("out_for_delivery").
 */
public final class OrderWording {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("i18n.orders", Locale.ROOT);

    private OrderWording() {
    }

    /** What the order is, e.g. "out for delivery today". */
    public static String status(String status) {
        return format("order.status." + status);
    }

    /** The status in a word or two, e.g. "out for delivery". */
    public static String label(String status) {
        return format("order.label." + status);
    }

    /** The news sent when the order reaches the status. */
    public static String news(String status) {
        return withReturnWindow("order.news." + status);
    }

    /** The subject of an order e-mail: {@code placed} for the order just placed, else an update. */
    public static String emailSubject(boolean placed, String reference, String status) {
        return format(placed ? "order.email.subject.placed" : "order.email.subject.update", reference,
                label(status));
    }

    /** The first line of an order e-mail: thanks for the order just placed, else the news of the status. */
    public static String emailHeadline(boolean placed, String status) {
        return withReturnWindow(placed ? "order.email.placed." + status : "order.email." + status);
    }

    /** Every pattern may name the return window as {0}: it comes from {@link OrderLifecycle#RETURN_WINDOW}. */
    private static String withReturnWindow(String key) {
        return format(key, Long.toString(OrderLifecycle.RETURN_WINDOW.toDays()));
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(WORDS.getString(key), Locale.ROOT).format(args);
    }
}
