package com.raqibtech.naija.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Chatting over the real API: sessions, messages, what the bot answered and did. The methods ending in "On" talk to
 * a given server node; the others to the first.
 */
public final class Chat {

    private Chat() {
    }

    /** A session started with the token (null: as an anonymous visitor, who gets a guest token). */
    public record Session(String id, String token) {
    }

    public static Session start(String token) {
        return startOn(ItSettings.baseUrl(), token);
    }

    public static Session startOn(String node, String token) {
        HttpResponse<String> started = SignIn.sendOn(node, "POST", "/api/v1/chat/sessions", token, null);
        assertEquals(201, started.statusCode(), started.body());
        JsonObject body = Http.json(started);
        String id = body.getJsonObject("session").getString("id");
        return new Session(id, token != null ? token : body.getString("guestToken"));
    }

    public static HttpResponse<String> post(Session session, String text) {
        return postOn(ItSettings.baseUrl(), session, text);
    }

    public static HttpResponse<String> postOn(String node, Session session, String text) {
        return SignIn.sendOn(node, "POST", "/api/v1/chat/sessions/" + session.id() + "/messages", session.token(),
                Json.createObjectBuilder().add("text", text).build().toString());
    }

    /** Sends and expects an answer (200). */
    public static JsonObject say(Session session, String text) {
        return sayOn(ItSettings.baseUrl(), session, text);
    }

    public static JsonObject sayOn(String node, Session session, String text) {
        HttpResponse<String> answered = postOn(node, session, text);
        assertEquals(200, answered.statusCode(), text + " → " + answered.body());
        return Http.json(answered);
    }

    /** Taps a quick reply the bot offered: its label as the text, its payload as what it means. */
    public static JsonObject tap(Session session, JsonObject quickReply) {
        HttpResponse<String> answered = SignIn.send("POST", "/api/v1/chat/sessions/" + session.id() + "/messages",
                session.token(), Json.createObjectBuilder().add("text", quickReply.getString("label"))
                        .add("payload", quickReply.getString("payload")).build().toString());
        assertEquals(200, answered.statusCode(), quickReply + " → " + answered.body());
        return Http.json(answered);
    }

    /** The quick reply offered with this label. */
    public static JsonObject quickReply(JsonObject turn, String label) {
        return turn.getJsonArray("quickReplies").getValuesAs(JsonObject.class).stream()
                .filter(reply -> reply.getString("label").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no quick reply '" + label + "' in " + turn));
    }

    /** The reply's blocks of one kind (text, products, order, cart, quote). */
    public static List<JsonObject> blocks(JsonObject turn, String kind) {
        return turn.getJsonArray("blocks").getValuesAs(JsonObject.class).stream()
                .filter(block -> block.getString("kind").equals(kind)).toList();
    }

    /** The product cards shown, in their numbered order. */
    public static List<JsonObject> productCards(JsonObject turn) {
        List<JsonObject> lists = blocks(turn, "products");
        assertEquals(1, lists.size(), "one list of products in " + turn);
        return lists.get(0).getJsonArray("products").getValuesAs(JsonObject.class);
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
        return messagesOn(ItSettings.baseUrl(), session, token);
    }

    public static List<JsonObject> messagesOn(String node, Session session, String token) {
        HttpResponse<String> read = SignIn.getOn(node, "/api/v1/chat/sessions/" + session.id() + "/messages", token);
        assertEquals(200, read.statusCode(), read.body());
        return Http.parse(read.body()).asJsonArray().getValuesAs(JsonObject.class);
    }

    /**
     * Opens the session's event stream on the node and completes with the data of the first message event that
     * contains the text ("stream ended"/"stream failed" otherwise).
     */
    public static CompletableFuture<String> pushedMessage(String node, Session session, String text)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(Http.uri(node, "/api/v1/chat/sessions/"
                        + session.id() + "/events")).header("Authorization", "Bearer " + session.token())
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                    StandardCharsets.UTF_8))) {
                boolean message = false;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("event: message")) {
                        message = true;
                    } else if (message && line.startsWith("data:") && line.contains(text)) {
                        return line.substring(5).trim();
                    } else if (line.isEmpty()) {
                        message = false;
                    }
                }
                return "stream ended";
            } catch (Exception failed) {
                return "stream failed: " + failed;
            }
        });
    }
}
