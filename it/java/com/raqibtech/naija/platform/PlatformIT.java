package com.raqibtech.naija.platform;

import static com.raqibtech.naija.testing.Http.contentType;
import static com.raqibtech.naija.testing.Http.get;
import static com.raqibtech.naija.testing.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The platform surface of the running server: health, OpenAPI, errors, the home page. */
class PlatformIT {

    @Test
    void readinessReportsPostgresqlAndRedisUp() {
        HttpResponse<String> response = get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response);
        assertEquals("UP", health.getString("status"));
        Map<String, JsonObject> checks = health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
        assertEquals("UP", checks.get("database").getString("status"));
        assertEquals("PostgreSQL", checks.get("database").getJsonObject("data").getString("database"));
        assertEquals(newestMigration(), checks.get("database").getJsonObject("data").getString("schemaVersion"));
        assertEquals("UP", checks.get("redis").getString("status"), "Redis is configured, so it is reported");
    }

    /** The version of the newest file in db-migrations (V003__... → "003"). */
    private static String newestMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("db-migrations"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__"))).max(String::compareTo).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = get("/health/live");
        assertEquals(200, response.statusCode());
        assertEquals("UP", json(response).getString("status"));
    }

    @Test
    void openApiDocumentListsTheDeliveryEndpointsAndHasAUi() {
        HttpResponse<String> document = get("/openapi");
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/v1/delivery/quote"));
        assertTrue(document.body().contains("/api/v1/delivery/zones"));
        HttpResponse<String> ui = get("/openapi/ui/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"));
    }

    @Test
    void prometheusCanScrapeRequestAndJvmMetrics() {
        get("/api/v1/delivery/quote?state=kano");
        HttpResponse<String> response = get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/plain"), contentType(response));
        assertTrue(response.body().contains("http_server_request_duration_seconds_count"), "HTTP timings");
        assertTrue(response.body().contains("/api/v1/delivery/quote"), "per route");
        assertTrue(response.body().contains("memory_usedHeap_bytes"), "JVM memory");
        assertTrue(response.body().contains("connectionpool"), "database pool");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> api = get("/api/v1/delivery/quote?state=kano");
        assertEquals("default-src 'none'; frame-ancestors 'none'",
                api.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", api.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", api.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> page = get("/");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        // Refusals are written by the authentication mechanism before any filter runs: they carry the headers too.
        HttpResponse<String> refused = get("/api/v1/orders");
        assertEquals(401, refused.statusCode());
        assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void unknownApiPathIsA404Problem() {
        HttpResponse<String> response = get("/api/v1/no-such-thing");
        assertEquals(404, response.statusCode());
        assertTrue(contentType(response).startsWith("application/problem+json"));
        assertEquals(404, json(response).getInt("status"));
    }

    @Test
    void homePageRendersStatusAndDeliveryFeesFromTheDatabase() {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Naija Support Agent"));
        assertTrue(html.contains("id=\"status-database\">PostgreSQL"), "status shows the real database");
        assertTrue(html.contains("id=\"status-store\">redis"));
        assertTrue(html.contains("id=\"status-products\">179"), "demo catalogue counted from the database");
        assertTrue(html.contains("₦3,700.00"), "delivery fees formatted in naira");
    }
}
