package com.raqibtech.naija.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins manage staff accounts; changes apply on the very next request and all of it lands in the audit log. */
class AccountAdministrationIT {

    private static final String PASSWORD = "Staff#2026-it";

    private static JsonObject createStaff(String token, String role, int expectedStatus) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@naija.test";
        HttpResponse<String> created = SignIn.send("POST", "/api/v1/admin/users", token,
                Json.createObjectBuilder().add("email", email).add("displayName", "IT " + role)
                        .add("password", PASSWORD).add("roles", Json.createArrayBuilder().add(role)).build()
                        .toString());
        assertEquals(expectedStatus, created.statusCode(), created.body());
        return Http.json(created);
    }

    @Test
    void roleChangesAndDisablingTakeEffectOnTheNextRequest() {
        String admin = SignIn.tokenOf(SignIn.ADMIN);
        JsonObject agent = createStaff(admin, "support_agent", 201);
        long id = agent.getJsonNumber("id").longValue();
        String username = agent.getString("username");
        String agentToken = SignIn.freshToken(username, PASSWORD);
        assertEquals(200, SignIn.get("/api/v1/customers/1", agentToken).statusCode());

        assertEquals(200, SignIn.send("DELETE", "/api/v1/admin/users/" + id + "/roles/support_agent", admin, null)
                .statusCode());
        assertEquals(403, SignIn.get("/api/v1/customers/1", agentToken).statusCode(), "same token, role gone");

        assertEquals(200, SignIn.send("PUT", "/api/v1/admin/users/" + id + "/roles/support_agent", admin, null)
                .statusCode());
        assertEquals(200, SignIn.get("/api/v1/customers/1", agentToken).statusCode(), "role back");

        assertEquals(200, SignIn.send("POST", "/api/v1/admin/users/" + id + "/disable", admin, null).statusCode());
        HttpResponse<String> afterDisable = SignIn.get("/api/v1/customers/1", agentToken);
        assertEquals(401, afterDisable.statusCode(), "a disabled account's token stops working at once");
        assertEquals(401, SignIn.login(username, PASSWORD).statusCode(), "and it cannot sign in");

        assertEquals(200, SignIn.send("POST", "/api/v1/admin/users/" + id + "/enable", admin, null).statusCode());
        assertEquals(200, SignIn.login(username, PASSWORD).statusCode());

        List<String> trail = auditTrail(String.valueOf(id));
        assertTrue(trail.containsAll(List.of("ACCOUNT_CREATED/SUCCESS", "ROLE_REVOKED/SUCCESS",
                "ROLE_GRANTED/SUCCESS", "ACCOUNT_DISABLED/SUCCESS", "ACCOUNT_ENABLED/SUCCESS")), trail.toString());
        JsonArray logins = (JsonArray) Http.parse(SignIn.get("/api/v1/admin/audit?action=LOGIN&actor=" + username,
                admin).body());
        assertTrue(logins.getValuesAs(JsonObject.class).stream()
                .anyMatch(event -> event.getString("outcome").equals("FAILURE")), "the refused sign-in");
        assertTrue(logins.getValuesAs(JsonObject.class).stream()
                .anyMatch(event -> event.getString("outcome").equals("SUCCESS")));
    }

    @Test
    void onlyASuperAdminHandlesAdminRoles() {
        String admin = SignIn.tokenOf(SignIn.ADMIN);
        String superAdmin = SignIn.tokenOf(SignIn.SUPER_ADMIN);
        JsonObject agent = createStaff(admin, "support_agent", 201);
        long id = agent.getJsonNumber("id").longValue();

        HttpResponse<String> grantSuper = SignIn.send("PUT", "/api/v1/admin/users/" + id + "/roles/super_admin",
                admin, null);
        assertEquals(403, grantSuper.statusCode());
        assertTrue(Http.json(grantSuper).getString("detail").contains("super_admin"));
        assertEquals(403, SignIn.send("PUT", "/api/v1/admin/users/" + id + "/roles/admin", admin, null)
                .statusCode());
        createStaff(admin, "admin", 403);

        HttpResponse<String> grantAdmin = SignIn.send("PUT", "/api/v1/admin/users/" + id + "/roles/admin",
                superAdmin, null);
        assertEquals(200, grantAdmin.statusCode());
        assertTrue(Http.json(grantAdmin).getJsonArray("roles").toString().contains("admin"));
        // Now an admin, the account can no longer be disabled by a mere admin.
        assertEquals(403, SignIn.send("POST", "/api/v1/admin/users/" + id + "/disable", admin, null).statusCode());
        // Nobody changes their own roles.
        long ownId = ((JsonArray) Http.parse(SignIn.get("/api/v1/admin/users", superAdmin).body()))
                .getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("username").equals(SignIn.SUPER_ADMIN))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(403, SignIn.send("DELETE", "/api/v1/admin/users/" + ownId + "/roles/super_admin", superAdmin,
                null).statusCode());

        List<String> trail = auditTrail(String.valueOf(id));
        assertTrue(trail.contains("ROLE_GRANTED/DENIED"), trail.toString());
        assertTrue(trail.contains("ACCOUNT_DISABLED/DENIED"), trail.toString());
    }

    @Test
    void customersAndAgentsCannotAdministerAccounts() {
        for (String user : new String[]{SignIn.CUSTOMER, SignIn.AGENT}) {
            HttpResponse<String> attempt = SignIn.send("PUT", "/api/v1/admin/users/1/roles/admin",
                    SignIn.tokenOf(user), null);
            assertEquals(403, attempt.statusCode(), user);
        }
    }

    private static List<String> auditTrail(String userId) {
        JsonArray events = (JsonArray) Http.parse(SignIn.get("/api/v1/admin/audit?targetType=user&targetId=" + userId
                + "&limit=100", SignIn.tokenOf(SignIn.SUPER_ADMIN)).body());
        return events.getValuesAs(JsonObject.class).stream()
                .map(event -> event.getString("action") + "/" + event.getString("outcome")).toList();
    }
}
