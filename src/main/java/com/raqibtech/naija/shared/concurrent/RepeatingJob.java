package com.raqibtech.naija.shared.concurrent;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Background work that runs again and again on the server's managed executor; a failed run never stops it. */
public final class RepeatingJob {

    private RepeatingJob() {
    }

    public static ScheduledFuture<?> every(ManagedScheduledExecutorService executor, Duration interval, String name,
                                           Logger log, Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException failure) {
                log.log(Level.WARNING, name + " failed; trying again at the next run", failure);
            }
        };
        return executor.scheduleWithFixedDelay(guarded, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }
}
