package com.raqibtech.naija.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checkout throughput over HTTP against a running server: {@code clients} customers each loop search → add to
 * cart → check out (pay on delivery) for {@code seconds}. Reports checkouts per second and the latency of the
 * checkout call itself. Start the server first (README "Benchmarks"), then:
 * {@code ./mvnw -q test-compile exec:java@checkout-benchmark -Dbench.url=http://localhost:9080 -Dbench.clients=16}
 */
public final class CheckoutBenchmark {

    private static final String[] QUERIES = {"indomie", "rice", "nivea", "pampers", "milo", "spaghetti", "peak milk",
        "oraimo", "ankara", "book"};

    private CheckoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.url", "http://localhost:9080");
        int clients = Integer.getInteger("bench.clients", 16);
        int seconds = Integer.getInteger("bench.seconds", 30);
        System.out.printf(Locale.ROOT, "checkout benchmark: %s, %d clients, %d s%n", base, clients, seconds);

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tokens.add(customer(base));
        }
        List<Long> checkoutNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (String token : tokens) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    String query = QUERIES[ThreadLocalRandom.current().nextInt(QUERIES.length)];
                    JsonObject found = json(send(base, "GET", "/api/v1/products?inStock=true&size=5&q="
                            + query.replace(" ", "%20"), token, null).body());
                    if (found.getJsonArray("products").isEmpty()) {
                        continue;
                    }
                    String sku = found.getJsonArray("products").getJsonObject(0).getString("sku");
                    send(base, "POST", "/api/v1/cart/items", token, "{\"sku\":\"" + sku + "\",\"quantity\":1}");
                    long t0 = System.nanoTime();
                    HttpResponse<String> placed = send(base, "POST", "/api/v1/checkout", token,
                            "{\"state\":\"Lagos\",\"city\":\"Ikeja\",\"address\":\"1 Allen Avenue\","
                                    + "\"paymentMethod\":\"pay_on_delivery\"}");
                    long elapsed = System.nanoTime() - t0;
                    if (placed.statusCode() == 201) {
                        checkoutNanos.add(elapsed);
                    } else if (placed.statusCode() == 409) {
                        refused.incrementAndGet();
                        send(base, "DELETE", "/api/v1/cart", token, null);
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(checkoutNanos);
        Collections.sort(sorted);
        int n = sorted.size();
        System.out.printf(Locale.ROOT, "checkouts: %d placed in %.1f s = %.1f checkouts/s (each with a search and "
                + "a cart add); %d refused (409), %d failed%n", n, elapsedSeconds, n / elapsedSeconds, refused.get(),
                failed.get());
        if (n > 0) {
            System.out.println("checkout call latency ms: " + BenchHttp.percentiles(sorted));
        }
    }

    private static String customer(String base) {
        String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@naija.test";
        String phone = "0907" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        HttpResponse<String> registered = send(base, "POST", "/api/v1/accounts", null, Json.createObjectBuilder()
                .add("fullName", "Bench Buyer").add("email", email).add("phone", phone)
                .add("password", "Bench#2026pass").build().toString());
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + registered.body());
        }
        return json(send(base, "POST", "/api/v1/auth/login", null, "{\"login\":\"" + email
                + "\",\"password\":\"Bench#2026pass\"}").body()).getString("token");
    }

    private static HttpResponse<String> send(String base, String method, String path, String token, String body) {
        return BenchHttp.send(base, method, path, token, body);
    }

    private static JsonObject json(String body) {
        return BenchHttp.json(body);
    }
}
