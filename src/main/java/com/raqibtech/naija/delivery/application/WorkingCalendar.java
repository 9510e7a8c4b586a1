package com.raqibtech.naija.delivery.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days in Nigeria: Monday to Friday, less the public holidays it is given. */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The date that is {@code workingDays} working days after {@code start} (start itself never counts). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate date = start;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
