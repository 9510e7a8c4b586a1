package com.raqibtech.naija.orders.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.raqibtech.naija.orders.domain.OrderStatus;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrderWordingTest {

    @Test
    void patternsReadAsWritten() {
        assertEquals("payment confirmed \u2014 we're preparing it.", OrderWording.news("confirmed"));
        assertEquals("shipped! It's on its way to you.", OrderWording.news("shipped"));
        assertEquals("delivered. Enjoy! Returns are possible within " + OrderLifecycle.RETURN_WINDOW.toDays()
                + " days.", OrderWording.news("delivered"));
        assertEquals("out for delivery", OrderWording.label("out_for_delivery"));
    }

    @Test
    void everyStatusHasItsWords() {
        for (OrderStatus status : OrderStatus.values()) {
            String name = status.name().toLowerCase(Locale.ROOT);
            for (String words : new String[]{OrderWording.status(name), OrderWording.label(name),
                OrderWording.news(name), OrderWording.emailHeadline(false, name)}) {
                assertFalse(words.isBlank() || words.contains("{") || words.contains("''"), name + ": " + words);
            }
        }
    }
}
