package com.raqibtech.naija.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the live OpenAPI document, called as anonymous and as each role: allowed callers never get
 * 401/403 (nor a 5xx), refused callers get 401 when anonymous and 403 otherwise. An operation missing from the
 * table below fails the test, so every endpoint added later must say who may use it.
 */
class AccessMatrixIT {

    static final String ANONYMOUS = "anonymous";
    static final String GUEST = "guest";
    static final String CUSTOMER = "customer";
    static final String AGENT = "support_agent";
    static final String ADMIN = "admin";
    static final String SUPER_ADMIN = "super_admin";
    static final Set<String> EVERYONE = Set.of(ANONYMOUS, GUEST, CUSTOMER, AGENT, ADMIN, SUPER_ADMIN);
    static final Set<String> SIGNED_IN = Set.of(GUEST, CUSTOMER, AGENT, ADMIN, SUPER_ADMIN);
    static final Set<String> STAFF = Set.of(AGENT, ADMIN, SUPER_ADMIN);
    static final Set<String> ADMINS = Set.of(ADMIN, SUPER_ADMIN);

    /** Who may call each operation. */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("GET /api/v1/delivery/quote", EVERYONE);
        ALLOWED.put("GET /api/v1/delivery/zones", EVERYONE);
        ALLOWED.put("GET /api/v1/products", EVERYONE);
        ALLOWED.put("GET /api/v1/products/{sku}", EVERYONE);
        ALLOWED.put("GET /api/v1/categories", EVERYONE);
        ALLOWED.put("POST /api/v1/nlu/parse", EVERYONE);
        ALLOWED.put("POST /api/v1/auth/login", EVERYONE);
        ALLOWED.put("POST /api/v1/auth/logout", SIGNED_IN);
        ALLOWED.put("GET /api/v1/auth/me", SIGNED_IN);
        ALLOWED.put("POST /api/v1/accounts", EVERYONE);
        ALLOWED.put("GET /api/v1/customers/me", Set.of(CUSTOMER));
        ALLOWED.put("PATCH /api/v1/customers/me", Set.of(CUSTOMER));
        ALLOWED.put("GET /api/v1/customers", STAFF);
        ALLOWED.put("GET /api/v1/customers/{id}", STAFF);
        ALLOWED.put("GET /api/v1/orders", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        ALLOWED.put("GET /api/v1/orders/{reference}", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        ALLOWED.put("GET /api/v1/admin/users", ADMINS);
        ALLOWED.put("POST /api/v1/admin/users", ADMINS);
        ALLOWED.put("GET /api/v1/admin/users/{id}", ADMINS);
        ALLOWED.put("PUT /api/v1/admin/users/{id}/roles/{role}", ADMINS);
        ALLOWED.put("DELETE /api/v1/admin/users/{id}/roles/{role}", ADMINS);
        ALLOWED.put("POST /api/v1/admin/users/{id}/disable", ADMINS);
        ALLOWED.put("POST /api/v1/admin/users/{id}/enable", ADMINS);
        ALLOWED.put("GET /api/v1/admin/audit", ADMINS);
        ALLOWED.put("GET /api/v1/cart", Set.of(GUEST, CUSTOMER));
        ALLOWED.put("DELETE /api/v1/cart", Set.of(GUEST, CUSTOMER));
        ALLOWED.put("POST /api/v1/cart/items", Set.of(GUEST, CUSTOMER));
        ALLOWED.put("PUT /api/v1/cart/items/{sku}", Set.of(GUEST, CUSTOMER));
        ALLOWED.put("DELETE /api/v1/cart/items/{sku}", Set.of(GUEST, CUSTOMER));
        ALLOWED.put("POST /api/v1/cart/merge", Set.of(CUSTOMER));
        ALLOWED.put("GET /api/v1/checkout/quote", Set.of(CUSTOMER));
        ALLOWED.put("POST /api/v1/checkout", Set.of(CUSTOMER));
        ALLOWED.put("GET /api/v1/wallet", Set.of(CUSTOMER));
        ALLOWED.put("POST /api/v1/customers/{id}/wallet/top-ups", STAFF);
        ALLOWED.put("POST /api/v1/orders/{reference}/payment/confirm", STAFF);
        ALLOWED.put("POST /api/v1/orders/{reference}/status", STAFF);
        ALLOWED.put("POST /api/v1/orders/{reference}/cancel", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        ALLOWED.put("POST /api/v1/orders/{reference}/return", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        ALLOWED.put("PATCH /api/v1/orders/{reference}/delivery-address", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        ALLOWED.put("PATCH /api/v1/orders/{reference}/payment-method", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        ALLOWED.put("PUT /api/v1/orders/{reference}/items/{sku}", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        ALLOWED.put("DELETE /api/v1/orders/{reference}/items/{sku}", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        ALLOWED.put("POST /api/v1/orders/{reference}/exchanges", Set.of(CUSTOMER, AGENT, ADMIN, SUPER_ADMIN));
        // Conversations are started by anonymous visitors (who become guests) and customers; staff join them.
        ALLOWED.put("POST /api/v1/chat/sessions", Set.of(ANONYMOUS, CUSTOMER));
        ALLOWED.put("GET /api/v1/chat/sessions/{id}", SIGNED_IN);
        ALLOWED.put("GET /api/v1/chat/sessions/{id}/messages", SIGNED_IN);
        ALLOWED.put("POST /api/v1/chat/sessions/{id}/messages", Set.of(GUEST, CUSTOMER));
        ALLOWED.put("GET /api/v1/chat/sessions/{id}/events", Set.of(GUEST, CUSTOMER));
        ALLOWED.put("GET /api/v1/staff/conversations", STAFF);
        ALLOWED.put("POST /api/v1/staff/conversations/{id}/claim", STAFF);
        ALLOWED.put("POST /api/v1/staff/conversations/{id}/replies", STAFF);
        ALLOWED.put("POST /api/v1/staff/conversations/{id}/notes", STAFF);
        ALLOWED.put("POST /api/v1/staff/conversations/{id}/release", STAFF);
        ALLOWED.put("POST /api/v1/staff/conversations/{id}/close", STAFF);
    }

    /** Harmless values for path parameters: real where reading is the point, absent where writing would be. */
    static final Map<String, String> PATH_VALUES = Map.of("{id}", "999999", "{role}", "support_agent",
            "{reference}", "RQB2026010100000000", "{sku}", "PHN-SAM-A15-128");

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void signInEveryRole() {
        TOKENS.put(ANONYMOUS, null);
        TOKENS.put(GUEST, SignIn.guestToken());
        TOKENS.put(CUSTOMER, SignIn.tokenOf(SignIn.CUSTOMER));
        TOKENS.put(AGENT, SignIn.tokenOf(SignIn.AGENT));
        TOKENS.put(ADMIN, SignIn.tokenOf(SignIn.ADMIN));
        TOKENS.put(SUPER_ADMIN, SignIn.tokenOf(SignIn.SUPER_ADMIN));
    }

    @Test
    void everyOperationInTheOpenApiDocumentIsListed() {
        Set<String> documented = operations();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(ALLOWED.keySet());
        assertTrue(missing.isEmpty(), "operations nobody decided access for: " + missing);
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "listed but not in the OpenAPI document: " + stale);
    }

    @Test
    void everyRoleGetsExactlyTheAccessItShould() {
        List<String> wrong = new ArrayList<>();
        for (String operation : operations()) {
            Set<String> allowed = ALLOWED.getOrDefault(operation, Set.of());
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            String concrete = path;
            for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
                concrete = concrete.replace(value.getKey(), value.getValue());
            }
            for (Map.Entry<String, String> caller : TOKENS.entrySet()) {
                String role = caller.getKey();
                String token = caller.getValue();
                if (operation.equals("POST /api/v1/auth/logout") && token != null) {
                    // Signing out spends the token: use one of its own.
                    token = role.equals(GUEST) ? SignIn.guestToken()
                            : SignIn.freshToken(usernameOf(role), SignIn.passwordOf(usernameOf(role)));
                }
                String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
                HttpResponse<String> response = SignIn.send(method, concrete, token, body);
                int status = response.statusCode();
                String verdict = operation + " as " + role + " → " + status;
                if (status >= 500) {
                    wrong.add(verdict + " (server error: " + response.body() + ")");
                } else if (allowed.contains(role) && (status == 401 || status == 403)) {
                    wrong.add(verdict + " (should be allowed)");
                } else if (!allowed.contains(role)) {
                    int expected = role.equals(ANONYMOUS) ? 401 : 403;
                    if (status != expected) {
                        wrong.add(verdict + " (expected " + expected + ")");
                    } else if (!Http.contentType(response).startsWith("application/problem+json")) {
                        wrong.add(verdict + " (not problem+json: " + Http.contentType(response) + ")");
                    }
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
        }
    }

    @Test
    void refusalsSayWhatToDo() {
        HttpResponse<String> anonymous = SignIn.get("/api/v1/customers/me", null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("Bearer realm=\"naija\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(Http.json(anonymous).getString("detail").contains("/api/v1/auth/login"));
        HttpResponse<String> customer = SignIn.get("/api/v1/admin/users", TOKENS.get(CUSTOMER));
        assertEquals(403, customer.statusCode());
        assertEquals(403, Http.json(customer).getInt("status"));
    }

    private static String usernameOf(String role) {
        return switch (role) {
            case CUSTOMER -> SignIn.CUSTOMER;
            case AGENT -> SignIn.AGENT;
            case ADMIN -> SignIn.ADMIN;
            default -> SignIn.SUPER_ADMIN;
        };
    }

    /** "METHOD /path" for every operation of the live document. */
    static Set<String> operations() {
        HttpResponse<String> document = Http.send(HttpRequest.newBuilder(Http.uri("/openapi"))
                .header("Accept", "application/json").GET());
        assertEquals(200, document.statusCode());
        JsonObject paths = Http.json(document).getJsonObject("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path);
                }
            }
        }
        return operations;
    }
}
