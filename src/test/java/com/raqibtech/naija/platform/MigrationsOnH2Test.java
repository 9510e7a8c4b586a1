package com.raqibtech.naija.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.demo.DemoCatalogue;
import com.raqibtech.naija.demo.DemoData;
import com.raqibtech.naija.demo.DemoDataGenerator;
import com.raqibtech.naija.demo.DemoDataWriter;
import com.raqibtech.naija.testing.SchemaChecks;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The embedded profile's database: every migration applies to H2 in PostgreSQL mode, and demo data loads. */
class MigrationsOnH2Test {

    @Test
    void migrationsApplyOnceAndCarryTheReferenceData() throws SQLException {
        DataSource h2 = SchemaChecks.h2InMemory("migrations");
        MigrateResult first = SchemaMigrator.migrate(h2);
        assertTrue(first.migrationsExecuted >= 2, "all migrations ran: " + first.migrationsExecuted);
        assertEquals(0, SchemaMigrator.migrate(h2).migrationsExecuted, "a second start applies nothing");
        try (Connection db = h2.getConnection()) {
            SchemaChecks.verifyReferenceData(db);
        }
    }

    @Test
    void demoDataLoadsOnceWithMoneyThatAddsUp() throws SQLException {
        DataSource h2 = SchemaChecks.h2InMemory("demo");
        SchemaMigrator.migrate(h2);
        try (Connection db = h2.getConnection()) {
            assertFalse(DemoDataWriter.alreadyLoaded(db));
            DemoData data = new DemoDataGenerator(7, LocalDate.of(2026, 11, 24), DemoDataWriter.readReference(db),
                    DemoCatalogue.products(), SchemaChecks.payOnDeliveryLimit()).generate();
            DemoDataWriter.write(db, data, "seed=7", Instant.parse("2026-11-24T08:00:00Z"));
            assertTrue(DemoDataWriter.alreadyLoaded(db));
            SchemaChecks.verifyDemoData(db);
            SchemaChecks.verifySequencesAbove(db, "order_seq", "orders");
            SchemaChecks.verifySequencesAbove(db, "product_seq", "products");
            SchemaChecks.verifySequencesAbove(db, "wallet_entry_seq", "wallet_entries");
            // A second node loading the same data is refused by the flag, and nothing is half-written.
            long orders = SchemaChecks.count(db, "SELECT COUNT(*) FROM orders");
            assertThrows(SQLException.class, () -> DemoDataWriter.write(db, data, "seed=7", Instant.now()));
            assertEquals(orders, SchemaChecks.count(db, "SELECT COUNT(*) FROM orders"));
        }
    }
}
