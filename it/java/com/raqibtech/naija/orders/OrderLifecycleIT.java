package com.raqibtech.naija.orders;

import static com.raqibtech.naija.testing.Shop.addToCart;
import static com.raqibtech.naija.testing.Shop.checkout;
import static com.raqibtech.naija.testing.Shop.customerIdOf;
import static com.raqibtech.naija.testing.Shop.decimal;
import static com.raqibtech.naija.testing.Shop.freshCustomer;
import static com.raqibtech.naija.testing.Shop.product;
import static com.raqibtech.naija.testing.Shop.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** After checkout: staff move orders to delivery (spend and tier follow), customers cancel and return. */
class OrderLifecycleIT {

    private static JsonObject move(String reference, String status) {
        HttpResponse<String> moved = SignIn.send("POST", "/api/v1/orders/" + reference + "/status",
                SignIn.tokenOf(SignIn.AGENT), "{\"status\":\"" + status + "\"}");
        assertEquals(200, moved.statusCode(), status + ": " + moved.body());
        return Http.json(moved);
    }

    private static String placeWithWallet(String token, String sku, String topUp) {
        long customerId = customerIdOf(token);
        assertEquals(200, SignIn.send("POST", "/api/v1/customers/" + customerId + "/wallet/top-ups",
                SignIn.tokenOf(SignIn.AGENT), "{\"amount\": " + topUp + "}").statusCode());
        addToCart(token, sku, 1);
        HttpResponse<String> placed = checkout(token, null, "Lagos", "raqibtechpay");
        assertEquals(201, placed.statusCode(), placed.body());
        return Http.json(placed).getJsonObject("order").getString("reference");
    }

    @Test
    void deliveryAddsToTotalSpendAndRaisesTheTier() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String reference = placeWithWallet(token, product(3, "210000.00"), "250000");
        assertEquals("BRONZE", Http.json(SignIn.get("/api/v1/customers/me", token)).getJsonObject("tier")
                .getString("code"));
        move(reference, "processing");
        move(reference, "shipped");
        HttpResponse<String> wrong = SignIn.send("POST", "/api/v1/orders/" + reference + "/status",
                SignIn.tokenOf(SignIn.AGENT), "{\"status\":\"processing\"}");
        assertEquals(409, wrong.statusCode(), "orders only move forward");
        move(reference, "out_for_delivery");
        JsonObject delivered = move(reference, "delivered");
        assertEquals("DELIVERED", delivered.getString("status"));
        JsonArray timeline = delivered.getJsonArray("timeline");
        assertEquals(6, timeline.size(), timeline.toString());
        assertEquals("PENDING", timeline.getJsonObject(0).getString("status"));
        assertEquals("DELIVERED", timeline.getJsonObject(5).getString("status"));
        assertTrue(timeline.getJsonObject(5).getString("at").endsWith("+01:00"), "times in WAT");

        JsonObject profile = Http.json(SignIn.get("/api/v1/customers/me", token));
        assertEquals("212500.00", profile.getJsonObject("totalSpent").getString("amount"));
        assertEquals("SILVER", profile.getJsonObject("tier").getString("code"), "crossed ₦200,000");
        assertEquals(0, new BigDecimal("212500.00").compareTo(decimal(
                "SELECT total_spent FROM customers WHERE id = ?", customerId)));
        HttpResponse<String> late = SignIn.send("POST", "/api/v1/orders/" + reference + "/cancel", token, "{}");
        assertEquals(409, late.statusCode());
        assertTrue(Http.json(late).getString("detail").contains("return"), late.body());

