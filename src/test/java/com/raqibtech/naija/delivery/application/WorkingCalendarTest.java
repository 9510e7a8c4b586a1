package com.raqibtech.naija.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void skipsWeekends() {
        WorkingCalendar calendar = new WorkingCalendar(Set.of());
        assertEquals(LocalDate.of(2026, 11, 30), calendar.addWorkingDays(FRIDAY, 1));
        assertEquals(LocalDate.of(2026, 12, 4), calendar.addWorkingDays(FRIDAY, 5));
    }

    @Test
    void skipsPublicHolidays() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        LocalDate boxingDay = LocalDate.of(2026, 12, 28); // Boxing Day observed on Monday
        WorkingCalendar calendar = new WorkingCalendar(Set.of(christmas, boxingDay));
        assertFalse(calendar.isWorkingDay(christmas));
        assertEquals(LocalDate.of(2026, 12, 29), calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1));
    }
}
