package com.raqibtech.naija.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** POST /api/v1/nlu/parse on the running server: entities with spans, sentiment, language, clean refusals. */
class NluParseIT {

    private static HttpResponse<String> parse(String text) {
        return SignIn.send("POST", "/api/v1/nlu/parse", null,
                Json.createObjectBuilder().add("text", text).build().toString());
    }

    @Test
    void pidginShoppingMessageWithBudgetAndState() {
        String text = "Abeg I wan buy Samsung phone under 300k, deliver am for Lasgidi";
        HttpResponse<String> response = parse(text);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject parsed = Http.json(response);
        assertEquals("pcm", parsed.getString("language"));
        assertTrue(parsed.getJsonNumber("confidence").doubleValue() > 0);
        String entities = parsed.getJsonArray("entities").toString();
        assertTrue(entities.contains("\"entity\":\"price_max\"") && entities.contains("300000"), entities);
        assertTrue(entities.contains("\"value\":\"Lagos\""), entities);
        for (JsonObject entity : parsed.getJsonArray("entities").getValuesAs(JsonObject.class)) {
            assertEquals(entity.getString("text"), text.substring(entity.getInt("start"), entity.getInt("end")));
        }
    }

    @Test
    void orderReferencesAndSentiment() {
        JsonObject tracking = Http.json(parse("where my order RQB2026112400000001 dey?"));
        assertTrue(tracking.getJsonArray("entities").toString().contains("RQB2026112400000001"));
        JsonObject angry = Http.json(parse("this thing no good at all, una be scam!!!"));
        assertEquals("negative", angry.getJsonObject("sentiment").getString("label"));
        assertTrue(angry.getJsonObject("sentiment").getBoolean("frustrated"));
        assertTrue(angry.getJsonObject("sentiment").getJsonNumber("score").doubleValue() < 0);
        JsonObject english = Http.json(parse("What is the delivery fee to Kano?"));
        assertEquals("en", english.getString("language"));
    }

    @Test
    void badInputIsA400Problem() {
        assertEquals(400, parse("").statusCode());
        assertEquals(400, parse("x".repeat(2001)).statusCode());
        HttpResponse<String> notJson = SignIn.send("POST", "/api/v1/nlu/parse", null, "{\"text\": ");
        assertEquals(400, notJson.statusCode());
        assertTrue(Http.contentType(notJson).startsWith("application/problem+json"));
        assertEquals(200, parse("x".repeat(2000)).statusCode(), "2000 characters are allowed");
        assertFalse(parse("😀😀😀").body().contains("Exception"));
    }
}
