package com.raqibtech.naija.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A customer cannot read or change another customer's data by guessing or swapping ids: someone else's order
 * is "not found" (404, revealing nothing), staff-only lookups are 403, and the other customer's rows stay as
 * they were. Carts, conversations and memories get the same probes when their endpoints arrive.
 */
class OwnershipIT {

    @Test
    void anotherCustomersOrderIsNotFoundAndOwnListHoldsOnlyOwnOrders() throws Exception {
        String mine = SignIn.tokenOf(SignIn.CUSTOMER);
        long myId = Http.json(SignIn.get("/api/v1/auth/me", mine)).getJsonNumber("customerId").longValue();
        long theirId = Http.json(SignIn.get("/api/v1/auth/me", SignIn.tokenOf(SignIn.SECOND_CUSTOMER)))
                .getJsonNumber("customerId").longValue();
        List<String> theirs = referencesOf(theirId);
        assertFalse(theirs.isEmpty(), "the second demo customer has orders");

        for (String reference : theirs.subList(0, Math.min(5, theirs.size()))) {
            HttpResponse<String> probe = SignIn.get("/api/v1/orders/" + reference, mine);
            assertEquals(404, probe.statusCode(), reference);
            assertFalse(probe.body().contains("customerId"), "nothing of the order leaks");
            assertFalse(probe.body().contains("\"items\""));
        }
        // Lower-case and padded spellings of the reference lead nowhere either.
        assertEquals(404, SignIn.get("/api/v1/orders/" + theirs.get(0).toLowerCase(), mine).statusCode());

        JsonArray own = (JsonArray) Http.parse(SignIn.get("/api/v1/orders?limit=100", mine).body());
        assertFalse(own.isEmpty());
        List<String> mineInDatabase = referencesOf(myId);
        for (JsonObject order : own.getValuesAs(JsonObject.class)) {
            assertTrue(mineInDatabase.contains(order.getString("reference")), order.getString("reference"));
        }
        // The customerId parameter is for staff; a customer cannot use it to list someone else's orders.
        JsonArray swapped = (JsonArray) Http.parse(
                SignIn.get("/api/v1/orders?limit=100&customerId=" + theirId, mine).body());
        for (JsonObject order : swapped.getValuesAs(JsonObject.class)) {
            assertFalse(theirs.contains(order.getString("reference")));
        }
        HttpResponse<String> ownDetail = SignIn.get("/api/v1/orders/" + mineInDatabase.get(0), mine);
        assertEquals(200, ownDetail.statusCode());
        assertEquals(myId, Http.json(ownDetail).getJsonNumber("customerId").longValue());
    }

    @Test
    void customersCannotReadOtherProfilesAndChangeOnlyTheirOwn() throws Exception {
        String mine = SignIn.tokenOf(SignIn.CUSTOMER);
        long theirId = Http.json(SignIn.get("/api/v1/auth/me", SignIn.tokenOf(SignIn.SECOND_CUSTOMER)))
                .getJsonNumber("customerId").longValue();
        String theirNameBefore = nameOf(theirId);

        assertEquals(403, SignIn.get("/api/v1/customers/" + theirId, mine).statusCode());
        assertEquals(403, SignIn.get("/api/v1/customers?q=a", mine).statusCode());

        // A profile change always lands on the caller's own record, whatever ids the body carries.
        HttpResponse<String> change = SignIn.send("PATCH", "/api/v1/customers/me", mine,
                "{\"id\": " + theirId + ", \"city\": \"Ikeja\", \"state\": \"Lagos\"}");
        assertEquals(200, change.statusCode(), change.body());
        assertEquals("Ikeja", Http.json(change).getString("city"));
        assertEquals(theirNameBefore, nameOf(theirId));
        assertEquals("Ikeja", Http.json(SignIn.get("/api/v1/customers/me", mine)).getString("city"));
    }

    @Test
    void staffReadsOfCustomerDataAreAudited() {
        String agent = SignIn.tokenOf(SignIn.AGENT);
        HttpResponse<String> profile = SignIn.get("/api/v1/customers/2", agent);
        assertEquals(200, profile.statusCode());
        JsonArray audit = (JsonArray) Http.parse(SignIn.get(
                "/api/v1/admin/audit?actor=" + SignIn.AGENT + "&action=CUSTOMER_DATA_READ&targetId=2",
                SignIn.tokenOf(SignIn.ADMIN)).body());
        assertFalse(audit.isEmpty(), "the agent's read of customer 2 is in the audit log");
        assertEquals("customer", audit.getJsonObject(0).getString("targetType"));
    }

    private static List<String> referencesOf(long customerId) throws Exception {
        try (Connection db = ItSettings.serverDatabase();
             PreparedStatement query = db.prepareStatement(
                     "SELECT reference FROM orders WHERE customer_id = ? ORDER BY placed_at DESC")) {
            query.setLong(1, customerId);
            List<String> references = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
            return references;
        }
    }

    private static String nameOf(long customerId) throws Exception {
        try (Connection db = ItSettings.serverDatabase();
             PreparedStatement query = db.prepareStatement("SELECT full_name || '|' || COALESCE(city, '')"
                     + " FROM customers WHERE id = ?")) {
            query.setLong(1, customerId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
