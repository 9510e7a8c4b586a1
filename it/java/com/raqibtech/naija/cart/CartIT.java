package com.raqibtech.naija.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/** One cart per customer across sign-ins and nodes (PostgreSQL rows, Redis copy), guest carts merge at sign-in. */
class CartIT {

    private static String scarceSku;
    private static BigDecimal scarcePrice;

    /** A product of its own with 3 in stock, so stock limits are tested without touching the demo catalogue. */
    @BeforeAll
    static void scarceProduct() throws Exception {
        scarceSku = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        scarcePrice = new BigDecimal("12345.67");
        try (Connection db = ItSettings.serverDatabase(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO products (id, sku, name, brand, category_slug, price, stock, popularity,"
                    + " description, active, created_at, updated_at) VALUES (nextval('product_seq'), '" + scarceSku
                    + "', 'Test Kettle " + scarceSku + "', 'Binatone', 'home-kitchen', " + scarcePrice
                    + ", 3, 1, 'A kettle for tests.', TRUE, now(), now())");
        }
    }

    private static JsonObject send(String method, String path, String token, String body, int expected) {
        HttpResponse<String> response = SignIn.send(method, path, token, body);
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return Http.json(response);
    }

    private static String add(String sku, int quantity) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}";
    }

    @Test
    void addsChangesRemovesWithExactTotalsAndStockChecks() {
        String token = SignIn.tokenOf(SignIn.SECOND_CUSTOMER);
        send("DELETE", "/api/v1/cart", token, null, 200);
        JsonObject cart = send("POST", "/api/v1/cart/items", token, add(scarceSku, 2), 200);
        assertEquals(2, cart.getInt("itemCount"));
        assertEquals(scarcePrice.multiply(BigDecimal.valueOf(2)).toPlainString(),
                cart.getJsonObject("subtotal").getString("amount"));
        assertEquals("₦24,691.34", cart.getJsonObject("subtotal").getString("formatted"));

        HttpResponse<String> tooMany = SignIn.send("POST", "/api/v1/cart/items", token, add(scarceSku, 2));
        assertEquals(409, tooMany.statusCode());
        assertTrue(Http.json(tooMany).getString("detail").contains("Only 3"), tooMany.body());
        assertEquals(2, send("GET", "/api/v1/cart", token, null, 200).getInt("itemCount"), "nothing changed");

        assertEquals(3, send("POST", "/api/v1/cart/items", token, add(scarceSku, 1), 200).getInt("itemCount"));
        assertEquals(1, send("PUT", "/api/v1/cart/items/" + scarceSku, token, "{\"quantity\":1}", 200)
                .getInt("itemCount"));
        send("POST", "/api/v1/cart/items", token, add("PHN-SAM-A15-128", 1), 200);
        JsonObject afterRemove = send("DELETE", "/api/v1/cart/items/" + scarceSku, token, null, 200);
        assertEquals(1, afterRemove.getJsonArray("lines").size());
        assertEquals("PHN-SAM-A15-128", afterRemove.getJsonArray("lines").getJsonObject(0).getString("sku"));
    }

    @Test
    void badInputIsA4xxAndChangesNothing() {
        String token = SignIn.tokenOf(SignIn.SECOND_CUSTOMER);
        send("DELETE", "/api/v1/cart", token, null, 200);
        send("POST", "/api/v1/cart/items", token, add("PHN-SAM-A15-128", 1), 200);
        assertEquals(400, SignIn.send("POST", "/api/v1/cart/items", token, add("PHN-SAM-A15-128", -1)).statusCode());
        assertEquals(400, SignIn.send("POST", "/api/v1/cart/items", token, add("PHN-SAM-A15-128", 0)).statusCode());
        assertEquals(400, SignIn.send("POST", "/api/v1/cart/items", token, "{\"sku\":\"\"}").statusCode());
        assertEquals(404, SignIn.send("POST", "/api/v1/cart/items", token, add("NO-SUCH-SKU", 1)).statusCode());
        assertEquals(400, SignIn.send("POST", "/api/v1/cart/items", token, "not json").statusCode());
        assertEquals(1, send("GET", "/api/v1/cart", token, null, 200).getInt("itemCount"));
    }

    @Test
    void theSameCartOnEverySignInKeptInPostgresAndShownFromRedis() throws Exception {
        String first = SignIn.freshToken(SignIn.CUSTOMER, SignIn.passwordOf(SignIn.CUSTOMER));
        String second = SignIn.freshToken(SignIn.CUSTOMER, SignIn.passwordOf(SignIn.CUSTOMER));
        send("DELETE", "/api/v1/cart", first, null, 200);
        send("POST", "/api/v1/cart/items", first, add("PHN-SAM-A15-128", 2), 200);
        JsonObject seen = send("GET", "/api/v1/cart", second, null, 200);
        assertEquals(2, seen.getInt("itemCount"), "another session (another channel) sees the same cart");

        long customerId = Http.json(SignIn.get("/api/v1/auth/me", first)).getJsonNumber("customerId").longValue();
        try (Connection db = ItSettings.serverDatabase();
             PreparedStatement query = db.prepareStatement("SELECT i.quantity FROM carts c JOIN cart_items i"
                     + " ON i.cart_id = c.id JOIN products p ON p.id = i.product_id WHERE c.customer_id = ?"
                     + " AND p.sku = 'PHN-SAM-A15-128'")) {
            query.setLong(1, customerId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(2, row.getInt(1));
            }
        }
        try (JedisPooled redis = new JedisPooled(URI.create(ItSettings.redisUrl()))) {
            String cached = redis.get(ItSettings.redisPrefix() + "cart:customer:" + customerId);
            assertTrue(cached != null && cached.contains("PHN-SAM-A15-128"), "the shared copy is in Redis");
        }
    }

    @Test
    void aGuestsCartComesAlongWhenTheGuestSignsIn() {
        String guest = Http.json(SignIn.send("POST", "/api/v1/chat/sessions", null, null)).getString("guestToken");
        String otherGuest = Http.json(SignIn.send("POST", "/api/v1/chat/sessions", null, null))
                .getString("guestToken");
        send("POST", "/api/v1/cart/items", guest, add("GRC-IND-CHK-40", 2), 200);
        assertEquals(0, send("GET", "/api/v1/cart", otherGuest, null, 200).getInt("itemCount"),
                "each guest has their own cart");

        String customer = SignIn.tokenOf(SignIn.SECOND_CUSTOMER);
        send("DELETE", "/api/v1/cart", customer, null, 200);
        send("POST", "/api/v1/cart/items", customer, add("GRC-IND-CHK-40", 1), 200);
        JsonObject merged = send("POST", "/api/v1/cart/merge", customer, "{\"guestToken\":\"" + guest + "\"}", 200);
        assertEquals(3, merged.getInt("itemCount"), "quantities add up");
        assertEquals(401, SignIn.get("/api/v1/cart", guest).statusCode(), "the guest token is spent");
        assertEquals(404, SignIn.send("POST", "/api/v1/cart/merge", customer, "{\"guestToken\":\"" + guest + "\"}")
                .statusCode(), "and cannot be merged twice");
    }
}
