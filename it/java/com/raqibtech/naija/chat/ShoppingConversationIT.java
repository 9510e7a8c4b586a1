package com.raqibtech.naija.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Chat;
import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.Shop;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scripted shopping conversations end to end, checked against the real cart, orders and wallet. */
class ShoppingConversationIT {

    private static final Pattern LISTED = Pattern.compile("(?m)^(\\d)\\. (.+?) — ₦");

    private static String customerWithWallet(String amount) throws Exception {
        String token = Shop.freshCustomer();
        HttpResponse<String> profile = SignIn.send("PATCH", "/api/v1/customers/me", token,
                "{\"state\":\"Lagos\",\"city\":\"Ikeja\",\"address\":\"12 Allen Avenue\"}");
        assertEquals(200, profile.statusCode(), profile.body());
        HttpResponse<String> topUp = SignIn.send("POST", "/api/v1/customers/" + Shop.customerIdOf(token)
                + "/wallet/top-ups", SignIn.tokenOf(SignIn.AGENT), "{\"amount\":" + amount + "}");
        assertEquals(200, topUp.statusCode(), topUp.body());
        return token;
    }

    private static String listed(String reply, int position) {
        Matcher line = LISTED.matcher(reply);
        while (line.find()) {
            if (Integer.parseInt(line.group(1)) == position) {
                return line.group(2);
            }
        }
        throw new AssertionError("no item " + position + " in: " + reply);
    }

    @Test
    void pidginShopperFindsAddsAndOrdersWithRaqibPayInThreeMessages() throws Exception {
        String token = customerWithWallet("3000000");
        long customerId = Shop.customerIdOf(token);
        Chat.Session session = Chat.start(token);

        JsonObject search = Chat.say(session, "I wan buy Samsung phone");
        assertEquals("product_search", search.getJsonObject("understood").getString("intent"));
        String second = listed(Chat.replyText(search), 2);
        assertTrue(second.startsWith("Samsung"), Chat.replyText(search));

        JsonObject added = Chat.say(session, "add the second one");
        assertTrue(Chat.actions(added).contains("cart_updated"), added.toString());
        assertEquals(second, added.getJsonObject("cart").getJsonArray("lines").getJsonObject(0).getString("name"));
        assertEquals(1, Shop.query("SELECT count(*) FROM cart_items i JOIN carts c ON c.id = i.cart_id "
                + "WHERE c.customer_id = ?", customerId));

        BigDecimal before = Shop.decimal("SELECT balance FROM wallets WHERE customer_id = ?", customerId);
        JsonObject ordered = Chat.say(session, "use RaqibPay and order");
        String reference = Chat.actionReference(ordered, "order_placed");
        assertTrue(Chat.replyText(ordered).contains(reference), Chat.replyText(ordered));
        BigDecimal total = Shop.decimal("SELECT total FROM orders WHERE reference = ? AND customer_id = ?",
                reference, customerId);
        assertEquals("raqibtechpay", Shop.stringOf("SELECT payment_method_code FROM orders WHERE reference = ?", reference));
        assertEquals(0, before.subtract(total).compareTo(
                Shop.decimal("SELECT balance FROM wallets WHERE customer_id = ?", customerId)), "wallet debited");
        assertEquals(0, Shop.query("SELECT count(*) FROM cart_items i JOIN carts c ON c.id = i.cart_id "
                + "WHERE c.customer_id = ?", customerId), "cart emptied");

        JsonObject tracked = Chat.say(session, "where my order dey?");
        assertEquals("track_order", tracked.getJsonObject("understood").getString("intent"));
        assertTrue(Chat.replyText(tracked).contains(reference), Chat.replyText(tracked));

        // Every message is stored with its author, direction and channel.
        assertEquals(8, Shop.query("SELECT count(*) FROM messages WHERE conversation_id = ? AND channel = 'WEB'",
                session.id()));
        assertEquals(4, Shop.query("SELECT count(*) FROM messages WHERE conversation_id = ? AND author_type = 'BOT'"
                + " AND direction = 'OUTBOUND'", session.id()));
    }

    @Test
    void guestFillsACartSignsInAndChecksOutInTheSameConversation() throws Exception {
        Chat.Session guest = Chat.start(null);
        JsonObject search = Chat.say(guest, "show me Hisense TV");
        String first = listed(Chat.replyText(search), 1);
        JsonObject added = Chat.say(guest, "add the first one");
        assertTrue(Chat.actions(added).contains("cart_updated"), added.toString());
        JsonObject refused = Chat.say(guest, "checkout");
        assertTrue(Chat.actions(refused).contains("sign_in_required"), refused.toString());

        String token = customerWithWallet("1");
        HttpResponse<String> merged = SignIn.send("POST", "/api/v1/cart/merge", token,
                "{\"guestToken\":\"" + guest.token() + "\"}");
        assertEquals(200, merged.statusCode(), merged.body());
        Chat.Session same = new Chat.Session(guest.id(), token);

        JsonObject asks = Chat.say(same, "I don ready to checkout");
        assertTrue(Chat.replyText(asks).toLowerCase().contains("pay"), Chat.replyText(asks));
        JsonObject quote = Chat.say(same, "pay on delivery");
        assertTrue(Chat.replyText(quote).contains(first), Chat.replyText(quote));
        assertTrue(Chat.replyText(quote).contains("Total ₦"), Chat.replyText(quote));
        assertEquals(0, Shop.query("SELECT count(*) FROM orders WHERE customer_id = ?", Shop.customerIdOf(token)),
                "nothing ordered before the customer confirms");
        JsonObject placed = Chat.say(same, "yes");
        String reference = Chat.actionReference(placed, "order_placed");
        assertEquals("pay_on_delivery", Shop.stringOf("SELECT payment_method_code FROM orders WHERE reference = ? "
                + "AND customer_id = ?", reference, Shop.customerIdOf(token)));
        assertEquals(1, Shop.query("SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id "
                + "WHERE o.reference = ? AND i.product_name = ?", reference, first));
    }

    @Test
    void cancellingAsksFirstThenCancelsTheRealOrder() throws Exception {
        String token = customerWithWallet("3000000");
        Chat.Session session = Chat.start(token);
        Chat.say(session, "I need a blender");
        Chat.say(session, "add the first one");
        String reference = Chat.actionReference(Chat.say(session, "pay with my wallet and place the order"),
                "order_placed");
        JsonObject asked = Chat.say(session, "abeg cancel my order");
        assertEquals("cancel_order", asked.getJsonObject("understood").getString("intent"));
        assertTrue(Chat.replyText(asked).contains(reference));
        assertEquals("CONFIRMED", Shop.stringOf("SELECT status FROM orders WHERE reference = ?", reference));
        JsonObject done = Chat.say(session, "yes");
        assertEquals(reference, Chat.actionReference(done, "order_cancelled"));
        assertEquals("CANCELLED", Shop.stringOf("SELECT status FROM orders WHERE reference = ?", reference));
    }

    @Test
    void deliveryQuestionsAreAnsweredFromTheRealFees() {
        Chat.Session session = Chat.start(null);
        JsonObject answer = Chat.say(session, "how much una dey charge to deliver for Kano?");
        assertEquals("delivery_info", answer.getJsonObject("understood").getString("intent"));
        String fee = Http.json(Http.get("/api/v1/delivery/quote?state=kano")).getJsonObject("fee")
                .getString("formatted");
        assertTrue(Chat.replyText(answer).contains(fee), Chat.replyText(answer) + " vs " + fee);
        assertFalse(answer.getBoolean("humanOwned"));
        assertNotNull(answer.getJsonArray("suggestions"));
    }
}
