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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripted shopping conversations end to end, checked against the real cart, orders and wallet. */
class ShoppingConversationIT {

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

    /** The name on the product card at that position (1 = first) of the list the bot showed. */
    private static String listed(JsonObject turn, int position) {
        return Chat.productCards(turn).get(position - 1).getString("name");
    }

    @Test
    void aVisitorWithoutSigningInSeesAnOrderByItsReferenceAndThePhoneOnIt() throws Exception {
        String token = Shop.freshCustomer();
        String sku = Shop.product(5, "12000.00");
        Shop.addToCart(token, sku, 1);
        HttpResponse<String> placed = Shop.checkout(token, null, "Lagos", "pay_on_delivery");
        assertEquals(201, placed.statusCode(), placed.body());
        String reference = Http.json(placed).getJsonObject("order").getString("reference");
        String phone = Shop.stringOf("SELECT phone FROM customers WHERE id = ?", Shop.customerIdOf(token));

        Chat.Session visitor = Chat.start(null);
        JsonObject asked = Chat.say(visitor, "abeg where my order " + reference + " dey?");
        assertTrue(Chat.blocks(asked, "order").isEmpty(), "nothing shown without the phone: " + asked);
        JsonObject wrong = Chat.say(visitor, "08039999999");
        assertTrue(Chat.blocks(wrong, "order").isEmpty(), "a phone not on the order shows nothing: " + wrong);
        Chat.say(visitor, "track order " + reference);
        JsonObject shown = Chat.say(visitor, "my number na 0" + phone.substring(4));
        assertEquals(reference, Chat.blocks(shown, "order").get(0).getString("reference"), shown.toString());
        for (String outcome : new String[]{"FAILURE", "SUCCESS"}) {
            assertEquals(1, Shop.query("SELECT count(*) FROM audit_events WHERE action = 'ORDER_LOOKED_UP_BY_PHONE'"
                    + " AND outcome = ? AND target_id = ?", outcome, reference), outcome + " audited");
        }
    }

    @Test
    void pidginShopperFindsAddsAndOrdersWithRaqibPayInThreeMessages() throws Exception {
        String token = customerWithWallet("3000000");
        long customerId = Shop.customerIdOf(token);
        Chat.Session session = Chat.start(token);

        JsonObject search = Chat.say(session, "I wan buy Samsung phone");
        assertEquals("product_search", search.getJsonObject("understood").getString("intent"));
        String second = listed(search, 2);
        assertTrue(second.startsWith("Samsung"), search.toString());

        JsonObject added = Chat.say(session, "add the second one");
        assertTrue(Chat.actions(added).contains("cart_updated"), added.toString());
        assertEquals(second, added.getJsonObject("cart").getJsonArray("lines").getJsonObject(0).getString("name"));
        assertEquals(1, Shop.query("SELECT count(*) FROM cart_items i JOIN carts c ON c.id = i.cart_id "
                + "WHERE c.customer_id = ?", customerId));

        BigDecimal before = Shop.decimal("SELECT balance FROM wallets WHERE customer_id = ?", customerId);
        JsonObject ordered = Chat.say(session, "use RaqibPay and order");
        String reference = Chat.actionReference(ordered, "order_placed");
        assertEquals(reference, Chat.blocks(ordered, "order").get(0).getString("reference"));
        BigDecimal total = Shop.decimal("SELECT total FROM orders WHERE reference = ? AND customer_id = ?",
                reference, customerId);
        assertEquals("raqibtechpay", Shop.stringOf("SELECT payment_method_code FROM orders WHERE reference = ?", reference));
        assertEquals(0, before.subtract(total).compareTo(
                Shop.decimal("SELECT balance FROM wallets WHERE customer_id = ?", customerId)), "wallet debited");
        assertEquals(0, Shop.query("SELECT count(*) FROM cart_items i JOIN carts c ON c.id = i.cart_id "
                + "WHERE c.customer_id = ?", customerId), "cart emptied");

        JsonObject tracked = Chat.say(session, "where my order dey?");
        assertEquals("track_order", tracked.getJsonObject("understood").getString("intent"));
        assertEquals(reference, Chat.blocks(tracked, "order").get(0).getString("reference"));

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
        String first = listed(search, 1);
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
        assertEquals("set_payment_method:pay_on_delivery", Chat.quickReply(asks, "Pay on delivery")
                .getString("payload"), "the bot asks how to pay, with the four methods to tap");
        JsonObject quote = Chat.say(same, "pay on delivery");
        JsonObject quoted = Chat.blocks(quote, "quote").get(0);
        assertEquals(first, quoted.getJsonArray("lines").getJsonObject(0).getString("name"));
        assertEquals("pay_on_delivery", quoted.getString("paymentMethod"));
        assertTrue(Chat.quickReply(quote, "Yes, place it").getString("payload").startsWith("confirm:"));
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
        assertEquals(reference, Chat.blocks(asked, "order").get(0).getString("reference"));
        assertEquals("CONFIRMED", Shop.stringOf("SELECT status FROM orders WHERE reference = ?", reference));
        JsonObject done = Chat.say(session, "yes");
        assertEquals(reference, Chat.actionReference(done, "order_cancelled"));
        assertEquals("CANCELLED", Shop.stringOf("SELECT status FROM orders WHERE reference = ?", reference));
    }

