package com.raqibtech.naija.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Naira amounts: always {@link BigDecimal} with two decimals (kobo), rounded half-up, never a double.
 */
public final class Naira {

    public static final String CURRENCY = "NGN";
    public static final String SYMBOL = "\u20A6";
    public static final int SCALE = 2;

    private Naira() {
    }

    /** The amount with exactly two decimals; rejects null. */
    public static BigDecimal of(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static BigDecimal of(long wholeNaira) {
        return of(BigDecimal.valueOf(wholeNaira));
    }

    /** "₦12,500.00"; negative amounts as "-₦500.00". */
    public static String format(BigDecimal amount) {
        BigDecimal exact = of(amount);
        // DecimalFormat is not thread-safe: make one per call (cheap next to any I/O around it).
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String digits = format.format(exact.abs());
        return (exact.signum() < 0 ? "-" : "") + SYMBOL + digits;
    }
}
