package com.raqibtech.naija.orders;

import static com.raqibtech.naija.testing.Shop.addToCart;
import static com.raqibtech.naija.testing.Shop.checkout;
import static com.raqibtech.naija.testing.Shop.customerIdOf;
import static com.raqibtech.naija.testing.Shop.decimal;
import static com.raqibtech.naija.testing.Shop.freshCustomer;
import static com.raqibtech.naija.testing.Shop.product;
import static com.raqibtech.naija.testing.Shop.query;
import static com.raqibtech.naija.testing.Shop.stringOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The changes a support desk makes to an order, over HTTP on PostgreSQL: a new address (fee re-quoted, settled
 * through the wallet), another payment method, quantities and items, an exchange after delivery, and staff finding
 * orders by phone. Each change also as it must be refused: in the wrong state, on another customer's order, with bad
 * input. Money to the kobo, stock and wallet read from the database.
 */
class OrderChangesIT {

    private static final String PROBLEM = "application/problem+json";

    // Delivery address -------------------------------------------------------------------------------------------

    @Test
    void aNewStateRequotesTheFeeAndThePaidDifferenceGoesThroughTheWallet() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String reference = placeWithWallet(token, product(5, "40000.00"), 1, "50000");
        assertEquals(0, new BigDecimal("7500.00").compareTo(balance(customerId)), "42,500 paid");
        JsonObject placed = order(reference, token);
        LocalDate lagosDate = LocalDate.parse(placed.getJsonObject("delivery").getString("expectedDate"));

        JsonObject toKano = Http.json(ok(SignIn.send("PATCH", "/api/v1/orders/" + reference + "/delivery-address",
                token, "{\"state\":\"kano\",\"city\":\"Sabon Gari\",\"address\":\"4 Bello Road\"}")));
        assertEquals("3700.00", amount(toKano, "deliveryFee"));
        assertEquals("43700.00", amount(toKano, "total"), "1,200 more for Kano");
        assertEquals("CONFIRMED", toKano.getString("status"), "the status stays");
        JsonObject delivery = toKano.getJsonObject("delivery");
        assertEquals("Kano", delivery.getString("state"));
        assertEquals("Sabon Gari", delivery.getString("city"));
        assertEquals("4 Bello Road", delivery.getString("address"));
        LocalDate kanoDate = LocalDate.parse(delivery.getString("expectedDate"));
        assertTrue(kanoDate.isAfter(lagosDate), "three working days to Kano, one to Lagos");
        assertTrue(kanoDate.getDayOfWeek() != DayOfWeek.SATURDAY && kanoDate.getDayOfWeek() != DayOfWeek.SUNDAY);
        JsonObject step = lastStep(toKano);
        assertEquals("address_changed", step.getString("kind"));
        assertEquals("CONFIRMED", step.getString("status"));
        assertTrue(step.getString("note").contains("4 Bello Road, Sabon Gari, Kano"), step.toString());
        assertTrue(step.getString("note").contains("₦1,200.00"), step.toString());

        assertEquals(0, new BigDecimal("6300.00").compareTo(balance(customerId)));
        assertEquals(1, query("SELECT COUNT(*) FROM wallet_entries WHERE customer_id = ? AND entry_type = 'DEBIT'"
                + " AND amount = -1200.00 AND note LIKE ?", customerId, "%" + reference + "%"));
        assertEquals("KN", stringOf("SELECT delivery_state_code FROM orders WHERE reference = ?", reference));
        assertEquals(1, query("SELECT COUNT(*) FROM audit_events WHERE action = 'ORDER_ADDRESS_CHANGED'"
                + " AND target_id = ?", reference));
        assertEquals("ADDRESS_CHANGED", stringOf("SELECT h.kind FROM order_status_history h JOIN orders o"
                + " ON o.id = h.order_id WHERE o.reference = ? ORDER BY h.changed_at DESC, h.id DESC", reference));

