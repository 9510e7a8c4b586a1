package com.raqibtech.naija.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Conversation throughput and latency over HTTP against a running server. {@code clients} guest conversations
 * each play a scripted shopping chat (greeting, search, product details, add to cart, cart, delivery fee, remove,
 * search with a budget, thanks) over and over; every message is a full turn (understanding, dialogue, catalogue
 * and cart services, stored messages, memory). Three measured phases after a warm-up ({@code bench.warmup}
 * seconds, default 180, paced at half the rate):
 * <ol>
 *   <li><b>saturation</b>: every conversation sends its next message as soon as the reply arrives, so the figure is
 *       the most turns per second the server gives; latency here is mostly queueing (Little's law: mean latency =
 *       conversations / throughput);</li>
 *   <li><b>paced</b>: the same conversations together send {@code bench.rate} turns per second, each on its own
 *       schedule; latency is counted from when the message was due, so a slow reply also charges the messages it
 *       delayed (no coordinated omission);</li>
 *   <li><b>ceiling</b>: the same clients call a trivial endpoint ({@code /health/live}) as fast as they can.</li>
 * </ol>
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
        int warmUp = Integer.getInteger("bench.warmup", 180);
        int rate = Integer.getInteger("bench.rate", 300);
        System.out.printf(Locale.ROOT, "chat benchmark: %s, %d conversations, warm-up %d s, phases of %d s, "
                + "paced at %d turns/s%n", base, clients, warmUp, seconds, rate);

        List<String[]> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            var started = BenchHttp.json(BenchHttp.send(base, "POST", "/api/v1/chat/sessions", null, null).body());
            sessions.add(new String[]{started.getJsonObject("session").getString("id"),
                started.getString("guestToken")});
        }
        // Warm-up at half the paced rate: on two cores the JIT compiler competes with the load, and a saturated
        // warm-up leaves it minutes behind (the compile queue is still full after three minutes flat out).
        run(base, sessions, warmUp, Mode.CHAT, rate / 2);
        report("saturation: chat turns, next message as soon as the reply arrives",
                run(base, sessions, seconds, Mode.CHAT, 0));
        report("paced: chat turns at " + rate + "/s offered", run(base, sessions, seconds, Mode.CHAT, rate));
        report("ceiling: trivial endpoint GET /health/live",
                run(base, sessions, Math.max(5, seconds / 3), Mode.CEILING, 0));
    }

    private enum Mode { CHAT, CEILING }

    private record Result(List<Long> nanos, double seconds, int failed) {
    }

    /** Plays the script on every session until the time is up; {@code rate} 0 means no pacing. */
    private static Result run(String base, List<String[]> sessions, int seconds, Mode mode, int rate)
            throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        // Paced: each conversation sends every clients/rate seconds, the conversations spread over that interval.
        long interval = rate == 0 ? 0 : sessions.size() * 1_000_000_000L / rate;
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < sessions.size(); c++) {
            String[] session = sessions.get(c);
            long firstDue = started + (interval == 0 ? 0 : interval * c / sessions.size());
            running.add(pool.submit(() -> {
                long due = firstDue;
                for (int step = 0; ; step++) {
                    long now = System.nanoTime();
                    if (interval > 0 && due > now) {
                        TimeUnit.NANOSECONDS.sleep(due - now);
                    }
                    long sent = interval > 0 ? due : System.nanoTime();
                    if (sent >= deadline) {
                        return null;
                    }
                    HttpResponse<String> response = mode == Mode.CHAT
                            ? BenchHttp.send(base, "POST", "/api/v1/chat/sessions/" + session[0] + "/messages",
                            session[1], "{\"text\":\"" + SCRIPT[step % SCRIPT.length] + "\"}")
                            : BenchHttp.send(base, "GET", "/health/live", null, null);
                    if (response.statusCode() == 200) {
                        nanos.add(System.nanoTime() - sent);
                    } else {
                        failed.incrementAndGet();
                    }
                    due += interval;
                }
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
