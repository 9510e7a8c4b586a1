package com.raqibtech.naija.platform;

import com.raqibtech.naija.demo.DemoDataLoader;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database up to date before the application serves anything: migrations, then demo data when wanted.
 * Liberty reports the application started only after this returns, so no request sees an old schema; a failure
 * here stops the application from starting, loudly, rather than serving on a broken schema.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "jdbc/naija")
    DataSource dataSource;

    @Inject
    DemoDataLoader demoData;

    private volatile String schemaVersion;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) throws SQLException {
        MigrateResult result = SchemaMigrator.migrate(dataSource);
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        demoData.loadIfWanted(dataSource);
    }

    /** The schema version once migrations have run; null before. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
