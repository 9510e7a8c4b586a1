package com.raqibtech.naija.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** A guest's token opens its own chat session and nothing else; customers see only their own sessions. */
class ConversationAccessIT {

    private static JsonObject start(String token) {
        HttpResponse<String> started = SignIn.send("POST", "/api/v1/chat/sessions", token, null);
        assertEquals(201, started.statusCode(), started.body());
        return Http.json(started);
    }

    @Test
    void aGuestTokenOpensItsOwnSessionOnly() throws Exception {
        JsonObject first = start(null);
        String guest = first.getString("guestToken");
        String ownId = first.getJsonObject("session").getString("id");
        assertTrue(guest.startsWith("nsg_") && guest.length() > 40, "an unguessable token");
        assertEquals(36, ownId.length(), "a UUID, not a counter");

        assertEquals(200, SignIn.get("/api/v1/chat/sessions/" + ownId, guest).statusCode());
        assertEquals(200, SignIn.get("/api/v1/chat/sessions/" + ownId + "/messages", guest).statusCode());
        JsonObject me = Http.json(SignIn.get("/api/v1/auth/me", guest));
        assertEquals("[\"guest\"]", me.getJsonArray("roles").toString());

        String otherGuestsSession = start(null).getJsonObject("session").getString("id");
        assertEquals(404, SignIn.get("/api/v1/chat/sessions/" + otherGuestsSession, guest).statusCode());
        String customersSession = start(SignIn.tokenOf(SignIn.CUSTOMER)).getJsonObject("session").getString("id");
        assertEquals(404, SignIn.get("/api/v1/chat/sessions/" + customersSession, guest).statusCode());
        for (String path : new String[]{"/api/v1/orders", "/api/v1/customers/me", "/api/v1/customers/1"}) {
            assertEquals(403, SignIn.get(path, guest).statusCode(), path);
        }
        // The stored conversation belongs to no customer until the guest signs in.
        try (Connection db = ItSettings.serverDatabase();
             PreparedStatement query = db.prepareStatement("SELECT customer_id, channel FROM conversations"
                     + " WHERE id = ?")) {
            query.setString(1, ownId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(0, row.getLong(1));
                assertTrue(row.wasNull());
                assertEquals("WEB", row.getString(2));
            }
        }
    }

    @Test
    void customersSeeOnlyTheirOwnSessionsAndStaffSeeAll() {
        JsonObject mine = start(SignIn.tokenOf(SignIn.CUSTOMER));
        String id = mine.getJsonObject("session").getString("id");
        assertTrue(!mine.containsKey("guestToken") || mine.isNull("guestToken"), "customers use their own token");
        assertNotNull(mine.getJsonObject("session").getJsonNumber("customerId"));

        assertEquals(200, SignIn.get("/api/v1/chat/sessions/" + id, SignIn.tokenOf(SignIn.CUSTOMER)).statusCode());
        assertEquals(404, SignIn.get("/api/v1/chat/sessions/" + id, SignIn.tokenOf(SignIn.SECOND_CUSTOMER))
                .statusCode());
        assertEquals(200, SignIn.get("/api/v1/chat/sessions/" + id, SignIn.tokenOf(SignIn.AGENT)).statusCode());
        assertEquals(403, SignIn.send("POST", "/api/v1/chat/sessions", SignIn.tokenOf(SignIn.AGENT), null)
                .statusCode(), "staff join conversations, they do not start them");
        assertEquals(401, SignIn.get("/api/v1/chat/sessions/" + id, null).statusCode());
    }
}
