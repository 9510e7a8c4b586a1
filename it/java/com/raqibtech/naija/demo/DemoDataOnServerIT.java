package com.raqibtech.naija.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.SchemaChecks;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** The test server was asked for demo data on PostgreSQL (DEMO_DATA=true) and loaded it at start. */
class DemoDataOnServerIT {

    @Test
    void theServerLoadedTheDemoDataIntoPostgresql() throws Exception {
        try (Connection db = ItSettings.serverDatabase()) {
            assertTrue(DemoDataWriter.alreadyLoaded(db));
            SchemaChecks.verifyReferenceData(db);
            SchemaChecks.verifyDemoData(db);
        }
    }
}
