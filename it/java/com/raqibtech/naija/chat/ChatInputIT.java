package com.raqibtech.naija.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Chat;
import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.Shop;
import com.raqibtech.naija.testing.SignIn;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Bad messages get a clear 4xx problem and leave the conversation as it was. */
class ChatInputIT {

    private static void refused(HttpResponse<String> response, int status, String mentioned) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith("application/problem+json"), Http.contentType(response));
        assertTrue(response.body().contains(mentioned), response.body());
    }

    private static long stored(Chat.Session session) throws Exception {
        return Shop.query("SELECT count(*) FROM messages WHERE conversation_id = ?", session.id());
    }

    private static HttpResponse<String> sendWithKey(Chat.Session session, String key, String text) {
        return Http.send(HttpRequest.newBuilder(Http.uri("/api/v1/chat/sessions/" + session.id() + "/messages"))
                .header("Authorization", "Bearer " + session.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")));
    }

    @Test
    void aRetriedMessageIsAnsweredOnceWithTheFirstAnswer() throws Exception {
        Chat.Session session = Chat.start(null);
        Chat.say(session, "show me blenders");
        HttpResponse<String> first = sendWithKey(session, "msg-1", "add the first one");
        assertEquals(200, first.statusCode(), first.body());
        long afterFirst = stored(session);
        HttpResponse<String> retry = sendWithKey(session, "msg-1", "add the first one");
        assertEquals(200, retry.statusCode(), retry.body());
        assertTrue(Http.json(retry).getBoolean("duplicate"), retry.body());
        assertEquals(Chat.replyText(Http.json(first)), Chat.replyText(Http.json(retry)), "the first answer again");
        assertEquals(afterFirst, stored(session), "nothing stored twice");
        assertEquals(1, Http.json(SignIn.get("/api/v1/cart", session.token())).getInt("itemCount"),
                "added once");

        // Another conversation may use the same key: keys belong to their conversation.
        Chat.Session other = Chat.start(null);
        HttpResponse<String> elsewhere = sendWithKey(other, "msg-1", "hello");
        assertEquals(200, elsewhere.statusCode(), elsewhere.body());
        assertEquals(false, Http.json(elsewhere).getBoolean("duplicate"));
        refused(sendWithKey(other, "not a key!", "hello"), 400, "letters, digits");
    }

    @Test
    void emptyHugeAndBrokenMessagesAreRefusedAndNothingIsStored() throws Exception {
        Chat.Session session = Chat.start(null);
        Chat.say(session, "hello");
        long before = stored(session);

        refused(Chat.post(session, "   "), 400, "write something");
        refused(Chat.post(session, "a".repeat(10_000)), 400, "2,000");
        refused(SignIn.send("POST", "/api/v1/chat/sessions/" + session.id() + "/messages", session.token(), "{}"),
                400, "text");
        refused(SignIn.send("POST", "/api/v1/chat/sessions/" + session.id() + "/messages", session.token(),
                "{\"text\": "), 400, "JSON");
        byte[] broken = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'h', 'i', (byte) 0xC3, (byte) 0x28, '"', '}'};
        refused(Http.send(HttpRequest.newBuilder(Http.uri("/api/v1/chat/sessions/" + session.id() + "/messages"))
                .header("Authorization", "Bearer " + session.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(broken))), 400, "UTF-8");
        refused(Http.send(HttpRequest.newBuilder(Http.uri("/api/v1/chat/sessions/" + session.id() + "/messages"))
                .header("Authorization", "Bearer " + session.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + "x".repeat(70_000) + "\"}"))), 413, "KB");

        assertEquals(before, stored(session), "nothing stored from refused messages");
        assertEquals(200, Chat.post(session, "I wan buy phone").statusCode(), "the conversation goes on");
    }

    @Test
    void unknownAndForeignSessionsAreNotFound() throws Exception {
        Chat.Session mine = Chat.start(SignIn.tokenOf(SignIn.CUSTOMER));
        Chat.Session someoneElses = new Chat.Session(mine.id(), SignIn.tokenOf(SignIn.SECOND_CUSTOMER));
        long before = stored(mine);
        refused(Chat.post(someoneElses, "cancel my order"), 404, "no conversation");
        Chat.Session guestIntoCustomers = new Chat.Session(mine.id(), Chat.start(null).token());
        refused(Chat.post(guestIntoCustomers, "hello"), 404, "no conversation");
        refused(Chat.post(new Chat.Session("00000000-0000-0000-0000-000000000000", mine.token()), "hello"), 404,
                "no conversation");
        assertEquals(before, stored(mine));
    }

    @Test
    void staffCannotWriteAsTheCustomer() {
        Chat.Session session = Chat.start(null);
        refused(Chat.post(new Chat.Session(session.id(), SignIn.tokenOf(SignIn.AGENT)), "hello"), 403, "");
    }
}
