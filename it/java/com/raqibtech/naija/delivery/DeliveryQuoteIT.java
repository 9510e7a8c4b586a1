package com.raqibtech.naija.delivery;

import static com.raqibtech.naija.testing.Http.contentType;
import static com.raqibtech.naija.testing.Http.get;
import static com.raqibtech.naija.testing.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/v1/delivery/quote on the real server (PostgreSQL reference data). */
class DeliveryQuoteIT {

    private static HttpResponse<String> quote(String state) {
        return get("/api/v1/delivery/quote?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    @Test
    void kanoIsAMajorCityStateAt3700InThreeDays() {
        HttpResponse<String> response = quote("kano");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/json"));
        JsonObject quote = json(response);
        assertEquals("KN", quote.getJsonObject("state").getString("code"));
        assertEquals("MAJOR_CITY", quote.getJsonObject("zone").getString("code"));
        assertEquals("3700.00", quote.getJsonObject("fee").getString("amount"));
        assertEquals("NGN", quote.getJsonObject("fee").getString("currency"));
        assertEquals("₦3,700.00", quote.getJsonObject("fee").getString("formatted"));
        assertEquals(3, quote.getInt("workingDays"));
    }

    @ParameterizedTest
    @CsvSource({
        "Lagos, LA, 2500.00, 1",
        "LAG, LA, 2500.00, 1",
        "lasgidi, LA, 2500.00, 1",
        "Abuja, FC, 3100.00, 2",
        "fct, FC, 3100.00, 2",
        "PH, RI, 3700.00, 3",
        "Port Harcourt, RI, 3700.00, 3",
        "'  akwa-ibom state ', AK, 4800.00, 5",
        "Sokoto, SO, 4800.00, 5",
        "ibadan, OY, 3700.00, 3",
    })
    void acceptsNamesCapitalsCitiesAndAliasesInAnyCase(String typed, String code, String fee, int days) {
        HttpResponse<String> response = quote(typed);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject quote = json(response);
        assertEquals(code, quote.getJsonObject("state").getString("code"));
        assertEquals(fee, quote.getJsonObject("fee").getString("amount"));
        assertEquals(days, quote.getInt("workingDays"));
    }

    @Test
    void unknownStateIsA400ProblemWithASuggestion() {
        HttpResponse<String> response = quote("Kanu");
        assertProblem(response, 400);
        JsonObject problem = json(response);
        assertTrue(problem.getString("type").endsWith("/unknown-state"));
        assertTrue(problem.getString("detail").contains("Did you mean Kano?"), problem.getString("detail"));
        assertEquals("/api/v1/delivery/quote", problem.getString("instance"));
    }

    @Test
    void unknownStateWithNothingCloseSaysWhatToSend() {
        HttpResponse<String> response = quote("Atlantis");
        assertProblem(response, 400);
        assertTrue(json(response).getString("detail").contains("Lagos, Kano or Abuja"));
    }

    @Test
    void emptyAndMissingStateAreA400Problem() {
        for (String path : new String[]{"/api/v1/delivery/quote", "/api/v1/delivery/quote?state=",
            "/api/v1/delivery/quote?state=%20%20"}) {
            HttpResponse<String> response = get(path);
            assertProblem(response, 400);
            JsonObject problem = json(response);
            assertEquals("state", problem.getJsonArray("violations").getJsonObject(0).getString("field"), path);
        }
    }

    @Test
    void aTenKilobyteStateIsA400ProblemNotAServerError() {
        HttpResponse<String> response = quote("x".repeat(10 * 1024));
        assertProblem(response, 400);
        assertTrue(json(response).getString("detail").contains("at most 60 characters"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void markupIsJustAnUnknownState() {
        HttpResponse<String> response = quote("<script>alert(1)</script>");
        assertProblem(response, 400);
    }

    @Test
    void everyStateHasAQuote() {
        HttpResponse<String> response = get("/api/v1/delivery/zones");
        assertEquals(200, response.statusCode());
        JsonArray all = (JsonArray) Http.parse(response.body());
        assertEquals(37, all.size());
        assertEquals(9, all.stream().map(JsonObject.class::cast)
                .filter(quote -> quote.getJsonObject("zone").getString("code").equals("MAJOR_CITY")).count());
    }

    @Test
    void wrongMethodIsA405Problem() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Http.uri("/api/v1/delivery/quote?state=kano"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
        assertProblem(response, 405);
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("application/problem+json"), contentType(response));
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }
}
