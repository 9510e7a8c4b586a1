package com.raqibtech.naija.platform.health;

import com.raqibtech.naija.platform.ApplicationStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/naija")
    DataSource dataSource;

    @Inject
    ApplicationStartup startup;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        String schemaVersion = startup.schemaVersion();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", schemaVersion == null ? "not migrated" : schemaVersion)
                    .status(valid && schemaVersion != null);
        } catch (SQLException unreachable) {
            response.withData("error", unreachable.getClass().getSimpleName()).down();
        }
        return response.build();
    }
}
