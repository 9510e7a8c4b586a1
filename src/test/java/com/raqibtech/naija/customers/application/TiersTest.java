package com.raqibtech.naija.customers.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TiersTest {

    private record Tier(String code, BigDecimal minSpend) {
    }

    /** As V002 ships them, in no particular order: the rule must not depend on the order it is given. */
    private static final List<Tier> TIERS = List.of(new Tier("GOLD", new BigDecimal("1000000.00")),
            new Tier("BRONZE", new BigDecimal("0.00")), new Tier("PLATINUM", new BigDecimal("5000000.00")),
            new Tier("SILVER", new BigDecimal("200000.00")));

    private static String earned(String spend) {
        return Tiers.earnedBy(new BigDecimal(spend), TIERS, Tier::minSpend).map(Tier::code).orElse("none");
    }

    @Test
    void theHighestTierTheSpendReaches() {
        assertEquals("BRONZE", earned("0"));
        assertEquals("BRONZE", earned("199999.99"));
        assertEquals("SILVER", earned("200000"));
        assertEquals("GOLD", earned("4999999.99"));
        assertEquals("PLATINUM", earned("5000000.00"));
        assertEquals(Optional.empty(), Tiers.earnedBy(new BigDecimal("-1"), TIERS, Tier::minSpend));
    }

    @Test
    void discountIsRoundedToTheKobo() {
        assertEquals(new BigDecimal("2469.14"), Tiers.discount(new BigDecimal("123456.78"), new BigDecimal("0.0200")));
        assertEquals(new BigDecimal("0.00"), Tiers.discount(new BigDecimal("999.99"), new BigDecimal("0.0000")));
    }
}
