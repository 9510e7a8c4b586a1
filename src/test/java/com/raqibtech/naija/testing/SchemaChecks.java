package com.raqibtech.naija.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Assertions on a migrated database, shared by the H2 unit test and the PostgreSQL integration test. */
public final class SchemaChecks {

    private SchemaChecks() {
    }

    /**
     * The pay-on-delivery limit as shipped ({@code checkout.pay-on-delivery.limit} in microprofile-config.properties,
     * its one home), for tests that build demo data without a server.
     */
    public static BigDecimal payOnDeliveryLimit() {
        Properties config = new Properties();
        try (InputStream in = SchemaChecks.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BigDecimal(config.getProperty("checkout.pay-on-delivery.limit").trim());
    }

    /** A private in-memory H2 that behaves like the embedded profile's file database. */
    public static DataSource h2InMemory(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /**
     * The state aliases the migrations ship, as language understanding uses them (alias → taxonomy name, codes
     * left out), read from a freshly migrated in-memory database.
     */
    public static Map<String, String> nluStateAliases(String databaseName) throws SQLException {
        DataSource h2 = h2InMemory(databaseName);
        com.raqibtech.naija.platform.SchemaMigrator.migrate(h2);
        Map<String, String> byAlias = new java.util.HashMap<>();
        try (Connection db = h2.getConnection(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT a.alias, s.code, s.name FROM state_aliases a"
                     + " JOIN states s ON s.code = a.state_code WHERE a.kind <> 'CODE'")) {
            while (rows.next()) {
                byAlias.put(rows.getString(1), com.raqibtech.naija.nlu.application.EntityExtractors.taxonomyName(
                        rows.getString(2), rows.getString(3)));
            }
        }
        return byAlias;
    }

    public static void verifyReferenceData(Connection db) throws SQLException {
        assertEquals(37, count(db, "SELECT COUNT(*) FROM states"), "36 states and the FCT");
        assertEquals(6, count(db, "SELECT COUNT(DISTINCT geopolitical_zone) FROM states"));
        Map<String, String> zoneFees = rows(db, "SELECT s.name, z.fee || '/' || z.delivery_days FROM states s"
                + " JOIN delivery_zones z ON z.code = s.delivery_zone_code");
        assertEquals("2500.00/1", zoneFees.get("Lagos"));
        assertEquals("3100.00/2", zoneFees.get("Federal Capital Territory"));
        for (String majorCity : new String[]{"Rivers", "Oyo", "Kano", "Kaduna", "Enugu", "Ogun", "Edo", "Delta",
            "Anambra"}) {
            assertEquals("3700.00/3", zoneFees.get(majorCity), majorCity);
        }
        assertEquals("4800.00/5", zoneFees.get("Sokoto"));
        assertEquals("4800.00/5", zoneFees.get("Bayelsa"));
        assertEquals(26, zoneFees.values().stream().filter("4800.00/5"::equals).count());

        Map<String, String> aliases = rows(db, "SELECT alias, state_code FROM state_aliases");
        assertEquals("FC", aliases.get("abuja"));
        assertEquals("LA", aliases.get("lag"));
        assertEquals("LA", aliases.get("lasgidi"));
        assertEquals("RI", aliases.get("ph"));
        assertEquals("FC", aliases.get("kubwa"));
        assertEquals("LA", aliases.get("ikeja"));
        assertEquals("AK", aliases.get("akwa ibom"));

        Map<String, String> tiers = rows(db, "SELECT code, min_spend || '/' || discount_rate FROM customer_tiers");
        assertEquals(Map.of("BRONZE", "0.00/0.0000", "SILVER", "200000.00/0.0200", "GOLD", "1000000.00/0.0500",
                "PLATINUM", "5000000.00/0.0800"), tiers);
        assertEquals(Map.of("pay_on_delivery", "no", "bank_transfer", "yes", "card", "yes", "raqibtechpay", "yes"),
                rows(db, "SELECT code, CASE WHEN prepaid THEN 'yes' ELSE 'no' END FROM payment_methods"));
        assertTrue(count(db, "SELECT COUNT(*) FROM categories") >= 8);
    }

    /** Invariants of the demo data: sizes, spread, and money that adds up to the kobo. */
    public static void verifyDemoData(Connection db) throws SQLException {
        assertTrue(count(db, "SELECT COUNT(*) FROM products") >= 150);
        assertTrue(count(db, "SELECT COUNT(DISTINCT category_slug) FROM products") >= 8);
        assertTrue(count(db, "SELECT COUNT(*) FROM customers") >= 200);
        assertEquals(37, count(db, "SELECT COUNT(DISTINCT state_code) FROM customers"), "customers in every state");
        for (String tier : new String[]{"BRONZE", "SILVER", "GOLD", "PLATINUM"}) {
            assertTrue(count(db, "SELECT COUNT(*) FROM customers WHERE tier_code = '" + tier + "'") >= 5, tier);
        }
        assertEquals(0, count(db, "SELECT COUNT(*) FROM customers WHERE phone NOT LIKE '+234%'"
                + " OR LENGTH(phone) <> 14"));
        assertTrue(count(db, "SELECT COUNT(*) FROM orders") >= 2000);
        assertTrue(count(db, "SELECT COUNT(DISTINCT CAST(EXTRACT(MONTH FROM placed_at) AS INTEGER)) FROM orders")
                >= 12, "orders in every month of the year");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM orders WHERE total <> subtotal - discount + delivery_fee"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM orders o WHERE subtotal <>"
                + " (SELECT SUM(line_total) FROM order_items i WHERE i.order_id = o.id)"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM order_items WHERE line_total <> unit_price * quantity"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM orders WHERE reference NOT LIKE 'RQB%'"
                + " OR LENGTH(reference) <> 19"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM orders o WHERE status <> (SELECT h.to_status"
                + " FROM order_status_history h WHERE h.order_id = o.id ORDER BY h.changed_at DESC, h.id DESC"
                + " FETCH FIRST 1 ROWS ONLY)"), "each order's status is the last step of its timeline");
        assertTrue(count(db, "SELECT COUNT(*) FROM orders WHERE status = 'CANCELLED'") > 0);
        assertTrue(count(db, "SELECT COUNT(*) FROM orders WHERE status IN ('PENDING', 'CONFIRMED', 'PROCESSING',"
                + " 'SHIPPED', 'OUT_FOR_DELIVERY')") > 0, "some orders are still on their way");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM customers c WHERE c.total_spent <> COALESCE((SELECT"
                + " SUM(o.total) FROM orders o WHERE o.customer_id = c.id AND o.status IN ('DELIVERED',"
                + " 'RETURN_REQUESTED', 'EXCHANGE_REQUESTED', 'EXCHANGED')), 0)"),
                "total spent is the sum of delivered orders (exchanged ones included)");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM wallets w WHERE w.balance <> (SELECT SUM(e.amount)"
                + " FROM wallet_entries e WHERE e.customer_id = w.customer_id)"), "wallet balance is its ledger");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM wallet_entries WHERE balance_after < 0"));
    }

    /** The next id JPA will be handed must be above every id the demo data used. */
    public static void verifySequencesAbove(Connection db, String sequence, String table) throws SQLException {
        long maxId = count(db, "SELECT COALESCE(MAX(id), 0) FROM " + table);
        long next = count(db, "SELECT nextval('" + sequence + "')");
        assertTrue(next - 49 > maxId, sequence + " hands out " + (next - 49) + ".." + next + " above " + maxId);
    }

    public static BigDecimal sum(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getBigDecimal(1);
        }
    }

    public static long count(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, String> rows(Connection db, String sql) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getString(2));
            }
        }
        return result;
    }
}
