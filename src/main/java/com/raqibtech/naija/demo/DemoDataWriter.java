package com.raqibtech.naija.demo;

import com.raqibtech.naija.demo.DemoData.CustomerRow;
import com.raqibtech.naija.demo.DemoData.ItemRow;
import com.raqibtech.naija.demo.DemoData.OrderRow;
import com.raqibtech.naija.demo.DemoData.ProductRow;
import com.raqibtech.naija.demo.DemoData.StatusRow;
import com.raqibtech.naija.demo.DemoData.WalletEntryRow;
import com.raqibtech.naija.demo.DemoData.WalletRow;
import com.raqibtech.naija.shared.time.Lagos;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a demo data set with JDBC batches in one transaction (thousands of rows in a second or two), then moves
 * every id sequence past the ids it used. The {@code demo_data} flag is inserted first, so when two server nodes
 * start together on an empty database only one of them loads.
 */
public final class DemoDataWriter {

    public static final String FLAG = "demo_data";
    private static final int ALLOCATION_SIZE = 50;

    private DemoDataWriter() {
    }

    public static boolean alreadyLoaded(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM system_flags WHERE name = ?")) {
            query.setString(1, FLAG);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The reference data as the database has it (fees and tiers have one source: the migrations). */
    public static DemoReference readReference(Connection connection) throws SQLException {
        List<DemoReference.StateInfo> states = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT s.code, s.name, s.capital, z.fee, z.delivery_days"
                     + " FROM states s JOIN delivery_zones z ON z.code = s.delivery_zone_code ORDER BY s.code")) {
            while (rows.next()) {
                states.add(new DemoReference.StateInfo(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getBigDecimal(4), rows.getInt(5)));
            }
        }
        List<DemoReference.TierInfo> tiers = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(
                     "SELECT code, min_spend, discount_rate FROM customer_tiers ORDER BY rank")) {
            while (rows.next()) {
                tiers.add(new DemoReference.TierInfo(rows.getString(1), rows.getBigDecimal(2), rows.getBigDecimal(3)));
            }
        }
        return new DemoReference(states, tiers, DemoCatalogue.mobilePrefixes());
    }

    public static void write(Connection connection, DemoData data, String description, Instant now)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement flag = connection.prepareStatement(
                    "INSERT INTO system_flags (name, flag_value, updated_at) VALUES (?, ?, ?)")) {
                flag.setString(1, FLAG);
                flag.setString(2, description);
                flag.setObject(3, time(now));
                flag.executeUpdate();
            }
            writeProducts(connection, data.products(), now);
            writeCustomers(connection, data.customers());
            writeOrders(connection, data.orders());
            writeWallets(connection, data.wallets());
            restart(connection, "product_seq", data.products().size());
            restart(connection, "customer_seq", data.customers().size());
            restart(connection, "order_seq", data.orders().size());
            restart(connection, "order_item_seq", data.itemCount());
            restart(connection, "order_status_change_seq",
                    data.orders().stream().mapToInt(order -> order.history().size()).sum());
            restart(connection, "payment_seq", data.orders().size());
            restart(connection, "wallet_entry_seq",
                    data.wallets().stream().mapToInt(wallet -> wallet.entries().size()).sum());
            connection.commit();
        } catch (SQLException | RuntimeException failure) {
            connection.rollback();
            throw failure;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void writeProducts(Connection connection, List<ProductRow> products, Instant now)
            throws SQLException {
        try (PreparedStatement product = connection.prepareStatement("INSERT INTO products (id, sku, name, brand,"
                + " category_slug, price, stock, popularity, description, active, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)");
             PreparedStatement attribute = connection.prepareStatement(
                     "INSERT INTO product_attributes (product_id, name, attr_value) VALUES (?, ?, ?)")) {
            for (ProductRow row : products) {
                product.setLong(1, row.id());
                product.setString(2, row.sku());
                product.setString(3, row.name());
                product.setString(4, row.brand());
                product.setString(5, row.category());
                product.setBigDecimal(6, row.price());
                product.setInt(7, row.stock());
                product.setInt(8, row.popularity());
                product.setString(9, row.description());
                product.setObject(10, time(now));
                product.setObject(11, time(now));
                product.addBatch();
                for (Map.Entry<String, String> entry : row.attributes().entrySet()) {
                    attribute.setLong(1, row.id());
                    attribute.setString(2, entry.getKey());
                    attribute.setString(3, entry.getValue());
                    attribute.addBatch();
                }
            }
            product.executeBatch();
            attribute.executeBatch();
        }
    }

    private static void writeCustomers(Connection connection, List<CustomerRow> customers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customers (id, full_name, email,"
                + " phone, state_code, city, address, tier_code, total_spent, status, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")) {
            for (CustomerRow row : customers) {
                insert.setLong(1, row.id());
                insert.setString(2, row.fullName());
                insert.setString(3, row.email());
                insert.setString(4, row.phone());
                insert.setString(5, row.stateCode());
                insert.setString(6, row.city());
                insert.setString(7, row.address());
                insert.setString(8, row.tierCode());
                insert.setBigDecimal(9, row.totalSpent());
                insert.setObject(10, time(row.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void writeOrders(Connection connection, List<OrderRow> orders) throws SQLException {
        // The discount rate is the order's tier's, as checkout records it.
        try (PreparedStatement order = connection.prepareStatement("INSERT INTO orders (id, reference, customer_id,"
                + " status, payment_method_code, payment_status, tier_code, subtotal, discount, delivery_fee, total,"
                + " delivery_state_code, delivery_city, delivery_address, expected_delivery_date, placed_at,"
                + " updated_at, discount_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " (SELECT t.discount_rate FROM customer_tiers t WHERE t.code = ?))");
             PreparedStatement item = connection.prepareStatement("INSERT INTO order_items (id, order_id,"
                     + " product_id, sku, product_name, unit_price, quantity, line_total)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement step = connection.prepareStatement("INSERT INTO order_status_history (id, order_id,"
                     + " from_status, to_status, changed_at, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement payment = connection.prepareStatement("INSERT INTO payments (id, order_id,"
                     + " method_code, amount, status, transfer_reference, created_at, confirmed_at, confirmed_by)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (OrderRow row : orders) {
                order.setLong(1, row.id());
                order.setString(2, row.reference());
                order.setLong(3, row.customerId());
                order.setString(4, row.status());
                order.setString(5, row.paymentMethod());
                order.setString(6, row.paymentStatus());
                order.setString(7, row.tierCode());
                order.setBigDecimal(8, row.subtotal());
                order.setBigDecimal(9, row.discount());
                order.setBigDecimal(10, row.deliveryFee());
                order.setBigDecimal(11, row.total());
                order.setString(12, row.stateCode());
                order.setString(13, row.city());
                order.setString(14, row.address());
                order.setObject(15, row.expectedDeliveryDate());
                order.setObject(16, time(row.placedAt()));
                order.setObject(17, time(row.updatedAt()));
                order.setString(18, row.tierCode());
                order.addBatch();
                for (ItemRow line : row.items()) {
                    item.setLong(1, line.id());
                    item.setLong(2, row.id());
                    item.setLong(3, line.productId());
                    item.setString(4, line.sku());
                    item.setString(5, line.productName());
                    item.setBigDecimal(6, line.unitPrice());
                    item.setInt(7, line.quantity());
                    item.setBigDecimal(8, line.lineTotal());
                    item.addBatch();
                }
                for (StatusRow change : row.history()) {
                    step.setLong(1, change.id());
                    step.setLong(2, row.id());
                    step.setString(3, change.fromStatus());
                    step.setString(4, change.toStatus());
                    step.setObject(5, time(change.changedAt()));
                    step.setString(6, change.actor());
                    step.setString(7, change.note());
                    step.addBatch();
                }
                DemoData.PaymentRow paid = row.payment();
                payment.setLong(1, paid.id());
                payment.setLong(2, row.id());
                payment.setString(3, paid.method());
                payment.setBigDecimal(4, paid.amount());
                payment.setString(5, paid.status());
                payment.setString(6, paid.transferReference());
                payment.setObject(7, time(paid.createdAt()));
                if (paid.confirmedAt() == null) {
                    payment.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    payment.setObject(8, time(paid.confirmedAt()));
                }
                payment.setString(9, paid.confirmedBy());
                payment.addBatch();
                if (++pending % 500 == 0) {
                    // Parents before children, a slice at a time, to keep the batches small.
                    order.executeBatch();
                    item.executeBatch();
                    step.executeBatch();
                    payment.executeBatch();
                }
            }
            order.executeBatch();
            item.executeBatch();
            step.executeBatch();
            payment.executeBatch();
        }
    }

    private static void writeWallets(Connection connection, List<WalletRow> wallets) throws SQLException {
        try (PreparedStatement wallet = connection.prepareStatement(
                "INSERT INTO wallets (customer_id, balance, updated_at) VALUES (?, ?, ?)");
             PreparedStatement entry = connection.prepareStatement("INSERT INTO wallet_entries (id, customer_id,"
                     + " entry_type, amount, balance_after, order_id, actor, note, created_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (WalletRow row : wallets) {
                wallet.setLong(1, row.customerId());
                wallet.setBigDecimal(2, row.balance());
                wallet.setObject(3, time(row.updatedAt()));
                wallet.addBatch();
                for (WalletEntryRow line : row.entries()) {
                    entry.setLong(1, line.id());
                    entry.setLong(2, row.customerId());
                    entry.setString(3, line.type());
                    entry.setBigDecimal(4, line.amount());
                    entry.setBigDecimal(5, line.balanceAfter());
                    if (line.orderId() == null) {
                        entry.setNull(6, Types.BIGINT);
                    } else {
                        entry.setLong(6, line.orderId());
                    }
                    entry.setString(7, line.actor());
                    entry.setString(8, line.note());
                    entry.setObject(9, time(line.createdAt()));
                    entry.addBatch();
                }
            }
            wallet.executeBatch();
            entry.executeBatch();
        }
    }

    /** JPA takes a block of 50 ids per sequence call (V-49..V), so the next value must leave room above maxId. */
    private static void restart(Connection connection, String sequence, long maxId) throws SQLException {
        long next = ((maxId + ALLOCATION_SIZE) / ALLOCATION_SIZE + 1) * ALLOCATION_SIZE;
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + next);
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atZone(Lagos.ZONE).toOffsetDateTime();
    }
}
