package com.raqibtech.naija.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL of {@code db-migrations/} (packaged as {@code db/migration}) with Flyway.
 * {@code failOnMissingLocations} matters: inside Liberty Flyway can only find the folder through its empty
 * {@code flyway.location} marker, and without this setting a missing folder would silently migrate nothing.
 * Callbacks, should any be written, live beside the migrations (Flyway's own default folder logs an error here).
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .callbackLocations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
