package com.raqibtech.naija.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Shopping over the real API for the tests: own products, new customers, carts, checkouts, database reads. */
public final class Shop {

    private Shop() {
    }

    public static String product(int stock, String price) throws Exception {
        return product(stock, price, "Thermocool");
    }

    /** A product of a given brand, in the appliances like every test product (same brand: variants of a line). */
    public static String product(int stock, String price, String brand) throws Exception {
        String sku = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Connection db = ItSettings.serverDatabase(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO products (id, sku, name, brand, category_slug, price, stock, popularity,"
                    + " description, active, created_at, updated_at) VALUES (nextval('product_seq'), '" + sku
                    + "', 'Checkout Test Item " + sku + "', '" + brand + "', 'appliances', " + price + ", " + stock
                    + ", 1, 'For checkout tests.', TRUE, now(), now())");
        }
        return sku;
    }

    public static long query(String sql, Object... params) throws Exception {
        try (Connection db = ItSettings.serverDatabase(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public static String stringOf(String sql, Object... params) throws Exception {
        try (Connection db = ItSettings.serverDatabase(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    public static BigDecimal decimal(String sql, Object... params) throws Exception {
        try (Connection db = ItSettings.serverDatabase(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    public static String freshCustomer() {
        String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@naija.test";
        HttpResponse<String> registered;
        int tries = 0;
        do { // a random number may already be taken by an earlier test customer: draw another
            String phone = "0805" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            registered = SignIn.send("POST", "/api/v1/accounts", null, Json.createObjectBuilder()
                    .add("fullName", "Bola Buyer").add("email", email).add("phone", phone)
                    .add("password", "Buyer#2026pass").build().toString());
        } while (registered.statusCode() == 409 && registered.body().contains("phone-taken") && ++tries < 5);
        assertEquals(201, registered.statusCode(), registered.body());
        return SignIn.freshToken(email, "Buyer#2026pass");
    }

    public static void addToCart(String token, String sku, int quantity) {
        HttpResponse<String> added = SignIn.send("POST", "/api/v1/cart/items", token,
                "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}");
        assertEquals(200, added.statusCode(), added.body());
    }

    public static HttpResponse<String> checkout(String token, String key, String state, String method) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri("/api/v1/checkout"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("state", state)
                        .add("city", "Ikeja").add("address", "12 Allen Avenue").add("paymentMethod", method)
                        .build().toString()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return Http.send(request);
    }

    public static long customerIdOf(String token) {
        return Http.json(SignIn.get("/api/v1/auth/me", token)).getJsonNumber("customerId").longValue();
    }
}
