package com.raqibtech.naija.notifications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.orders.application.OrderLifecycle;
import com.raqibtech.naija.orders.application.OrderReceipt;
import com.raqibtech.naija.orders.application.OrderWording;
import com.raqibtech.naija.orders.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E-mails take their status words from the orders bundle, and the rules they name from where the rules live. */
class EmailTemplatesTest {

    private static final Instant PLACED = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void deliveredEmailNamesTheReturnWindowOfTheLifecycle() {
        EmailTemplates.Email email = EmailTemplates.forOrder(order("delivered"), false);
        String window = "within " + OrderLifecycle.RETURN_WINDOW.toDays() + " days";
        assertTrue(email.text().contains(window), email.text());
        assertTrue(email.html().contains(window), email.html());
        assertEquals("Order update: RQB2026112000000001 is delivered", email.subject());
    }

    @Test
    void subjectsAndHeadlinesComeFromTheOrdersBundle() {
        EmailTemplates.Email received = EmailTemplates.forOrder(order("pending"), true);
        assertEquals("Order received: RQB2026112000000001 is " + OrderWording.label("pending"), received.subject());
        assertTrue(received.text().contains(OrderWording.emailHeadline(true, "pending")), received.text());

        assertTrue(EmailTemplates.forOrder(order("confirmed"), true).text()
                .contains("Thank you! Your order is confirmed and we are getting it ready."));
        for (OrderStatus status : OrderStatus.values()) {
            String name = status.name().toLowerCase(java.util.Locale.ROOT);
            EmailTemplates.Email update = EmailTemplates.forOrder(order(name), false);
            assertTrue(update.text().contains(OrderWording.emailHeadline(false, name)), name);
            assertTrue(update.subject().endsWith(" is " + OrderWording.label(name)), update.subject());
            assertTrue(!update.text().contains("{") && !update.text().contains("''"), update.text());
        }
        // The integration test waits for these words.
        assertTrue(EmailTemplates.forOrder(order("processing"), false).text().contains("We are packing your order."));
        assertTrue(EmailTemplates.forOrder(order("processing"), false).subject().contains("processing"));
    }

    @Test
    void everythingShownIsEscaped() {
        OrderReceipt hostile = new OrderReceipt("RQB2026112000000002", "pending", "x@naija.test",
                "<script>alert(1)</script> Obi", PLACED, List.of(new OrderReceipt.Line("Phone \"<b>\"", 1,
                new BigDecimal("1000.00"))), new BigDecimal("1000.00"), BigDecimal.ZERO.setScale(2), "Bronze",
                "Lagos", new BigDecimal("2500.00"), new BigDecimal("3500.00"), LocalDate.of(2026, 11, 23));
        String html = EmailTemplates.forOrder(hostile, true).html();
        assertTrue(!html.contains("<script>") && html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("Phone &quot;&lt;b&gt;&quot;"), html);
    }

    /** A receipt as the orders capability publishes it, in the given status. */
    private static OrderReceipt order(String status) {
        return new OrderReceipt("RQB2026112000000001", status, "kemi@naija.test", "Kemi Adebayo", PLACED,
                List.of(new OrderReceipt.Line("Tecno Spark 20", 2, new BigDecimal("37000.00"))),
                new BigDecimal("37000.00"), BigDecimal.ZERO.setScale(2), "Bronze", "Lagos", new BigDecimal("2500.00"),
                new BigDecimal("39500.00"), LocalDate.of(2026, 11, 23));
    }
}