    @Test
    void everyQuickReplyOnTheWayToAnOrderDoesWhatItSays() throws Exception {
        String token = customerWithWallet("3000000");
        long customerId = Shop.customerIdOf(token);
        Chat.Session session = Chat.start(token);

        JsonObject hello = Chat.say(session, "hello");
        JsonObject phones = Chat.tap(session, Chat.quickReply(hello, "Phones under 200k"));
        assertEquals("product_search", phones.getJsonObject("understood").getString("intent"));
        List<JsonObject> cards = Chat.productCards(phones);
        assertFalse(cards.isEmpty(), phones.toString());
        for (JsonObject card : cards) {
            assertTrue(new BigDecimal(card.getJsonNumber("price").toString()).compareTo(new BigDecimal("200000")) <= 0,
                    "within the budget the button named: " + card);
        }

        JsonObject second = Chat.tap(session, Chat.quickReply(phones, "Tell me more about 2"));
        assertEquals(cards.get(1).getString("sku"), Chat.productCards(second).get(0).getString("sku"),
                "'Tell me more about 2' shows the second product");

        // The label says "first" but the bot is in another context now: the payload names the product itself.
        JsonObject added = Chat.tap(session, Chat.quickReply(phones, "Add the first one"));
        assertEquals(cards.get(0).getString("sku"), Chat.actionReference(added, "cart_updated"));
        assertEquals(cards.get(0).getString("sku"), Shop.stringOf("SELECT p.sku FROM cart_items i JOIN carts c "
                + "ON c.id = i.cart_id JOIN products p ON p.id = i.product_id WHERE c.customer_id = ?", customerId));

        JsonObject cart = Chat.tap(session, Chat.quickReply(added, "View cart"));
        assertEquals(1, Chat.blocks(cart, "cart").get(0).getInt("itemCount"));

        JsonObject asksHowToPay = Chat.tap(session, Chat.quickReply(cart, "Checkout"));
        JsonObject quote = Chat.tap(session, Chat.quickReply(asksHowToPay, "RaqibTechPay"));
        assertEquals("raqibtechpay", Chat.blocks(quote, "quote").get(0).getString("paymentMethod"));
        assertEquals(0, Shop.query("SELECT count(*) FROM orders WHERE customer_id = ?", customerId),
                "nothing ordered before the customer taps yes");

        JsonObject placed = Chat.tap(session, Chat.quickReply(quote, "Yes, place it"));
        String reference = Chat.actionReference(placed, "order_placed");
        assertEquals("raqibtechpay", Shop.stringOf("SELECT payment_method_code FROM orders WHERE reference = ? "
                + "AND customer_id = ?", reference, customerId));
        // Tapping the same confirm button again places nothing more: a confirmation is used once.
        Chat.tap(session, Chat.quickReply(quote, "Yes, place it"));
        assertEquals(1, Shop.query("SELECT count(*) FROM orders WHERE customer_id = ?", customerId));

        JsonObject tracked = Chat.tap(session, Chat.quickReply(placed, "Track my order"));
        assertEquals(reference, Chat.blocks(tracked, "order").get(0).getString("reference"));
        JsonObject cancelAsked = Chat.tap(session, Chat.quickReply(tracked, "Cancel it"));
        assertEquals("CONFIRMED", Shop.stringOf("SELECT status FROM orders WHERE reference = ?", reference));
        JsonObject kept = Chat.tap(session, Chat.quickReply(cancelAsked, "No, keep it"));
        assertTrue(Chat.actions(kept).isEmpty(), kept.toString());
        assertEquals("CONFIRMED", Shop.stringOf("SELECT status FROM orders WHERE reference = ?", reference));

        JsonObject agent = Chat.tap(session, Chat.quickReply(tracked, "Talk to an agent"));
        assertTrue(Chat.actions(agent).contains("handoff_requested"), agent.toString());
        assertTrue(agent.getBoolean("humanOwned"));
    }

    @Test
    void aPayloadWeNeverOfferedIsRefusedAndNothingIsStored() throws Exception {
        Chat.Session session = Chat.start(null);
        HttpResponse<String> refused = SignIn.send("POST", "/api/v1/chat/sessions/" + session.id() + "/messages",
                session.token(), "{\"text\":\"Yes\",\"payload\":\"transfer_all_money:now\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("quick reply"), refused.body());
        assertEquals(0, Shop.query("SELECT count(*) FROM messages WHERE conversation_id = ?", session.id()));
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
