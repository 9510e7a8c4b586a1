package com.raqibtech.naija.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.JedisPooled;

/** Signing in over the real API, with the demo sign-ins of the README. */
public final class SignIn {

    public static final String CUSTOMER = "customer@naija.test";
    public static final String SECOND_CUSTOMER = "customer2@naija.test";
    public static final String AGENT = "agent@naija.test";
    public static final String ADMIN = "admin@naija.test";
    public static final String SUPER_ADMIN = "superadmin@naija.test";

    private static final Map<String, String> PASSWORDS = Map.of(CUSTOMER, "Customer#2026",
            SECOND_CUSTOMER, "Customer2#2026", AGENT, "Agent#2026", ADMIN, "Admin#2026",
            SUPER_ADMIN, "SuperAdmin#2026");
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private SignIn() {
    }

    /** A token for a demo sign-in, signed in once per test run. */
    public static String tokenOf(String username) {
        return TOKENS.computeIfAbsent(username, name -> freshToken(name, PASSWORDS.get(name)));
    }

    /** A new token (for tests that sign out or otherwise spend it). */
    public static String freshToken(String username, String password) {
        HttpResponse<String> response = login(username, password);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getString("token");
    }

    public static String passwordOf(String username) {
        return PASSWORDS.get(username);
    }

    public static HttpResponse<String> login(String login, String password) {
        return Http.send(HttpRequest.newBuilder(Http.uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("login", login).add("password", password).build().toString())));
    }

    public static HttpResponse<String> get(String path, String token) {
        return getOn(ItSettings.baseUrl(), path, token);
    }

    public static HttpResponse<String> getOn(String node, String path, String token) {
        return Http.send(authorized(HttpRequest.newBuilder(Http.uri(node, path)).GET(), token));
    }

    public static HttpResponse<String> send(String method, String path, String token, String json) {
        return sendOn(ItSettings.baseUrl(), method, path, token, json);
    }

    public static HttpResponse<String> sendOn(String node, String method, String path, String token, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(node, path)).method(method, body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return Http.send(authorized(request, token));
    }

    /**
     * A guest token for a made-up conversation, placed in Redis the way the server keeps them (under the run's
     * key prefix, by SHA-256): guests get tokens from the chat API, which a later release adds.
     */
    public static String guestToken() {
        String token = "nsg_it" + UUID.randomUUID().toString().replace("-", "");
        try (JedisPooled redis = new JedisPooled(URI.create(ItSettings.redisUrl()))) {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
            redis.setex(ItSettings.redisPrefix() + "auth:guest:" + hash, 3600, UUID.randomUUID().toString());
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        return token;
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
