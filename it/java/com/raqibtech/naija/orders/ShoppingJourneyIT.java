package com.raqibtech.naija.orders;

import static com.raqibtech.naija.testing.Shop.checkout;
import static com.raqibtech.naija.testing.Shop.freshCustomer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The whole way a customer shops, as the API offers it: search, add, check out, track, receive. */
class ShoppingJourneyIT {

    @Test
    void searchAddCheckoutTrackAndReceive() {
        String token = freshCustomer();
        JsonObject found = Http.json(SignIn.get("/api/v1/products?q=samsong%20a24&inStock=true", token));
        String sku = found.getJsonArray("products").getJsonObject(0).getString("sku");

        HttpResponse<String> added = SignIn.send("POST", "/api/v1/cart/items", token,
                "{\"sku\":\"" + sku + "\",\"quantity\":1}");
        assertEquals(200, added.statusCode(), added.body());
        String price = Http.json(added).getJsonObject("subtotal").getString("amount");

        HttpResponse<String> placed = checkout(token, "journey-1", "Port Harcourt", "pay_on_delivery");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed).getJsonObject("order");
        String reference = order.getString("reference");
        assertEquals(price, order.getJsonObject("subtotal").getString("amount"));
        assertEquals("Rivers", order.getJsonObject("delivery").getString("state"));

        JsonObject tracked = Http.json(SignIn.get("/api/v1/orders/" + reference, token));
        assertEquals("CONFIRMED", tracked.getString("status"));
        assertTrue(tracked.getJsonObject("delivery").containsKey("expectedDate"));
        assertTrue(SignIn.get("/api/v1/orders", token).body().contains(reference), "listed among the orders");

        for (String step : new String[]{"processing", "shipped", "out_for_delivery", "delivered"}) {
            assertEquals(200, SignIn.send("POST", "/api/v1/orders/" + reference + "/status",
                    SignIn.tokenOf(SignIn.AGENT), "{\"status\":\"" + step + "\"}").statusCode(), step);
        }
        JsonObject delivered = Http.json(SignIn.get("/api/v1/orders/" + reference, token));
        assertEquals("DELIVERED", delivered.getString("status"));
        assertEquals("PAID", delivered.getString("paymentStatus"), "the rider collected the money");
        assertEquals(6, delivered.getJsonArray("timeline").size(), "placed, confirmed and four steps");
        assertEquals(delivered.getJsonObject("total").getString("amount"),
                Http.json(SignIn.get("/api/v1/customers/me", token)).getJsonObject("totalSpent").getString("amount"));
    }
}
