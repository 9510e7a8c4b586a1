package com.raqibtech.naija.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Chat;
import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.Shop;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/**
 * Two Liberty servers on one PostgreSQL and one Redis: a conversation goes on whichever node a message reaches,
 * with its short-term memory, its cart and its event stream.
 */
class TwoNodeConversationIT {

    private static final String FIRST = ItSettings.baseUrl();
    private static final String SECOND = ItSettings.secondNodeUrl();

    @Test
    void aConversationStartedOnOneNodeContinuesOnTheOther() {
        Chat.Session session = Chat.startOn(FIRST, null);

        JsonObject search = Chat.sayOn(FIRST, session, "I wan buy Samsung phone");
        String second = Chat.productCards(search).get(1).getString("name");

        // "the second one" only means something to a node that knows what the other node listed.
        JsonObject added = Chat.sayOn(SECOND, session, "add the second one");
        assertTrue(Chat.actions(added).contains("cart_updated"), added.toString());
        assertEquals(second,
                added.getJsonObject("cart").getJsonArray("lines").getJsonObject(0).getString("name"));

        JsonObject cart = Chat.sayOn(FIRST, session, "wetin dey my cart");
        assertEquals(second, Chat.blocks(cart, "cart").get(0).getJsonArray("lines").getJsonObject(0)
                .getString("name"));

        List<JsonObject> history = Chat.messagesOn(SECOND, session, session.token());
        assertEquals(List.of("customer", "bot", "customer", "bot", "customer", "bot"),
                history.stream().map(message -> message.getString("author")).toList());
        assertEquals("add the second one", history.get(2).getString("body"));
    }

    @Test
    void messagesReachingBothNodesAtOnceAreAnsweredOneAfterTheOther() throws Exception {
        String customer = Shop.freshCustomer();
        Chat.Session session = Chat.startOn(SECOND, customer);
        for (int round = 0; round < 5; round++) {
            CompletableFuture<HttpResponse<String>> viaFirst =
                    CompletableFuture.supplyAsync(() -> Chat.postOn(FIRST, session, "how much to deliver to Kano?"));
            CompletableFuture<HttpResponse<String>> viaSecond =
                    CompletableFuture.supplyAsync(() -> Chat.postOn(SECOND, session, "show me laptops"));
            assertEquals(200, viaFirst.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(200, viaSecond.get(30, TimeUnit.SECONDS).statusCode());
        }
        // Each answer directly follows its question: the turns were serialised across the nodes.
        List<JsonObject> history = Chat.messagesOn(FIRST, session, customer);
        assertEquals(20, history.size());
        for (int i = 0; i < history.size(); i += 2) {
            assertEquals("customer", history.get(i).getString("author"), history.toString());
            assertEquals("bot", history.get(i + 1).getString("author"), history.toString());
            String question = history.get(i).getString("body");
            String answer = history.get(i + 1).getString("body");
            assertTrue(question.contains("Kano") ? answer.contains("Kano") : !answer.contains("Kano"),
                    question + " → " + answer);
        }
        // No turn's memory was overwritten by a turn running beside it on the other node.
        try (JedisPooled redis = new JedisPooled(URI.create(ItSettings.redisUrl()))) {
            JsonObject memory = Http.json(redis.get(ItSettings.redisPrefix() + "chat:memory:v2:" + session.id()));
            assertEquals(10, memory.getJsonObject("dialogue").getInt("turnCount"), memory.toString());
            JsonObject transcript = memory.getJsonObject("transcript");
            assertEquals(20, transcript.getJsonArray("turns").size() + transcript.getJsonArray("summary").size(),
                    memory.toString());
        }
    }

    @Test
    void anAgentReplyOnOneNodeIsPushedToTheStreamOpenOnTheOther() throws Exception {
        String customer = Shop.freshCustomer();
        String agent = SignIn.tokenOf(SignIn.AGENT);
        Chat.Session session = Chat.startOn(SECOND, customer);
        JsonObject asked = Chat.sayOn(SECOND, session, "I want to talk to a human agent please");
        assertTrue(Chat.actions(asked).contains("handoff_requested"), asked.toString());

        CompletableFuture<String> pushed = Chat.pushedMessage(SECOND, session, "Tolu on the first node");
        HttpResponse<String> claimed = SignIn.sendOn(FIRST, "POST",
                "/api/v1/staff/conversations/" + session.id() + "/claim", agent, null);
        assertEquals(200, claimed.statusCode(), claimed.body());
        HttpResponse<String> replied = SignIn.sendOn(FIRST, "POST",
                "/api/v1/staff/conversations/" + session.id() + "/replies", agent,
                "{\"text\":\"Hello, Tolu on the first node here. How can I help?\"}");
        assertEquals(200, replied.statusCode(), replied.body());
        String event = pushed.get(15, TimeUnit.SECONDS);
        assertTrue(event.contains("Tolu on the first node"), event);

        // The node that did not take the claim knows a person owns the chat, and stays silent.
        JsonObject whileOwned = Chat.sayOn(SECOND, session, "thank you");
        assertTrue(whileOwned.getBoolean("humanOwned"), whileOwned.toString());
        assertEquals(null, Chat.replyText(whileOwned));

        HttpResponse<String> released = SignIn.sendOn(SECOND, "POST",
                "/api/v1/staff/conversations/" + session.id() + "/release", agent, null);
        assertEquals("bot", Http.json(released).getString("status"), released.body());
        JsonObject answered = Chat.sayOn(FIRST, session, "how much to deliver to Kano?");
        assertTrue(Chat.replyText(answered).contains("Kano"), answered.toString());
        assertEquals("bot", Http.json(SignIn.getOn(FIRST, "/api/v1/chat/sessions/" + session.id(), customer))
                .getString("status"), "released on the second node, seen by the first");
    }
}
