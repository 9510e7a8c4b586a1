package com.raqibtech.naija.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Order references: RQB + yyyyMMdd (Lagos date) + 8 digits. The digits come from a database sequence (unique
 * across server nodes) passed through a fixed permutation of 0..99,999,999, so consecutive orders get unrelated
 * numbers and a reference says nothing about how many orders there are.
 */
@ApplicationScoped
public class OrderReferences {

    private static final long SPACE = 100_000_000L;
    /** Odd and not a multiple of 5, so coprime with 10^8: multiplying by it permutes the space. */
    private static final long MULTIPLIER = 48_271_219L;
    private static final long OFFSET = 31_415_926L;

    @PersistenceContext(unitName = "naija")
    EntityManager em;

    public String next(LocalDate day) {
        long sequence = ((Number) em.createNativeQuery("SELECT nextval('order_reference_seq')").getSingleResult())
                .longValue();
        return format(day, sequence);
    }

    static String format(LocalDate day, long sequence) {
        long scrambled = Math.floorMod(sequence * MULTIPLIER + OFFSET, SPACE);
        return String.format(Locale.ROOT, "RQB%04d%02d%02d%08d", day.getYear(), day.getMonthValue(),
                day.getDayOfMonth(), scrambled);
    }
}
