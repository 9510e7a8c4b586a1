package com.raqibtech.naija.shared.money;

import java.math.BigDecimal;

/**
 * How a naira amount travels in JSON: the exact amount as a string (so no client parses it into a float),
 * the currency and the text to show.
 */
public record Money(String amount, String currency, String formatted) {

    public static Money of(BigDecimal amount) {
        BigDecimal exact = Naira.of(amount);
        return new Money(exact.toPlainString(), Naira.CURRENCY, Naira.format(exact));
    }
}
