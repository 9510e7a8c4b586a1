package com.raqibtech.naija.shared.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NairaTest {

    @Test
    void formatsWithSymbolThousandsAndKobo() {
        assertEquals("₦12,500.00", Naira.format(new BigDecimal("12500")));
        assertEquals("₦3,700.00", Naira.format(Naira.of(3700)));
        assertEquals("₦1,234,567.89", Naira.format(new BigDecimal("1234567.89")));
        assertEquals("₦0.50", Naira.format(new BigDecimal("0.5")));
        assertEquals("-₦500.00", Naira.format(new BigDecimal("-500")));
    }

    @Test
    void roundsToTheKoboHalfUp() {
        assertEquals(new BigDecimal("10.13"), Naira.of(new BigDecimal("10.125")));
        assertEquals(new BigDecimal("10.12"), Naira.of(new BigDecimal("10.1249")));
    }

    @Test
    void moneyCarriesTheExactAmountAsText() {
        Money money = Money.of(new BigDecimal("2500"));
        assertEquals("2500.00", money.amount());
        assertEquals("NGN", money.currency());
        assertEquals("₦2,500.00", money.formatted());
    }

    @Test
    void rejectsMissingAmounts() {
        assertThrows(IllegalArgumentException.class, () -> Naira.of((BigDecimal) null));
    }
}
