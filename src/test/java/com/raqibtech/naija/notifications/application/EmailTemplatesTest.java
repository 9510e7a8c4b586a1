package com.raqibtech.naija.notifications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerTier;
import com.raqibtech.naija.delivery.domain.State;
import com.raqibtech.naija.orders.application.OrderLifecycle;
import com.raqibtech.naija.orders.application.OrderWording;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderStatus;
import com.raqibtech.naija.orders.domain.PaymentMethod;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** E-mails take their status words from the orders bundle, and the rules they name from where the rules live. */
class EmailTemplatesTest {

    private static final Instant PLACED = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void deliveredEmailNamesTheReturnWindowOfTheLifecycle() {
        CustomerOrder order = order();
        order.recordStatus(OrderStatus.DELIVERED, PLACED.plusSeconds(86_400), "rider", null);
        EmailTemplates.Email email = EmailTemplates.forOrder(order, OrderStatus.OUT_FOR_DELIVERY);
        String window = "within " + OrderLifecycle.RETURN_WINDOW.toDays() + " days";
        assertTrue(email.text().contains(window), email.text());
        assertTrue(email.html().contains(window), email.html());
        assertEquals("Order update: RQB2026112000000001 is delivered", email.subject());
    }

    @Test
    void subjectsAndHeadlinesComeFromTheOrdersBundle() {
        CustomerOrder order = order();
        EmailTemplates.Email received = EmailTemplates.forOrder(order, null);
        assertEquals("Order received: RQB2026112000000001 is " + OrderWording.label("pending"), received.subject());
        assertTrue(received.text().contains(OrderWording.emailHeadline(true, "pending")), received.text());

        order.recordStatus(OrderStatus.CONFIRMED, PLACED, "system", null);
        assertTrue(EmailTemplates.forOrder(order, null).text()
                .contains("Thank you! Your order is confirmed and we are getting it ready."));
        for (OrderStatus status : OrderStatus.values()) {
            order.recordStatus(status, PLACED, "staff", null);
            String name = status.name().toLowerCase(java.util.Locale.ROOT);
            EmailTemplates.Email update = EmailTemplates.forOrder(order, OrderStatus.PENDING);
            assertTrue(update.text().contains(OrderWording.emailHeadline(false, name)), name);
            assertTrue(update.subject().endsWith(" is " + OrderWording.label(name)), update.subject());
            assertTrue(!update.text().contains("{") && !update.text().contains("''"), update.text());
        }
        order.recordStatus(OrderStatus.PROCESSING, PLACED, "staff", null);
        // The integration test waits for these words.
        assertTrue(EmailTemplates.forOrder(order, OrderStatus.CONFIRMED).text().contains("We are packing your order."));
        assertTrue(EmailTemplates.forOrder(order, OrderStatus.CONFIRMED).subject().contains("processing"));
    }

    private static CustomerOrder order() {
        CustomerTier bronze = entity(CustomerTier.class, "code", "BRONZE", "name", "Bronze",
                "discountRate", BigDecimal.ZERO, "minSpend", BigDecimal.ZERO);
        Customer customer = new Customer("Kemi Adebayo", "kemi@naija.test", "+2348060000000", bronze, PLACED);
        State lagos = entity(State.class, "code", "LA", "name", "Lagos");
        PaymentMethod pod = entity(PaymentMethod.class, "code", "pay_on_delivery", "name", "Pay on delivery");
        CustomerOrder order = new CustomerOrder("RQB2026112000000001", customer, pod, lagos, "Ikeja",
                "12 Allen Avenue", LocalDate.of(2026, 11, 23), null, PLACED, "customer");
        order.addItem(1L, "SKU-1", "Tecno Spark 20", new BigDecimal("18500.00"), 2);
        order.price(BigDecimal.ZERO.setScale(2), new BigDecimal("2500.00"));
        return order;
    }

    /** An entity as JPA would load it: protected constructor, fields set directly. */
    private static <T> T entity(Class<T> type, Object... fieldsAndValues) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T entity = constructor.newInstance();
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                Field field = type.getDeclaredField((String) fieldsAndValues[i]);
                field.setAccessible(true);
                field.set(entity, fieldsAndValues[i + 1]);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
