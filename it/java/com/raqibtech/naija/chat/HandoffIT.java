package com.raqibtech.naija.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Chat;
import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.Shop;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Handing conversations to people: the queue, claiming, replies pushed to the customer, notes, release. */
class HandoffIT {

    private static long botMessages(Chat.Session session) throws Exception {
        return Shop.query("SELECT count(*) FROM messages WHERE conversation_id = ? AND author_type = 'BOT'",
                session.id());
    }

    @Test
    void theBotStaysSilentWhileAnAgentOwnsTheConversationAndAnswersAgainAfterRelease() throws Exception {
        String customer = Shop.freshCustomer();
        String agent = SignIn.tokenOf(SignIn.AGENT);
        Chat.Session session = Chat.start(customer);

        JsonObject asked = Chat.say(session, "abeg connect me to customer care, I want to talk to a real person");
        assertTrue(Chat.actions(asked).contains("handoff_requested"), asked.toString());
        assertTrue(asked.getBoolean("humanOwned"));
        assertEquals("waiting_for_agent", asked.getString("status"));
        assertEquals("WAITING_FOR_AGENT", Shop.stringOf("SELECT status FROM conversations WHERE id = ?",
                session.id()));
        List<String> queue = Http.parse(SignIn.get("/api/v1/staff/conversations", agent).body()).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("id")).toList();
        assertTrue(queue.contains(session.id()), "queued");
        assertEquals(List.of("customer", "bot", "system"), Chat.messages(session, customer).stream()
                .map(message -> message.getString("author")).toList(),
                "the handoff notice comes after the message that caused it and the bot's answer");

        // Open the customer's event stream before the agent answers.
        CompletableFuture<String> pushed = Chat.pushedMessage(ItSettings.baseUrl(), session, "Ada from customer care");

        JsonObject waiting = Chat.say(session, "hello? anybody there?");
        assertTrue(Chat.replyText(waiting).contains("support team"), "told once that a person will answer: "
                + waiting);
        assertTrue(waiting.getBoolean("humanOwned"));
        long botBefore = botMessages(session);
        JsonObject stillThere = Chat.say(session, "I dey wait");
        assertNull(Chat.replyText(stillThere), "then the bot stays silent");

        HttpResponse<String> claimed = SignIn.send("POST", "/api/v1/staff/conversations/" + session.id() + "/claim",
                agent, null);
        assertEquals(200, claimed.statusCode(), claimed.body());
        assertEquals("with_agent", Http.json(claimed).getString("status"));
        HttpResponse<String> taken = SignIn.send("POST", "/api/v1/staff/conversations/" + session.id() + "/claim",
                SignIn.tokenOf(SignIn.ADMIN), null);
        assertEquals(409, taken.statusCode(), "another agent cannot take it");

        JsonObject stillWaiting = Chat.say(session, "I dey here o");
        assertNull(Chat.replyText(stillWaiting));
        assertEquals(botBefore, botMessages(session), "no bot answers while a human owns the chat");

        HttpResponse<String> replied = SignIn.send("POST", "/api/v1/staff/conversations/" + session.id()
                + "/replies", agent, "{\"text\":\"Good afternoon, this is Ada from customer care. How can I help?\"}");
        assertEquals(200, replied.statusCode(), replied.body());
        String event = pushed.get(15, TimeUnit.SECONDS);
        assertTrue(event.contains("Ada from customer care"), event);

        HttpResponse<String> note = SignIn.send("POST", "/api/v1/staff/conversations/" + session.id() + "/notes",
                agent, "{\"text\":\"Customer sounds worried about a late delivery\"}");
        assertEquals(200, note.statusCode(), note.body());
        List<JsonObject> seenByCustomer = Chat.messages(session, customer);
        assertTrue(seenByCustomer.stream().anyMatch(m -> m.getString("author").equals("agent")
                && m.getString("body").contains("Ada")));
        assertFalse(seenByCustomer.stream().anyMatch(m -> m.getString("body").contains("sounds worried")),
                "internal notes stay internal");
        assertTrue(Chat.messages(session, agent).stream().anyMatch(m -> m.getString("body").contains("sounds worried")));

