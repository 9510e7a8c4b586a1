package com.raqibtech.naija.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL of {@code db-migrations/} (packaged as {@code db/migration}) with Flyway.
 * {@code failOnMissingLocations} matters: inside Liberty Flyway can only find the folder through its empty
 * {@code flyway.location} marker, and without this setting a missing folder would silently migrate nothing.
 * Flyway also always scans {@code db/callback} for callbacks; an empty marker there keeps it from logging an error.
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
