package com.raqibtech.naija.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Conversation throughput over HTTP against a running server: {@code clients} guest conversations each play a
 * scripted shopping chat (greeting, search, product details, add to cart, cart, delivery fee, thanks) over and
 * over for {@code seconds}; every message is a full turn (understanding, dialogue, catalogue and cart services,
 * stored messages, memory). Then the same clients call a trivial endpoint ({@code /health/live}) for the ceiling.
 * Start the server first (README "Benchmarks"), then:
 * {@code ./mvnw -q test-compile exec:java@chat-benchmark -Dbench.url=http://localhost:9080 -Dbench.clients=32}
 */
public final class ChatBenchmark {

    private static final String[] SCRIPT = {"good morning o", "I wan buy Samsung phone", "tell me more about 2",
        "add the first one", "wetin dey my cart", "how much to deliver to Kano?", "remove it from my cart",
        "show me laptops under 800k", "thank you"};

    private ChatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.url", "http://localhost:9080");
        int clients = Integer.getInteger("bench.clients", 32);
        int seconds = Integer.getInteger("bench.seconds", 30);
        System.out.printf(Locale.ROOT, "chat benchmark: %s, %d conversations, %d s%n", base, clients, seconds);

        List<String[]> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            var started = BenchHttp.json(BenchHttp.send(base, "POST", "/api/v1/chat/sessions", null, null).body());
            sessions.add(new String[]{started.getJsonObject("session").getString("id"),
                started.getString("guestToken")});
        }
        // Warm-up: one pass of the script per conversation.
        run(base, sessions, 5, true);
        Result turns = run(base, sessions, seconds, true);
        Result ceiling = run(base, sessions, Math.max(5, seconds / 3), false);
        report("chat turns", turns);
        report("trivial endpoint GET /health/live (ceiling)", ceiling);
    }

    private record Result(List<Long> nanos, double seconds, int failed) {
    }

    private static Result run(String base, List<String[]> sessions, int seconds, boolean chat) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (String[] session : sessions) {
            running.add(pool.submit(() -> {
                int step = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = chat
                            ? BenchHttp.send(base, "POST", "/api/v1/chat/sessions/" + session[0] + "/messages",
                            session[1], "{\"text\":\"" + SCRIPT[step++ % SCRIPT.length] + "\"}")
                            : BenchHttp.send(base, "GET", "/health/live", null, null);
                    long elapsed = System.nanoTime() - t0;
                    if (response.statusCode() == 200) {
                        nanos.add(elapsed);
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
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(sorted, (System.nanoTime() - started) / 1e9, failed.get());
    }

    private static void report(String what, Result result) {
        int n = result.nanos().size();
        System.out.printf(Locale.ROOT, "%s: %d in %.1f s = %.1f/s, %d failed%n", what, n, result.seconds(),
                n / result.seconds(), result.failed());
        if (n > 0) {
            System.out.println("  latency ms: " + BenchHttp.percentiles(result.nanos()));
        }
    }
}