        HttpResponse<String> released = SignIn.send("POST", "/api/v1/staff/conversations/" + session.id()
                + "/release", agent, null);
        assertEquals("bot", Http.json(released).getString("status"));
        JsonObject back = Chat.say(session, "thank you");
        assertNotNull(Chat.replyText(back), "the bot answers again");
        assertFalse(back.getBoolean("humanOwned"));

        assertEquals(4, Shop.query("SELECT count(*) FROM audit_events WHERE target_id = ? AND action IN "
                + "('CONVERSATION_HANDED_OFF', 'CONVERSATION_CLAIMED', 'CONVERSATION_REPLIED', "
                + "'CONVERSATION_RELEASED')", session.id()));
    }

    @Test
    void anAngryComplaintIsRecordedAndEscalated() throws Exception {
        String customer = Shop.freshCustomer();
        Chat.Session session = Chat.start(customer);
        JsonObject complaint = Chat.say(session, "This is rubbish!!! Una bring me the wrong item and nobody dey "
                + "answer my calls. I am tired of this nonsense");
        assertEquals("complaint", complaint.getJsonObject("understood").getString("intent"));
        String ticket = Chat.actionReference(complaint, "complaint_recorded");
        assertTrue(Chat.actions(complaint).contains("handoff_requested"), complaint.toString());
        assertEquals("waiting_for_agent", complaint.getString("status"));
        assertEquals("SERIOUS", Shop.stringOf("SELECT severity FROM support_tickets WHERE id = ? "
                + "AND conversation_id = ?", Long.parseLong(ticket.substring(3)), session.id()));
        assertTrue(Chat.replyText(complaint).contains(ticket));
    }

    @Test
    void twoMessagesTheBotCannotUnderstandBringAPerson() {
        Chat.Session session = Chat.start(null);
        // Questions about something else are answered politely and steered back, never sent to a person.
        JsonObject elsewhere = Chat.say(session, "who go win the election for America?");
        assertFalse(elsewhere.getBoolean("humanOwned"));
        assertFalse(Chat.actions(elsewhere).contains("not_understood"), elsewhere.toString());
        JsonObject first = Chat.say(session, "xkqz vrrp lmnt");
        assertFalse(first.getBoolean("humanOwned"));
        assertTrue(Chat.actions(first).contains("not_understood"), first.toString());
        JsonObject second = Chat.say(session, "zzgh qwpt brrk");
        assertTrue(second.getBoolean("humanOwned"), second.toString());
        assertTrue(Chat.actions(second).contains("handoff_requested"));
    }

    @Test
    void orderNewsIsPushedIntoTheCustomersConversation() throws Exception {
        String customer = Shop.freshCustomer();
        String sku = Shop.product(5, "15000.00");
        Shop.addToCart(customer, sku, 1);
        HttpResponse<String> placed = Shop.checkout(customer, null, "Lagos", "pay_on_delivery");
        assertEquals(201, placed.statusCode(), placed.body());
        String reference = Http.json(placed).getJsonObject("order").getString("reference");
        Chat.Session session = Chat.start(customer);
        CompletableFuture<String> pushed = Chat.pushedMessage(ItSettings.baseUrl(), session, reference);

        HttpResponse<String> moved = SignIn.send("POST", "/api/v1/orders/" + reference + "/status",
                SignIn.tokenOf(SignIn.AGENT), "{\"status\":\"processing\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        String event = pushed.get(15, TimeUnit.SECONDS);
        assertTrue(event.contains(reference) && event.contains("packed"), event);
        assertTrue(Chat.messages(session, customer).stream()
                .anyMatch(m -> m.getString("body").contains("Update on order " + reference)));
    }
}
