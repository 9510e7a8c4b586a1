package com.raqibtech.naija.platform;

import com.raqibtech.naija.catalog.application.CatalogSearch;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.orders.application.OrderQueries;
import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

@ApplicationScoped
public class SystemStatusService {

    @Resource(lookup = "jdbc/naija")
    DataSource dataSource;

    @Inject
    ApplicationStartup startup;

    @Inject
    KeyValueStore store;

    @Inject
    CatalogSearch products;

    @Inject
    CustomerProfiles customers;

    @Inject
    OrderQueries orders;

    public SystemStatus current() {
        return new SystemStatus(databaseName(), store.kind(), startup.schemaVersion(), products.count(),
                customers.count(), orders.count());
    }

    private String databaseName() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException unreachable) {
            return "unreachable";
        }
    }
}
