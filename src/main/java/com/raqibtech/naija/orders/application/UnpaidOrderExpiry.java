package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.orders.domain.OrderRepository;
import com.raqibtech.naija.shared.concurrent.RepeatingJob;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bank-transfer and card orders take their stock at checkout; one never paid would hold it for ever. Every
 * {@code checkout.unpaid-expiry.check-every}, orders unpaid for longer than {@code checkout.unpaid-expiry} are
 * cancelled (each in its own transaction, so a payment confirmed meanwhile wins).
 */
@ApplicationScoped
public class UnpaidOrderExpiry {

    /** Who cancels an unpaid order: the business itself, named in the order's history. */
    private static final Actor JOB = Actor.system("unpaid-order-expiry");

    private static final Logger LOG = Logger.getLogger(UnpaidOrderExpiry.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    OrderRepository orders;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "checkout.unpaid-expiry", defaultValue = "PT48H")
    Duration expiry;

    @Inject
    @ConfigProperty(name = "checkout.unpaid-expiry.check-every", defaultValue = "PT10M")
    Duration checkEvery;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        schedule = RepeatingJob.every(executor, checkEvery, "Unpaid-order expiry", LOG, this::expireDue);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void expireDue() {
        for (Long orderId : orders.unpaidPlacedBefore(clock.instant().minus(expiry), 200)) {
            try {
                lifecycle.expireUnpaid(JOB, orderId, expiry);
            } catch (RuntimeException changedMeanwhile) {
                LOG.log(Level.INFO, "Order " + orderId + " not expired: " + changedMeanwhile);
            }
        }
    }
}
