package com.raqibtech.naija.notifications.application;

import com.raqibtech.naija.orders.application.OrderReceipt;
import com.raqibtech.naija.orders.application.OrderWording;
import com.raqibtech.naija.shared.money.Naira;
import com.raqibtech.naija.shared.time.Lagos;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Order e-mails in plain text and HTML: greeting by name, naira amounts, WAT times, everything escaped. The status
 * words (subject and headline) come from the orders bundle through {@link OrderWording}, as chat and order news do.
 */
final class EmailTemplates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    record Email(String subject, String text, String html) {
    }

    private EmailTemplates() {
    }

    /** @param placed the order was just placed (else the e-mail carries news of its new status) */
    static Email forOrder(OrderReceipt order, boolean placed) {
        String firstName = order.firstName();
        String status = order.status();
        // A new order is thanked for as confirmed or as waiting for its payment; later e-mails carry the news.
        String headline = OrderWording.emailHeadline(placed, placed && !status.equals("confirmed")
                ? "pending" : status);
        String subject = OrderWording.emailSubject(placed, order.reference(), status);
        StringBuilder text = new StringBuilder();
        text.append("Hello ").append(firstName).append(",\n\n").append(headline).append("\n\n");
        text.append("Order ").append(order.reference()).append(", placed ")
                .append(Lagos.format(order.placedAt())).append('\n');
        for (OrderReceipt.Line item : order.lines()) {
            text.append("  ").append(item.quantity()).append(" × ").append(item.name()).append("  ")
                    .append(Naira.format(item.lineTotal())).append('\n');
        }
        text.append("Subtotal: ").append(Naira.format(order.subtotal())).append('\n');
        if (order.discount().signum() > 0) {
            text.append(order.tierName()).append(" discount: -").append(Naira.format(order.discount()))
                    .append('\n');
        }
        text.append("Delivery to ").append(order.deliveryState()).append(": ")
                .append(Naira.format(order.deliveryFee())).append('\n');
        text.append("Total: ").append(Naira.format(order.total())).append('\n');
        text.append("Expected delivery: ").append(DAY.format(order.expectedDelivery())).append("\n\n");
        text.append("Reply to this e-mail or chat with us any time. Thank you for shopping with us!\n");

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.append("<p>Hello ").append(escape(firstName)).append(",</p><p>").append(escape(headline)).append("</p>");
        html.append("<p><strong>Order ").append(escape(order.reference())).append("</strong>, placed ")
                .append(escape(Lagos.format(order.placedAt()))).append("</p><table>");
        for (OrderReceipt.Line item : order.lines()) {
            html.append("<tr><td>").append(item.quantity()).append(" × ").append(escape(item.name()))
                    .append("</td><td style=\"text-align:right\">").append(escape(Naira.format(item.lineTotal())))
                    .append("</td></tr>");
        }
        row(html, "Subtotal", Naira.format(order.subtotal()));
        if (order.discount().signum() > 0) {
            row(html, order.tierName() + " discount", "-" + Naira.format(order.discount()));
        }
        row(html, "Delivery to " + order.deliveryState(), Naira.format(order.deliveryFee()));
        row(html, "Total", Naira.format(order.total()));
        html.append("</table><p>Expected delivery: ").append(escape(DAY.format(order.expectedDelivery())))
                .append("</p><p>Reply to this e-mail or chat with us any time. Thank you for shopping with us!</p>")
                .append("</body></html>");
        return new Email(subject, text.toString(), html.toString());
    }

    private static void row(StringBuilder html, String label, String amount) {
        html.append("<tr><td>").append(escape(label)).append("</td><td style=\"text-align:right\">")
                .append(escape(amount)).append("</td></tr>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