        // Returning the order takes the spend, and the tier it bought, back.
        assertEquals(200, SignIn.send("POST", "/api/v1/orders/" + reference + "/return", token, "{}").statusCode());
        move(reference, "returned");
        JsonObject after = Http.json(SignIn.get("/api/v1/customers/me", token));
        assertEquals("0.00", after.getJsonObject("totalSpent").getString("amount"));
        assertEquals("BRONZE", after.getJsonObject("tier").getString("code"));
    }

    @Test
    void cancellingBeforeShippingRefundsTheWalletAndRestocks() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String sku = product(2, "40000.00");
        String reference = placeWithWallet(token, sku, "50000");
        assertEquals(1, query("SELECT stock FROM products WHERE sku = ?", sku));
        assertEquals(0, new BigDecimal("7500.00").compareTo(decimal(
                "SELECT balance FROM wallets WHERE customer_id = ?", customerId)));

        assertEquals(404, SignIn.send("POST", "/api/v1/orders/" + reference + "/cancel",
                SignIn.tokenOf(SignIn.SECOND_CUSTOMER), "{}").statusCode(), "not someone else's order");
        JsonObject cancelled = Http.json(SignIn.send("POST", "/api/v1/orders/" + reference + "/cancel", token,
                "{\"reason\":\"Changed my mind\"}"));
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("REFUNDED", cancelled.getString("paymentStatus"));
        assertEquals(0, new BigDecimal("50000.00").compareTo(decimal(
                "SELECT balance FROM wallets WHERE customer_id = ?", customerId)), "the whole total comes back");
        assertEquals(2, query("SELECT stock FROM products WHERE sku = ?", sku));
        assertEquals(409, SignIn.send("POST", "/api/v1/orders/" + reference + "/cancel", token, "{}").statusCode());
    }

    @Test
    void aDeliveredOrderCanBeReturnedAndIsRefunded() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String sku = product(3, "15000.00");
        addToCart(token, sku, 1);
        HttpResponse<String> placed = checkout(token, null, "Ogun", "pay_on_delivery");
        String reference = Http.json(placed).getJsonObject("order").getString("reference");
        assertEquals(409, SignIn.send("POST", "/api/v1/orders/" + reference + "/return", token, "{}").statusCode(),
                "not delivered yet");
        for (String step : new String[]{"processing", "shipped", "out_for_delivery", "delivered"}) {
            move(reference, step);
        }
        JsonObject requested = Http.json(SignIn.send("POST", "/api/v1/orders/" + reference + "/return", token,
                "{\"reason\":\"Wrong size\"}"));
        assertEquals("RETURN_REQUESTED", requested.getString("status"));
        JsonObject returned = move(reference, "returned");
        assertEquals("REFUNDED", returned.getString("paymentStatus"));
        assertEquals(0, new BigDecimal("18700.00").compareTo(decimal(
                "SELECT balance FROM wallets WHERE customer_id = ?", customerId)), "paid to the rider, refunded");
        assertEquals(3, query("SELECT stock FROM products WHERE sku = ?", sku));
    }

    @Test
    void unpaidBankTransfersAreCancelledAndTheirStockReleased() throws Exception {
        // The test server lets unpaid orders wait 6 seconds (CHECKOUT_UNPAID_EXPIRY); production waits 48 hours.
        String token = freshCustomer();
        String sku = product(1, "9999.00");
        addToCart(token, sku, 1);
        HttpResponse<String> placed = checkout(token, null, "Lagos", "bank_transfer");
        String reference = Http.json(placed).getJsonObject("order").getString("reference");
        assertEquals(0, query("SELECT stock FROM products WHERE sku = ?", sku));
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        String status = "PENDING";
        while (!status.equals("CANCELLED") && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = Http.json(SignIn.get("/api/v1/orders/" + reference, token)).getString("status");
        }
        assertEquals("CANCELLED", status);
        assertEquals(1, query("SELECT stock FROM products WHERE sku = ?", sku), "the unit is for sale again");
        JsonArray timeline = Http.json(SignIn.get("/api/v1/orders/" + reference, token)).getJsonArray("timeline");
        assertTrue(timeline.getJsonObject(timeline.size() - 1).getString("note").startsWith("Not paid within"));
    }
}
