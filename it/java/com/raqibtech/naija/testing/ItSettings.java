package com.raqibtech.naija.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the integration-test server and its real services are (set by failsafe from the it.* properties). */
public final class ItSettings {

    private ItSettings() {
    }

    public static String baseUrl() {
        return System.getProperty("it.base.url", "http://localhost:9380");
    }

    /** The second server node: the same application on the same PostgreSQL and Redis. */
    public static String secondNodeUrl() {
        return System.getProperty("it.second.node.url", "http://localhost:9381");
    }

    public static String redisUrl() {
        return System.getProperty("it.redis.url", "redis://127.0.0.1:6379/0");
    }

    /** The prefix of the test server's Redis keys for this run. */
    public static String redisPrefix() {
        return System.getProperty("it.redis.prefix", "naija-it:");
    }

    /** The database the test server runs on. */
    public static Connection serverDatabase() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url",
                "jdbc:postgresql://127.0.0.1:5432/naija_it"), user(), password());
    }

    /** The maintenance database, for creating and dropping throwaway databases. */
    public static Connection adminDatabase() throws SQLException {
        return DriverManager.getConnection(adminUrl(), user(), password());
    }

    public static String adminUrl() {
        return System.getProperty("it.db.admin.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    public static String user() {
        return System.getProperty("it.db.user", "postgres");
    }

    public static String password() {
        return System.getProperty("it.db.password", "");
    }
}
