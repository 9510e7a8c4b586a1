package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.shared.time.Lagos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When human agents are at work (WAT): by default Monday to Saturday, 8:00 to 18:00. */
@ApplicationScoped
public class BusinessHours {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "support.hours.open", defaultValue = "08:00")
    LocalTime opens;

    @Inject
    @ConfigProperty(name = "support.hours.close", defaultValue = "18:00")
    LocalTime closes;

    @Inject
    @ConfigProperty(name = "support.hours.sunday", defaultValue = "false")
    boolean sundays;

    public boolean isOpen() {
        ZonedDateTime now = Lagos.at(clock.instant());
        return workingDay(now.getDayOfWeek()) && !now.toLocalTime().isBefore(opens)
                && now.toLocalTime().isBefore(closes);
    }

    /** "today at 8:00", "tomorrow at 8:00" or "on Monday at 8:00" (WAT). */
    public String nextOpening() {
        ZonedDateTime now = Lagos.at(clock.instant());
        ZonedDateTime day = now.toLocalTime().isBefore(opens) ? now : now.plusDays(1);
        while (!workingDay(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        String when = day.toLocalDate().equals(now.toLocalDate()) ? "today"
                : day.toLocalDate().equals(now.toLocalDate().plusDays(1)) ? "tomorrow"
                : "on " + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        return when + " at " + opens + " WAT";
    }

    public String hours() {
        return opens + "–" + closes + " WAT, Monday to " + (sundays ? "Sunday" : "Saturday");
    }

    private boolean workingDay(DayOfWeek day) {
        return sundays || day != DayOfWeek.SUNDAY;
    }
}
