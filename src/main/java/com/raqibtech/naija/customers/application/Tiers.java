package com.raqibtech.naija.customers.application;

import com.raqibtech.naija.shared.money.Naira;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The tier rules, in one place for checkout, the order lifecycle and the demo data: which tier a total spend earns,
 * and what a tier's discount takes off a subtotal. Tiers come as the caller holds them (entities or rows read by
 * JDBC), so the rule does not depend on how they were loaded.
 */
public final class Tiers {

    private Tiers() {
    }

    /** The tier a total spend earns: the one with the highest minimum spend that the spend reaches. */
    public static <T> Optional<T> earnedBy(BigDecimal totalSpent, Collection<T> tiers,
                                           Function<T, BigDecimal> minSpend) {
        return tiers.stream().filter(tier -> totalSpent.compareTo(minSpend.apply(tier)) >= 0)
                .max(Comparator.comparing(minSpend));
    }

    /** What a tier's discount rate takes off a subtotal, rounded to the kobo. */
    public static BigDecimal discount(BigDecimal subtotal, BigDecimal rate) {
        return Naira.of(subtotal.multiply(rate));
    }
}
