package com.raqibtech.naija.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.demo.DemoCatalogue;
import com.raqibtech.naija.demo.DemoData;
import com.raqibtech.naija.demo.DemoDataGenerator;
import com.raqibtech.naija.demo.DemoDataWriter;
import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.SchemaChecks;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same migrations on a fresh PostgreSQL database, and the same demo data as on H2: both databases must end
 * up with the same reference data and the same money to the kobo.
 */
class MigrationsOnPostgresIT {

    private static final String DATABASE = "naija_migrations_it";
    private static DataSource postgres;

    @BeforeAll
    static void freshDatabase() throws SQLException {
        try (Connection admin = ItSettings.adminDatabase(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(ItSettings.adminUrl().replaceFirst("/[^/]*$", "/" + DATABASE));
        dataSource.setUser(ItSettings.user());
        dataSource.setPassword(ItSettings.password());
        postgres = dataSource;
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection admin = ItSettings.adminDatabase(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void migrationsAndDemoDataMatchTheEmbeddedDatabase() throws SQLException {
        assertTrue(SchemaMigrator.migrate(postgres).migrationsExecuted >= 2);
        assertEquals(0, SchemaMigrator.migrate(postgres).migrationsExecuted);
        DataSource h2 = SchemaChecks.h2InMemory("compare");
        SchemaMigrator.migrate(h2);

        try (Connection pg = postgres.getConnection(); Connection embedded = h2.getConnection()) {
            SchemaChecks.verifyReferenceData(pg);
            LocalDate today = LocalDate.of(2026, 11, 24);
            Instant now = Instant.parse("2026-11-24T08:00:00Z");
            DemoData onPostgres = new DemoDataGenerator(11, today, DemoDataWriter.readReference(pg),
                    DemoCatalogue.products(), SchemaChecks.payOnDeliveryLimit()).generate();
            DemoData onH2 = new DemoDataGenerator(11, today, DemoDataWriter.readReference(embedded),
                    DemoCatalogue.products(), SchemaChecks.payOnDeliveryLimit()).generate();
            assertEquals(onH2, onPostgres, "the reference data reads the same from both databases");
            DemoDataWriter.write(pg, onPostgres, "seed=11", now);
            DemoDataWriter.write(embedded, onH2, "seed=11", now);
            SchemaChecks.verifyDemoData(pg);
            SchemaChecks.verifySequencesAbove(pg, "order_seq", "orders");
            for (String total : new String[]{"SELECT SUM(total) FROM orders", "SELECT SUM(discount) FROM orders",
                "SELECT SUM(total_spent) FROM customers", "SELECT SUM(balance) FROM wallets"}) {
                assertEquals(SchemaChecks.sum(embedded, total), SchemaChecks.sum(pg, total), total);
            }
        }
    }
}
