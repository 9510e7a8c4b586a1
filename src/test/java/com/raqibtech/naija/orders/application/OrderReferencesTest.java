package com.raqibtech.naija.orders.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderReferencesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void formatIsRqbDateAndEightDigits() {
        String reference = OrderReferences.format(DAY, 1);
        assertTrue(reference.matches("RQB20261124\\d{8}"), reference);
    }

    @Test
    void consecutiveSequenceNumbersGiveDistantUnrelatedReferences() {
        long first = Long.parseLong(OrderReferences.format(DAY, 41).substring(11));
        long second = Long.parseLong(OrderReferences.format(DAY, 42).substring(11));
        assertNotEquals(first + 1, second);
        assertTrue(Math.abs(first - second) > 1000);
    }

    @Test
    void aMillionSequenceNumbersNeverCollide() {
        Set<String> seen = new HashSet<>();
        for (long sequence = 1; sequence <= 1_000_000; sequence++) {
            assertTrue(seen.add(OrderReferences.format(DAY, sequence)), "collision at " + sequence);
        }
        assertEquals(1_000_000, seen.size());
    }
}
