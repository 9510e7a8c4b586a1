package com.raqibtech.naija.orders;

import static com.raqibtech.naija.testing.Shop.addToCart;
import static com.raqibtech.naija.testing.Shop.checkout;
import static com.raqibtech.naija.testing.Shop.customerIdOf;
import static com.raqibtech.naija.testing.Shop.decimal;
import static com.raqibtech.naija.testing.Shop.freshCustomer;
import static com.raqibtech.naija.testing.Shop.product;
import static com.raqibtech.naija.testing.Shop.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Checkout on PostgreSQL + Redis: every payment method, exact money, idempotency, no overselling, clean refusals. */
class CheckoutIT {

    @Test
    void walletCheckoutIsExactDebitsOnceAndReplaysTheSameOrder() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String sku = product(10, "215000.00");
        JsonObject topUp = Http.json(SignIn.send("POST", "/api/v1/customers/" + customerId + "/wallet/top-ups",
                SignIn.tokenOf(SignIn.AGENT), "{\"amount\": 300000, \"note\": \"Bank deposit\"}"));
        assertEquals("300000.00", topUp.getJsonObject("balance").getString("amount"));
        addToCart(token, sku, 1);

        JsonObject quote = Http.json(SignIn.get("/api/v1/checkout/quote?state=Lag", token));
        assertEquals("215000.00", quote.getJsonObject("subtotal").getString("amount"));
        assertEquals("2500.00", quote.getJsonObject("deliveryFee").getString("amount"));
        assertEquals("0.00", quote.getJsonObject("discount").getString("amount"), "a new customer is Bronze");
        assertEquals("217500.00", quote.getJsonObject("total").getString("amount"));
        LocalDate expected = LocalDate.parse(quote.getString("expectedDelivery"));
        assertTrue(expected.getDayOfWeek() != DayOfWeek.SATURDAY && expected.getDayOfWeek() != DayOfWeek.SUNDAY);

