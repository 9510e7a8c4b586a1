package com.raqibtech.naija.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;

/** Chatting over the real API: sessions, messages, what the bot answered and did. */
public final class Chat {

    private Chat() {
    }

    /** A session started with the token (null: as an anonymous visitor, who gets a guest token). */
    public record Session(String id, String token) {
    }

    public static Session start(String token) {
        HttpResponse<String> started = SignIn.send("POST", "/api/v1/chat/sessions", token, null);
        assertEquals(201, started.statusCode(), started.body());
        JsonObject body = Http.json(started);
        String id = body.getJsonObject("session").getString("id");
        return new Session(id, token != null ? token : body.getString("guestToken"));
    }

    public static HttpResponse<String> post(Session session, String text) {
        return SignIn.send("POST", "/api/v1/chat/sessions/" + session.id() + "/messages", session.token(),
                Json.createObjectBuilder().add("text", text).build().toString());
    }

    /** Sends and expects an answer (200). */
    public static JsonObject say(Session session, String text) {
        HttpResponse<String> answered = post(session, text);
        assertEquals(200, answered.statusCode(), text + " → " + answered.body());
        return Http.json(answered);
    }

    public static String replyText(JsonObject turn) {
        return !turn.containsKey("reply") || turn.isNull("reply") ? null : turn.getJsonObject("reply").getString("body");
    }

    public static List<String> actions(JsonObject turn) {
        return turn.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .map(action -> action.getString("type")).toList();
    }

    /** The reference of an action of that type, e.g. the order placed. */
    public static String actionReference(JsonObject turn, String type) {
        return turn.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(action -> action.getString("type").equals(type))
                .map(action -> action.get("reference") instanceof JsonString s ? s.getString() : null)
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + turn));
    }

    public static List<JsonObject> messages(Session session, String token) {
        HttpResponse<String> read = SignIn.get("/api/v1/chat/sessions/" + session.id() + "/messages", token);
        assertEquals(200, read.statusCode(), read.body());
        return Http.parse(read.body()).asJsonArray().getValuesAs(JsonObject.class);
    }
}
