package com.raqibtech.naija.demo;

import com.raqibtech.naija.orders.application.CheckoutService;
import com.raqibtech.naija.shared.time.Lagos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data, and the demo sign-ins, once per database when {@code DEMO_DATA} asks for it: {@code auto}
 * (default) loads on the embedded database only, {@code true} also on PostgreSQL, {@code false} never.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "auto")
    String mode;

    @Inject
    @ConfigProperty(name = "demo.seed", defaultValue = "20261124")
    long seed;

    @Inject
    Clock clock;

    @Inject
    DemoUsers demoUsers;

    @Inject
    CheckoutService checkout;

    public void loadIfWanted(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String database = connection.getMetaData().getDatabaseProductName();
            if (!wanted(database)) {
                LOG.info(() -> "Demo data not loaded (DEMO_DATA=" + mode + ", database " + database + ")");
                return;
            }
            if (DemoDataWriter.alreadyLoaded(connection)) {
                LOG.info("Demo data already loaded");
                demoUsers.createMissing();
                return;
            }
            long started = System.nanoTime();
            Instant now = clock.instant();
            LocalDate today = Lagos.dateOf(now);
            DemoData data = new DemoDataGenerator(seed, today, DemoDataWriter.readReference(connection),
                    DemoCatalogue.products(), checkout.payOnDeliveryLimit()).generate();
            DemoDataWriter.write(connection, data, "seed=" + seed + ";anchor=" + today, now);
            LOG.info(() -> String.format(Locale.ROOT,
                    "Demo data loaded: %d products, %d customers, %d orders, %d wallets in %d ms",
                    data.products().size(), data.customers().size(), data.orders().size(), data.wallets().size(),
                    (System.nanoTime() - started) / 1_000_000));
        }
        demoUsers.createMissing();
    }

    boolean wanted(String databaseProductName) {
        return switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> databaseProductName.toLowerCase(Locale.ROOT).contains("h2");
        };
    }
}