        String key = "it-" + UUID.randomUUID();
        HttpResponse<String> placed = checkout(token, key, "Lagos", "raqibtechpay");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed).getJsonObject("order");
        String reference = order.getString("reference");
        assertTrue(reference.matches("RQB\\d{16}"), reference);
        assertEquals("CONFIRMED", order.getString("status"));
        assertEquals("PAID", order.getString("paymentStatus"));
        assertEquals("217500.00", order.getJsonObject("total").getString("amount"));

        HttpResponse<String> retried = checkout(token, key, "Lagos", "raqibtechpay");
        assertEquals(200, retried.statusCode(), "a retry answers the same order");
        assertEquals(reference, Http.json(retried).getJsonObject("order").getString("reference"));
        assertEquals(1, query("SELECT COUNT(*) FROM orders WHERE customer_id = ?", customerId));
        assertEquals(0, new BigDecimal("82500.00").compareTo(decimal(
                "SELECT balance FROM wallets WHERE customer_id = ?", customerId)), "debited once, to the kobo");
        assertEquals(1, query("SELECT COUNT(*) FROM wallet_entries WHERE customer_id = ? AND entry_type = 'DEBIT'",
                customerId));
        assertEquals(9, query("SELECT stock FROM products WHERE sku = ?", sku));
        assertEquals(0, Http.json(SignIn.get("/api/v1/cart", token)).getInt("itemCount"), "the cart is empty");
        JsonObject debit = Http.json(SignIn.get("/api/v1/wallet", token)).getJsonArray("entries").getJsonObject(0);
        assertEquals("debit", debit.getString("type"));
        assertTrue(debit.getString("note").contains(reference), debit.toString());
    }

    @Test
    void tierDiscountIsExactToTheKobo() throws Exception {
        String token = SignIn.freshToken(SignIn.CUSTOMER, SignIn.passwordOf(SignIn.CUSTOMER));
        long customerId = customerIdOf(token);
        BigDecimal rate = decimal("SELECT t.discount_rate FROM customers c JOIN customer_tiers t"
                + " ON t.code = c.tier_code WHERE c.id = ?", customerId);
        assertTrue(rate.signum() > 0, "the demo customer has a discount tier");
        String sku = product(10, "33333.33");
        SignIn.send("DELETE", "/api/v1/cart", token, null);
        addToCart(token, sku, 3);
        HttpResponse<String> placed = checkout(token, null, "Kano", "pay_on_delivery");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed).getJsonObject("order");
        BigDecimal subtotal = new BigDecimal("99999.99");
        BigDecimal discount = subtotal.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        assertEquals(subtotal.toPlainString(), order.getJsonObject("subtotal").getString("amount"));
        assertEquals(discount.toPlainString(), order.getJsonObject("discount").getString("amount"));
        assertEquals("3700.00", order.getJsonObject("deliveryFee").getString("amount"));
        assertEquals(subtotal.subtract(discount).add(new BigDecimal("3700.00")).toPlainString(),
                order.getJsonObject("total").getString("amount"));
        assertEquals("CONFIRMED", order.getString("status"));
        assertEquals("pending", Http.json(placed).getJsonObject("payment").getString("status"));
    }

    @Test
    void bankTransferWaitsForStaffAndCardIsMarkedSo() throws Exception {
        String token = freshCustomer();
        addToCart(token, product(5, "45000.00"), 1);
        HttpResponse<String> transfer = checkout(token, null, "Abuja", "bank_transfer");
        assertEquals(201, transfer.statusCode(), transfer.body());
        JsonObject placed = Http.json(transfer);
        String reference = placed.getJsonObject("order").getString("reference");
        assertEquals("PENDING", placed.getJsonObject("order").getString("status"));
        assertTrue(placed.getJsonObject("payment").getString("instructions").contains(reference));
        assertEquals("3100.00", placed.getJsonObject("order").getJsonObject("deliveryFee").getString("amount"));

        assertEquals(403, SignIn.send("POST", "/api/v1/orders/" + reference + "/payment/confirm", token, null)
                .statusCode(), "customers cannot confirm their own payment");
        JsonObject confirmed = Http.json(SignIn.send("POST", "/api/v1/orders/" + reference + "/payment/confirm",
                SignIn.tokenOf(SignIn.AGENT), null));
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertEquals("PAID", confirmed.getString("paymentStatus"));
        assertEquals(409, SignIn.send("POST", "/api/v1/orders/" + reference + "/payment/confirm",
                SignIn.tokenOf(SignIn.AGENT), null).statusCode(), "only once");

        addToCart(token, product(5, "45000.00"), 1);
        HttpResponse<String> card = checkout(token, null, "Rivers", "card");
        assertEquals(201, card.statusCode());
        assertTrue(Http.json(card).getJsonObject("payment").getString("instructions").contains("gateway"));
    }

    @Test
    void refusedCheckoutsChangeNothing() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String expensive = product(4, "1850000.00");
        addToCart(token, expensive, 1);

        HttpResponse<String> overLimit = checkout(token, null, "Lagos", "pay_on_delivery");
        assertEquals(409, overLimit.statusCode());
        assertTrue(Http.json(overLimit).getString("detail").contains("₦500,000.00"), overLimit.body());
        HttpResponse<String> poorWallet = checkout(token, null, "Lagos", "raqibtechpay");
        assertEquals(409, poorWallet.statusCode());
        assertTrue(Http.json(poorWallet).getString("detail").contains("balance"), poorWallet.body());
        assertEquals(400, checkout(token, null, "Wakanda", "card").statusCode());
        assertEquals(400, checkout(token, null, "Lagos", "bitcoin").statusCode());
        assertEquals(400, SignIn.send("POST", "/api/v1/checkout", token, "{\"state\":\"Lagos\"}").statusCode());

        assertEquals(0, query("SELECT COUNT(*) FROM orders WHERE customer_id = ?", customerId), "no half order");
        assertEquals(4, query("SELECT stock FROM products WHERE sku = ?", expensive), "no stock taken");
        assertEquals(1, Http.json(SignIn.get("/api/v1/cart", token)).getInt("itemCount"), "the cart is kept");

        String guest = Http.json(SignIn.send("POST", "/api/v1/chat/sessions", null, null)).getString("guestToken");
        addToCart(guest, expensive, 1);
        HttpResponse<String> asGuest = checkout(guest, null, "Lagos", "card");
        assertEquals(403, asGuest.statusCode());
        assertTrue(Http.json(asGuest).getString("detail").contains("Sign in or register"), asGuest.body());
        SignIn.send("DELETE", "/api/v1/cart", token, null);
        assertEquals(409, checkout(token, null, "Lagos", "card").statusCode(), "empty cart");
    }

    @Test
    void twentyConcurrentCheckoutsForTheLastFiveUnitsSellExactlyFive() throws Exception {
        String sku = product(5, "25000.00");
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String token = freshCustomer();
            addToCart(token, sku, 1);
            buyers.add(token);
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String token : buyers) {
                statuses.add(pool.submit(() -> checkout(token, null, "Oyo", "pay_on_delivery").statusCode()));
            }
            int sold = 0;
            int refused = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                if (code == 201) {
                    sold++;
                } else {
                    assertEquals(409, code);
                    refused++;
                }
            }
            assertEquals(5, sold);
            assertEquals(15, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, query("SELECT stock FROM products WHERE sku = ?", sku));
        assertEquals(5, query("SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE sku = ?", sku));
        assertNotEquals(0, query("SELECT COUNT(DISTINCT o.reference) FROM orders o JOIN order_items i"
                + " ON i.order_id = o.id WHERE i.sku = ?", sku));
    }
}
