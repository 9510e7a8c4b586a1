package com.raqibtech.naija.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.ItSettings;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Customers register with a Nigerian number in any writing, sign in with e-mail or phone, and sign out. */
class RegistrationAndSignInIT {

    private static HttpResponse<String> register(String email, String phone, String password) {
        return SignIn.send("POST", "/api/v1/accounts", null, Json.createObjectBuilder()
                .add("fullName", "Chiamaka Eze").add("email", email).add("phone", phone).add("password", password)
                .add("state", "Abj").add("city", "Kubwa").build().toString());
    }

    private static String uniqueMobile() {
        return "0803" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    @Test
    void registersStoresE164AndSignsInByEmailOrPhone() throws Exception {
        String email = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@naija.test";
        String local = uniqueMobile();
        String written = local.substring(0, 4) + " " + local.substring(4, 7) + "-" + local.substring(7);
        HttpResponse<String> created = register(email, written, "Chi#2026pass");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject profile = Http.json(created);
        String e164 = "+234" + local.substring(1);
        assertEquals(e164, profile.getString("phone"));
        assertEquals("FC", profile.getString("stateCode"));
        assertEquals("BRONZE", profile.getJsonObject("tier").getString("code"));
        try (Connection db = ItSettings.serverDatabase();
             PreparedStatement query = db.prepareStatement("SELECT c.phone, u.password_hash FROM customers c"
                     + " JOIN user_accounts u ON u.id = c.user_account_id WHERE c.email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(e164, row.getString(1));
                assertTrue(row.getString(2).startsWith("PBKDF2WithHmacSHA256:"), "stored as a PBKDF2 hash");
            }
        }
        assertEquals(409, register(email.toUpperCase(), uniqueMobile(), "Another#2026").statusCode(),
                "e-mail taken, whatever its case");
        assertEquals(409, register("x" + email, written, "Another#2026").statusCode(), "phone taken");

        String byPhone = SignIn.freshToken("234" + local.substring(1), "Chi#2026pass");
        assertEquals(email, Http.json(SignIn.get("/api/v1/auth/me", byPhone)).getString("username"));
        String byEmail = SignIn.freshToken(email, "Chi#2026pass");
        assertEquals(204, SignIn.send("POST", "/api/v1/auth/logout", byEmail, null).statusCode());
        assertEquals(401, SignIn.get("/api/v1/auth/me", byEmail).statusCode(), "signed-out token is dead");
        assertEquals(200, SignIn.get("/api/v1/auth/me", byPhone).statusCode(), "other sessions live on");
    }

    @Test
    void refusesForeignAndInvalidNumbersWithAClearMessage() {
        String email = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@naija.test";
        HttpResponse<String> foreign = register(email, "+44 7911 123456", "Pass#2026word");
        assertEquals(400, foreign.statusCode());
        assertTrue(Http.json(foreign).getString("detail").contains("Only Nigerian numbers"));
        HttpResponse<String> badPrefix = register(email, "0603 123 4567", "Pass#2026word");
        assertEquals(400, badPrefix.statusCode());
        assertTrue(Http.json(badPrefix).getString("detail").contains("not a valid Nigerian number"));
        HttpResponse<String> shortPassword = register(email, uniqueMobile(), "short");
        assertEquals(400, shortPassword.statusCode());
        assertEquals("password", Http.json(shortPassword).getJsonArray("violations").getJsonObject(0)
                .getString("field"));
        assertEquals(400, SignIn.send("POST", "/api/v1/accounts", null, "{not json").statusCode());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        String email = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@naija.test";
        String local = uniqueMobile();
        assertEquals(201, register(email, local, "Right#2026pass").statusCode());
        // However the account is named (e-mail, phone written four ways), the attempts count together.
        String[] spellings = {email, local, "+234" + local.substring(1), "234 " + local.substring(1),
            local.substring(0, 4) + "-" + local.substring(4)};
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, SignIn.login(spellings[attempt - 1], "wrong-" + attempt).statusCode(),
                    "attempt " + attempt);
        }
        HttpResponse<String> locked = SignIn.login(email, "Right#2026pass");
        assertEquals(429, locked.statusCode(), "even the right password waits out the lockout");
        assertTrue(Http.json(locked).getString("detail").contains("Try again in"));
        assertEquals(200, SignIn.login(SignIn.AGENT, SignIn.passwordOf(SignIn.AGENT)).statusCode(),
                "other accounts are not locked");
    }
}
