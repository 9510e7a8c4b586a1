package com.raqibtech.naija.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Business time is West Africa Time (Africa/Lagos, UTC+1, no daylight saving). */
public final class Lagos {

    public static final ZoneId ZONE = ZoneId.of("Africa/Lagos");

    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a 'WAT'", Locale.ENGLISH);

    private Lagos() {
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** "Tue 24 Nov 2026, 9:05 AM WAT". */
    public static String format(Instant instant) {
        return DISPLAY.format(instant.atZone(ZONE));
    }
}