        // Back to Lagos, cheaper: the difference comes back to the wallet.
        JsonObject back = Http.json(ok(SignIn.send("PATCH", "/api/v1/orders/" + reference + "/delivery-address",
                token, "{\"state\":\"Lagos\",\"city\":\"Ikeja\",\"address\":\"12 Allen Avenue\"}")));
        assertEquals("42500.00", amount(back, "total"));
        assertEquals(0, new BigDecimal("7500.00").compareTo(balance(customerId)));
        assertEquals(1, query("SELECT COUNT(*) FROM wallet_entries WHERE customer_id = ? AND entry_type = 'REFUND'"
                + " AND amount = 1200.00 AND note LIKE ?", customerId, "%" + reference + "%"));
    }

    @Test
    void aHigherFeeTheWalletCannotCoverIsRefusedAndSaysHowMuchToTopUp() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String reference = placeWithWallet(token, product(5, "40000.00"), 1, "42500");
        assertEquals(0, BigDecimal.ZERO.compareTo(balance(customerId)));
        HttpResponse<String> refused = SignIn.send("PATCH", "/api/v1/orders/" + reference + "/delivery-address",
                token, "{\"state\":\"Kano\",\"city\":\"Kano\",\"address\":\"1 Zoo Road\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(Http.contentType(refused).startsWith(PROBLEM));
        String detail = Http.json(refused).getString("detail");
        assertTrue(detail.contains("₦1,200.00 more") && detail.contains("Top up at least ₦1,200.00"), detail);
        assertEquals("LA", stringOf("SELECT delivery_state_code FROM orders WHERE reference = ?", reference));
        assertEquals(0, new BigDecimal("42500.00").compareTo(decimal("SELECT total FROM orders WHERE reference = ?",
                reference)), "nothing changed");
    }

    @Test
    void theAddressOfAShippedOrderOrOfAnotherCustomersOrderStaysAndBadAddressesAreRefused() throws Exception {
        String token = freshCustomer();
        String reference = placeOnDelivery(token, product(5, "15000.00"), 1, "Lagos");
        String path = "/api/v1/orders/" + reference + "/delivery-address";
        String body = "{\"state\":\"Ogun\",\"city\":\"Abeokuta\",\"address\":\"3 Lantoro Road\"}";

        HttpResponse<String> someoneElse = SignIn.send("PATCH", path, SignIn.tokenOf(SignIn.SECOND_CUSTOMER), body);
        assertEquals(404, someoneElse.statusCode(), "another customer's order does not exist for them");
        assertTrue(Http.contentType(someoneElse).startsWith(PROBLEM));
        HttpResponse<String> noCity = SignIn.send("PATCH", path, token, "{\"state\":\"Ogun\",\"address\":\"x\"}");
        assertEquals(400, noCity.statusCode());
        assertTrue(Http.contentType(noCity).startsWith(PROBLEM));
        HttpResponse<String> noState = SignIn.send("PATCH", path, token,
                "{\"state\":\"Wakanda\",\"city\":\"Birnin Zana\",\"address\":\"1 Palace Road\"}");
        assertEquals(400, noState.statusCode());
        assertTrue(Http.json(noState).getString("detail").contains("Wakanda"), noState.body());

        // Staff may change any customer's order; an unpaid order now awaits the new total.
        JsonObject byStaff = Http.json(ok(SignIn.send("PATCH", path, SignIn.tokenOf(SignIn.AGENT), body)));
        assertEquals("Ogun", byStaff.getJsonObject("delivery").getString("state"));
        assertEquals("18700.00", amount(byStaff, "total"));
        assertEquals(0, new BigDecimal("18700.00").compareTo(decimal("SELECT p.amount FROM payments p JOIN orders o"
                + " ON o.id = p.order_id WHERE o.reference = ?", reference)), "the rider collects the new total");

        move(reference, "processing");
        move(reference, "shipped");
        HttpResponse<String> shipped = SignIn.send("PATCH", path, token, body.replace("Ogun", "Oyo"));
        assertEquals(409, shipped.statusCode());
        assertTrue(Http.json(shipped).getString("detail").contains("shipped"), shipped.body());
    }

    // Payment method ---------------------------------------------------------------------------------------------

    @Test
    void anUnpaidOrderCanBePaidAnotherWayUntilItIsPaid() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        addToCart(token, product(5, "30000.00"), 1);
        HttpResponse<String> placed = checkout(token, null, "Lagos", "bank_transfer");
        assertEquals(201, placed.statusCode(), placed.body());
        String reference = Http.json(placed).getJsonObject("order").getString("reference");
        String path = "/api/v1/orders/" + reference + "/payment-method";

        assertEquals(400, SignIn.send("PATCH", path, token, "{\"paymentMethod\":\"bitcoin\"}").statusCode());
        assertEquals(400, SignIn.send("PATCH", path, token, "{}").statusCode());
        assertEquals(404, SignIn.send("PATCH", path, SignIn.tokenOf(SignIn.SECOND_CUSTOMER),
                "{\"paymentMethod\":\"card\"}").statusCode());

        JsonObject onDelivery = Http.json(ok(SignIn.send("PATCH", path, token,
                "{\"paymentMethod\":\"pay_on_delivery\"}")));
        assertEquals("pay_on_delivery", onDelivery.getString("paymentMethod"));
        assertEquals("CONFIRMED", onDelivery.getString("status"), "pay on delivery needs no payment first");
        assertEquals("AWAITING_PAYMENT", onDelivery.getString("paymentStatus"));
        assertEquals("payment_method_changed", lastStep(onDelivery).getString("kind"));
        JsonObject backToTransfer = Http.json(ok(SignIn.send("PATCH", path, token,
                "{\"paymentMethod\":\"bank_transfer\"}")));
        assertEquals("PENDING", backToTransfer.getString("status"), "waits for the transfer again");
        assertEquals("bank_transfer", backToTransfer.getString("paymentMethod"));
        ok(SignIn.send("PATCH", path, token, "{\"paymentMethod\":\"pay_on_delivery\"}"));

        HttpResponse<String> poorWallet = SignIn.send("PATCH", path, token, "{\"paymentMethod\":\"raqibtechpay\"}");
        assertEquals(409, poorWallet.statusCode());
        assertTrue(Http.json(poorWallet).getString("detail").contains("balance"), poorWallet.body());
        topUp(customerId, "40000");
        JsonObject wallet = Http.json(ok(SignIn.send("PATCH", path, token, "{\"paymentMethod\":\"raqibtechpay\"}")));
        assertEquals("raqibtechpay", wallet.getString("paymentMethod"));
        assertEquals("PAID", wallet.getString("paymentStatus"));
        assertEquals(0, new BigDecimal("7500.00").compareTo(balance(customerId)), "32,500 taken once");
        assertEquals(4, query("SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id"
                + " WHERE o.reference = ? AND p.status = 'FAILED'", reference),
                "transfer, cash, transfer again and cash again no longer awaited");
        assertEquals(1, query("SELECT COUNT(*) FROM payments p JOIN orders o ON o.id = p.order_id"
                + " WHERE o.reference = ? AND p.status = 'CONFIRMED' AND p.method_code = 'raqibtechpay'", reference));
        assertEquals(4, query("SELECT COUNT(*) FROM audit_events WHERE action = 'ORDER_PAYMENT_METHOD_CHANGED'"
                + " AND target_id = ?", reference), "cash, transfer, cash again, wallet");

        HttpResponse<String> paid = SignIn.send("PATCH", path, token, "{\"paymentMethod\":\"pay_on_delivery\"}");
        assertEquals(409, paid.statusCode(), "paid already");
        assertTrue(Http.contentType(paid).startsWith(PROBLEM));
    }

    @Test
    void payOnDeliveryKeepsItsLimit() throws Exception {
        String token = freshCustomer();
        addToCart(token, product(2, "499000.00"), 1);
        HttpResponse<String> placed = checkout(token, null, "Lagos", "bank_transfer");
        assertEquals(201, placed.statusCode(), placed.body());
        String reference = Http.json(placed).getJsonObject("order").getString("reference");
        HttpResponse<String> overLimit = SignIn.send("PATCH", "/api/v1/orders/" + reference + "/payment-method",
                token, "{\"paymentMethod\":\"pay_on_delivery\"}");
        assertEquals(409, overLimit.statusCode());
        assertTrue(Http.json(overLimit).getString("detail").contains("₦500,000.00"), overLimit.body());
        assertEquals("bank_transfer", stringOf("SELECT payment_method_code FROM orders WHERE reference = ?",
                reference));
    }

    // Items ------------------------------------------------------------------------------------------------------

    @Test
    void quantitiesAndItemsChangeWithStockAndWalletToTheKobo() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String fan = product(4, "30000.00");
        String bulb = product(10, "5000.00");
        topUp(customerId, "150000");
        addToCart(token, fan, 1);
        addToCart(token, bulb, 2);
        HttpResponse<String> placed = checkout(token, null, "Lagos", "raqibtechpay");
        assertEquals(201, placed.statusCode(), placed.body());
        String reference = Http.json(placed).getJsonObject("order").getString("reference");
        assertEquals("42500.00", amount(Http.json(placed).getJsonObject("order"), "total"));
        assertEquals(0, new BigDecimal("107500.00").compareTo(balance(customerId)));
        String items = "/api/v1/orders/" + reference + "/items/";

        JsonObject three = Http.json(ok(SignIn.send("PUT", items + fan, token, "{\"quantity\":3}")));
        assertEquals("100000.00", amount(three, "subtotal"));
        assertEquals("2500.00", amount(three, "deliveryFee"), "the fee stays");
        assertEquals("102500.00", amount(three, "total"));
        JsonObject fanLine = line(three, fan);
        assertEquals(3, fanLine.getInt("quantity"));
        assertEquals("90000.00", fanLine.getJsonObject("lineTotal").getString("amount"));
        assertEquals(1, query("SELECT stock FROM products WHERE sku = ?", fan), "two more reserved");
        assertEquals(0, new BigDecimal("47500.00").compareTo(balance(customerId)), "60,000 more from the wallet");
        assertEquals("item_quantity_changed", lastStep(three).getString("kind"));

        HttpResponse<String> tooMany = SignIn.send("PUT", items + fan, token, "{\"quantity\":5}");
        assertEquals(409, tooMany.statusCode());
        assertTrue(Http.json(tooMany).getString("detail").contains("Only 1 more"), tooMany.body());
        for (String bad : new String[]{"{\"quantity\":0}", "{\"quantity\":100}", "{}", "{\"quantity\":\"two\"}"}) {
            HttpResponse<String> refused = SignIn.send("PUT", items + fan, token, bad);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(Http.contentType(refused).startsWith(PROBLEM), bad);
        }
        assertEquals(404, SignIn.send("PUT", items + "NO-SUCH-SKU", token, "{\"quantity\":2}").statusCode());
        assertEquals(404, SignIn.send("PUT", items + fan, SignIn.tokenOf(SignIn.SECOND_CUSTOMER),
                "{\"quantity\":1}").statusCode());
        assertEquals(404, SignIn.send("DELETE", items + bulb, SignIn.tokenOf(SignIn.SECOND_CUSTOMER), null)
                .statusCode());

        JsonObject withoutBulbs = Http.json(ok(SignIn.send("DELETE", items + bulb, token, null)));
        assertEquals(1, withoutBulbs.getJsonArray("items").size());
        assertEquals("92500.00", amount(withoutBulbs, "total"));
        assertEquals("item_removed", lastStep(withoutBulbs).getString("kind"));
        assertEquals(10, query("SELECT stock FROM products WHERE sku = ?", bulb));
        assertEquals(0, new BigDecimal("57500.00").compareTo(balance(customerId)));
        HttpResponse<String> lastItem = SignIn.send("DELETE", items + fan, token, null);
        assertEquals(409, lastItem.statusCode());
        assertTrue(Http.json(lastItem).getString("detail").contains("cancel the order"), lastItem.body());

        JsonObject one = Http.json(ok(SignIn.send("PUT", items + fan.toLowerCase(), token, "{\"quantity\":1}")));
        assertEquals("32500.00", amount(one, "total"));
        assertEquals(3, query("SELECT stock FROM products WHERE sku = ?", fan));
        assertEquals(0, new BigDecimal("117500.00").compareTo(balance(customerId)), "60,000 back");
        assertEquals(2, query("SELECT COUNT(*) FROM audit_events WHERE action = 'ORDER_ITEM_CHANGED'"
                + " AND target_id = ?", reference));

        move(reference, "processing");
        move(reference, "shipped");
        assertEquals(409, SignIn.send("PUT", items + fan, token, "{\"quantity\":2}").statusCode(), "shipped");
    }

    @Test
    void aChangedQuantityKeepsTheDiscountRateTheOrderWasSoldAt() throws Exception {
        String token = SignIn.freshToken(SignIn.CUSTOMER, SignIn.passwordOf(SignIn.CUSTOMER));
        String sku = product(10, "33333.33");
        SignIn.send("DELETE", "/api/v1/cart", token, null);
        addToCart(token, sku, 3);
        HttpResponse<String> placed = checkout(token, null, "Kano", "pay_on_delivery");
        assertEquals(201, placed.statusCode(), placed.body());
        String reference = Http.json(placed).getJsonObject("order").getString("reference");
        BigDecimal rate = decimal("SELECT discount_rate FROM orders WHERE reference = ?", reference);
        assertTrue(rate.signum() > 0, "the demo customer has a discount tier");

        JsonObject two = Http.json(ok(SignIn.send("PUT", "/api/v1/orders/" + reference + "/items/" + sku, token,
                "{\"quantity\":2}")));
        BigDecimal subtotal = new BigDecimal("66666.66");
        BigDecimal discount = subtotal.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        assertEquals(subtotal.toPlainString(), amount(two, "subtotal"));
        assertEquals(discount.toPlainString(), amount(two, "discount"));
        assertEquals(subtotal.subtract(discount).add(new BigDecimal("3700.00")).toPlainString(), amount(two, "total"));
        assertEquals(0, new BigDecimal(amount(two, "total")).compareTo(decimal("SELECT p.amount FROM payments p"
                + " JOIN orders o ON o.id = p.order_id WHERE o.reference = ?", reference)), "the rider collects it");
        assertEquals(8, query("SELECT stock FROM products WHERE sku = ?", sku));
    }

    // Exchange ---------------------------------------------------------------------------------------------------

    @Test
    void aDeliveredItemIsExchangedForAnotherVariantAndStaffCompleteTheExchange() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String original = product(3, "60000.00");
        String dearer = product(2, "75000.00");
        String cheaper = product(1, "8000.00");
        String otherBrand = product(5, "70000.00", "Hisense");
        String reference = placeWithWallet(token, original, 1, "100000");
        String exchanges = "/api/v1/orders/" + reference + "/exchanges";
        HttpResponse<String> notYet = SignIn.send("POST", exchanges, token, exchange(original, dearer));
        assertEquals(409, notYet.statusCode(), "not delivered yet");
        assertTrue(Http.contentType(notYet).startsWith(PROBLEM));
        for (String step : new String[]{"processing", "shipped", "out_for_delivery", "delivered"}) {
            move(reference, step);
        }
        assertEquals(0, new BigDecimal("37500.00").compareTo(balance(customerId)));

        assertEquals(400, SignIn.send("POST", exchanges, token, exchange(original, otherBrand)).statusCode(),
                "another brand is not a variant");
        assertEquals(400, SignIn.send("POST", exchanges, token, exchange(original, "NO-SUCH-SKU")).statusCode());
        assertEquals(400, SignIn.send("POST", exchanges, token, "{\"sku\":\"" + original + "\"}").statusCode());
        assertEquals(404, SignIn.send("POST", exchanges, token, exchange("NO-SUCH-SKU", dearer)).statusCode());
        assertEquals(404, SignIn.send("POST", exchanges, SignIn.tokenOf(SignIn.SECOND_CUSTOMER),
                exchange(original, dearer)).statusCode());

        JsonObject requested = Http.json(ok(SignIn.send("POST", exchanges, token, exchange(original, dearer))));
        assertEquals("EXCHANGE_REQUESTED", requested.getString("status"));
        JsonObject replacement = requested.getJsonArray("items").getJsonObject(0);
        assertEquals(dearer, replacement.getString("sku"));
        assertEquals(original, replacement.getJsonObject("exchangedFrom").getString("sku"));
        assertEquals("60000.00", replacement.getJsonObject("exchangedFrom").getJsonObject("unitPrice")
                .getString("amount"));
        assertEquals("77500.00", amount(requested, "total"));
        assertEquals("item_exchange_requested", lastStep(requested).getString("kind"));
        assertEquals("EXCHANGE_REQUESTED", lastStep(requested).getString("status"));
        assertEquals(0, new BigDecimal("22500.00").compareTo(balance(customerId)), "15,000 more from the wallet");
        assertEquals(1, query("SELECT stock FROM products WHERE sku = ?", dearer), "the replacement is reserved");
        assertEquals(2, query("SELECT stock FROM products WHERE sku = ?", original), "still with the customer");
        assertEquals(0, new BigDecimal("77500.00").compareTo(decimal("SELECT total_spent FROM customers WHERE id = ?",
                customerId)), "spend follows the money");
        assertEquals(409, SignIn.send("POST", exchanges, token, exchange(dearer, cheaper)).statusCode(),
                "a replacement is not exchanged again");

        JsonObject done = move(reference, "exchanged");
        assertEquals("EXCHANGED", done.getString("status"));
        assertEquals(3, query("SELECT stock FROM products WHERE sku = ?", original), "back on the shelf");
        assertEquals(1, query("SELECT stock FROM products WHERE sku = ?", dearer));
        assertEquals(1, query("SELECT COUNT(*) FROM audit_events WHERE action = 'ORDER_EXCHANGE_REQUESTED'"
                + " AND target_id = ?", reference));

        // A second order: a dearer variant the wallet cannot cover is refused; a cheaper one refunds.
        String kettle = product(2, "10000.00");
        String second = placeOnDelivery(token, kettle, 1, "Lagos");
        for (String step : new String[]{"processing", "shipped", "out_for_delivery", "delivered"}) {
            move(second, step);
        }
        HttpResponse<String> poor = SignIn.send("POST", "/api/v1/orders/" + second + "/exchanges", token,
                exchange(kettle, dearer));
        assertEquals(409, poor.statusCode());
        String detail = Http.json(poor).getString("detail");
        assertTrue(detail.contains("₦65,000.00 more") && detail.contains("Top up at least ₦42,500.00"), detail);
        assertEquals(1, query("SELECT stock FROM products WHERE sku = ?", dearer), "nothing reserved");
        JsonObject refunded = Http.json(ok(SignIn.send("POST", "/api/v1/orders/" + second + "/exchanges", token,
                exchange(kettle, cheaper))));
        assertEquals("10500.00", amount(refunded, "total"));
        assertEquals(0, new BigDecimal("24500.00").compareTo(balance(customerId)), "2,000 back");
        assertEquals(0, query("SELECT stock FROM products WHERE sku = ?", cheaper));
    }

    // Orders by phone --------------------------------------------------------------------------------------------

    @Test
    void staffFindACustomersOrdersByTheirPhoneWrittenAnyWay() throws Exception {
        String token = freshCustomer();
        long customerId = customerIdOf(token);
        String reference = placeOnDelivery(token, product(5, "12000.00"), 1, "Lagos");
        String e164 = stringOf("SELECT phone FROM customers WHERE id = ?", customerId);
        String local = "0" + e164.substring(4);
        String agent = SignIn.tokenOf(SignIn.AGENT);
        for (String written : new String[]{local, local.substring(0, 4) + " " + local.substring(4, 7) + " "
            + local.substring(7), e164, e164.substring(1)}) {
            HttpResponse<String> found = SignIn.get("/api/v1/orders?phone=" + encoded(written), agent);
            assertEquals(200, found.statusCode(), written + ": " + found.body());
            JsonArray orders = (JsonArray) Http.parse(found.body());
            assertEquals(1, orders.size(), written);
            assertEquals(reference, orders.getJsonObject(0).getString("reference"));
        }
        String nobody = "0803" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        HttpResponse<String> none = SignIn.get("/api/v1/orders?phone=" + nobody, agent);
        assertEquals(200, none.statusCode(), none.body());
        assertEquals(0, ((JsonArray) Http.parse(none.body())).size());
        HttpResponse<String> unreadable = SignIn.get("/api/v1/orders?phone=12345", agent);
        assertEquals(400, unreadable.statusCode());
        assertTrue(Http.contentType(unreadable).startsWith(PROBLEM));
        assertEquals(400, SignIn.get("/api/v1/orders?phone=" + local + "&customerId=" + customerId, agent)
                .statusCode(), "one filter at a time");
        HttpResponse<String> asCustomer = SignIn.get("/api/v1/orders?phone=" + local, token);
        assertEquals(403, asCustomer.statusCode(), "customers do not look others up");
        assertTrue(query("SELECT COUNT(*) FROM audit_events WHERE action = 'CUSTOMER_DATA_READ' AND target_id = ?"
                + " AND details LIKE 'orders by phone%'", String.valueOf(customerId)) >= 4);
    }

    // Helpers ----------------------------------------------------------------------------------------------------

    private static String placeWithWallet(String token, String sku, int quantity, String topUp) throws Exception {
        topUp(customerIdOf(token), topUp);
        addToCart(token, sku, quantity);
        HttpResponse<String> placed = checkout(token, null, "Lagos", "raqibtechpay");
        assertEquals(201, placed.statusCode(), placed.body());
        return Http.json(placed).getJsonObject("order").getString("reference");
    }

    private static String placeOnDelivery(String token, String sku, int quantity, String state) {
        addToCart(token, sku, quantity);
        HttpResponse<String> placed = checkout(token, null, state, "pay_on_delivery");
        assertEquals(201, placed.statusCode(), placed.body());
        return Http.json(placed).getJsonObject("order").getString("reference");
    }

    private static void topUp(long customerId, String amount) {
        HttpResponse<String> topped = SignIn.send("POST", "/api/v1/customers/" + customerId + "/wallet/top-ups",
                SignIn.tokenOf(SignIn.AGENT), "{\"amount\": " + amount + "}");
        assertEquals(200, topped.statusCode(), topped.body());
    }

    private static JsonObject move(String reference, String status) {
        HttpResponse<String> moved = SignIn.send("POST", "/api/v1/orders/" + reference + "/status",
                SignIn.tokenOf(SignIn.AGENT), "{\"status\":\"" + status + "\"}");
        assertEquals(200, moved.statusCode(), status + ": " + moved.body());
        return Http.json(moved);
    }

    private static JsonObject order(String reference, String token) {
        return Http.json(ok(SignIn.get("/api/v1/orders/" + reference, token)));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static BigDecimal balance(long customerId) throws Exception {
        return decimal("SELECT COALESCE((SELECT balance FROM wallets WHERE customer_id = ?), 0)", customerId);
    }

    private static String amount(JsonObject order, String field) {
        return order.getJsonObject(field).getString("amount");
    }

    private static JsonObject lastStep(JsonObject order) {
        JsonArray timeline = order.getJsonArray("timeline");
        return timeline.getJsonObject(timeline.size() - 1);
    }

    private static JsonObject line(JsonObject order, String sku) {
        return order.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("sku").equals(sku)).findFirst().orElseThrow();
    }

    private static String exchange(String sku, String replacementSku) {
        return "{\"sku\":\"" + sku + "\",\"replacementSku\":\"" + replacementSku + "\"}";
    }

    private static String encoded(String phone) {
        return URLEncoder.encode(phone, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
