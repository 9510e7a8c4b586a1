package com.raqibtech.naija.notifications.application;

import com.raqibtech.naija.orders.application.OrderWording;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderItem;
import com.raqibtech.naija.orders.domain.OrderStatus;
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

    static Email forOrder(CustomerOrder order, OrderStatus previous) {
        String firstName = order.getCustomer().getFullName().split(" ")[0];
        boolean placed = previous == null;
        String status = order.getStatus().name().toLowerCase(Locale.ROOT);
        // A new order is thanked for as confirmed or as waiting for its payment; later e-mails carry the news.
        String headline = OrderWording.emailHeadline(placed, placed && order.getStatus() != OrderStatus.CONFIRMED
                ? "pending" : status);
        String subject = OrderWording.emailSubject(placed, order.getReference(), status);
        StringBuilder text = new StringBuilder();
        text.append("Hello ").append(firstName).append(",\n\n").append(headline).append("\n\n");
        text.append("Order ").append(order.getReference()).append(", placed ")
                .append(Lagos.format(order.getPlacedAt())).append('\n');
        for (OrderItem item : order.getItems()) {
            text.append("  ").append(item.getQuantity()).append(" × ").append(item.getProductName()).append("  ")
                    .append(Naira.format(item.getLineTotal())).append('\n');
        }
        text.append("Subtotal: ").append(Naira.format(order.getSubtotal())).append('\n');
        if (order.getDiscount().signum() > 0) {
            text.append(order.getTier().getName()).append(" discount: -").append(Naira.format(order.getDiscount()))
                    .append('\n');
        }
        text.append("Delivery to ").append(order.getDeliveryState().getName()).append(": ")
                .append(Naira.format(order.getDeliveryFee())).append('\n');
        text.append("Total: ").append(Naira.format(order.getTotal())).append('\n');
        text.append("Expected delivery: ").append(DAY.format(order.getExpectedDeliveryDate())).append("\n\n");
        text.append("Reply to this e-mail or chat with us any time. Thank you for shopping with us!\n");

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.append("<p>Hello ").append(escape(firstName)).append(",</p><p>").append(escape(headline)).append("</p>");
        html.append("<p><strong>Order ").append(escape(order.getReference())).append("</strong>, placed ")
                .append(escape(Lagos.format(order.getPlacedAt()))).append("</p><table>");
        for (OrderItem item : order.getItems()) {
            html.append("<tr><td>").append(item.getQuantity()).append(" × ").append(escape(item.getProductName()))
                    .append("</td><td style=\"text-align:right\">").append(escape(Naira.format(item.getLineTotal())))
                    .append("</td></tr>");
        }
        row(html, "Subtotal", Naira.format(order.getSubtotal()));
        if (order.getDiscount().signum() > 0) {
            row(html, order.getTier().getName() + " discount", "-" + Naira.format(order.getDiscount()));
        }
        row(html, "Delivery to " + order.getDeliveryState().getName(), Naira.format(order.getDeliveryFee()));
        row(html, "Total", Naira.format(order.getTotal()));
        html.append("</table><p>Expected delivery: ").append(escape(DAY.format(order.getExpectedDeliveryDate())))
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
