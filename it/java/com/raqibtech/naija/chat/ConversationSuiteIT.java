package com.raqibtech.naija.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.testing.Chat;
import com.raqibtech.naija.testing.Http;
import com.raqibtech.naija.testing.Shop;
import com.raqibtech.naija.testing.SignIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

/**
 * The scripted conversations of it/resources/conversations, played against the real server and checked by their
 * effects: cart, orders, wallet, tickets, handoff. Then every quick reply the bot offered along the way is tapped in
 * a replay of the conversation up to that answer; each must be understood and do what its payload says. The pass
 * rates per flow are written to target/conversation-suite.md (for docs/EVALUATION.md).
 */
class ConversationSuiteIT {

    private static final Map<String, int[]> RESULTS = new TreeMap<>();
    private static final Set<String> WALKED = new HashSet<>();
    private static int quickRepliesWalked;
    private static final String AGENT = SignIn.tokenOf(SignIn.AGENT);
    private static final Map<String, String> CITIES = Map.of("Lagos", "Ikeja", "FCT", "Garki", "Rivers",
            "Port Harcourt", "Kano", "Nassarawa", "Oyo", "Ibadan", "Enugu", "Enugu");

    @TestFactory
    Stream<DynamicNode> scriptedConversations() throws IOException, URISyntaxException {
        // -Dconversations.folder=/conversations-holdout plays the blind hold-out set instead (an evaluation run).
        Path folder = Path.of(ConversationSuiteIT.class.getResource(System.getProperty("conversations.folder",
                "/conversations")).toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.toString().endsWith(".conv")).sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            List<ConversationScript> scripts = ConversationScript.read(file);
            nodes.add(dynamicContainer(file.getFileName().toString(), scripts.stream().map(script ->
                    DynamicTest.dynamicTest(script.name(), () -> play(script)))));
        }
        return nodes.stream();
    }

    @AfterAll
    static void writeFigures() throws IOException {
        StringBuilder table = new StringBuilder("| flow | conversations | passed | pass rate |\n|---|---|---|---|\n");
        int all = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> flow : RESULTS.entrySet()) {
            int[] counts = flow.getValue();
            all += counts[0];
            passed += counts[1];
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f%% |%n", flow.getKey(), counts[0],
                    counts[1], 100.0 * counts[1] / counts[0]));
        }
        table.append(String.format(Locale.ROOT, "| **all** | %d | %d | %.0f%% |%n", all, passed,
                all == 0 ? 0 : 100.0 * passed / all));
        table.append(String.format(Locale.ROOT, "%nQuick replies walked: %d.%n", quickRepliesWalked));
        Path out = Path.of("target", "conversation-suite.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString(), StandardCharsets.UTF_8);
        System.out.println("Conversation suite\n" + table);
    }

    private static void play(ConversationScript script) throws Exception {
        int[] counts = RESULTS.computeIfAbsent(script.flow(), flow -> new int[2]);
        synchronized (RESULTS) {
            counts[0]++;
        }
        Chatter chatter = Chatter.setUp(script.customer());
        List<JsonObject> answers = new ArrayList<>();
        JsonObject last = null;
        for (ConversationScript.Step step : script.steps()) {
            last = chatter.turn(step, last);
            answers.add(last);
            for (String check : step.checks()) {
                chatter.check(check, last, script.file() + ":" + step.line() + " after '" + step.text() + "'");
            }
        }
        walkQuickReplies(script, answers);
        synchronized (RESULTS) {
            counts[1]++;
        }
    }

    /**
     * Taps each quick reply offered in the conversation (once per label and payload kind), in a replay of the
     * conversation up to the answer that offered it, by a new customer set up the same way.
     */
    private static void walkQuickReplies(ConversationScript script, List<JsonObject> answers) throws Exception {
        for (int at = 0; at < answers.size(); at++) {
            for (JsonObject offered : quickReplies(answers.get(at))) {
                String payload = offered.getString("payload");
                String kind = payload.contains(":") ? payload.substring(0, payload.indexOf(':')) : payload;
                if (!WALKED.add(script.name() + "|" + offered.getString("label") + "|" + kind)) {
                    continue;
                }
                Chatter replay = Chatter.setUp(script.customer());
                JsonObject answer = null;
                for (int step = 0; step <= at; step++) {
                    answer = replay.turn(script.steps().get(step), answer);
                }
                String label = offered.getString("label");
                JsonObject again = quickReplies(answer).stream().filter(q -> q.getString("label").equals(label))
                        .findFirst().orElseThrow(() -> new AssertionError(script.file() + ": '" + label
                                + "' offered once but not on a replay of '" + script.name() + "'"));
                JsonObject tapped = Chat.tap(replay.session, again);
                String where = script.file() + " '" + script.name() + "', tapping '" + label + "' (" + payload + ")";
                assertTrue(!Chat.actions(tapped).contains("not_understood"), where + " → not understood: "
                        + Chat.replyText(tapped));
                assertDoesWhatItSays(payload, tapped, where);
                synchronized (RESULTS) {
                    quickRepliesWalked++;
                }
            }
        }
    }

    /** A tapped quick reply is read as its payload says, and a yes/no button does what it asked. */
    private static void assertDoesWhatItSays(String payload, JsonObject tapped, String where) {
        List<String> actions = Chat.actions(tapped);
        if (payload.startsWith("confirm:")) {
            assertTrue(actions.stream().anyMatch(a -> Set.of("order_placed", "order_cancelled", "return_requested",
                    "order_changed").contains(a)), where + " → " + tapped);
        } else if (payload.equals("decline")) {
            assertTrue(actions.stream().noneMatch(a -> a.startsWith("order_")), where + " → " + tapped);
        } else if (payload.equals("sign_in") || payload.equals("register")) {
            assertTrue(actions.contains("sign_in_required") || payload.equals("register"), where + " → " + tapped);
        } else {
            String intent = payload.contains(":") ? payload.substring(0, payload.indexOf(':')) : payload;
            assertEquals(intent, tapped.getJsonObject("understood").getString("intent"), where);
            if (intent.equals("add_to_cart")) {
                assertTrue(actions.contains("cart_updated"), where + " → " + Chat.replyText(tapped));
            }
            if (intent.equals("human_agent")) {
                assertTrue(tapped.getBoolean("humanOwned"), where);
            }
        }
    }

    private static List<JsonObject> quickReplies(JsonObject answer) {
        return answer == null || !answer.containsKey("quickReplies") ? List.of()
                : answer.getJsonArray("quickReplies").getValuesAs(JsonObject.class);
    }

    /** Who chats in one script, with what they had before the first message. */
    private static final class Chatter {
        private final Chat.Session session;
        private final String token;
        private final Long customerId;

        private Chatter(Chat.Session session, String token, Long customerId) {
            this.session = session;
            this.token = token;
            this.customerId = customerId;
        }

        static Chatter setUp(Map<String, String> customer) throws Exception {
            if (customer.containsKey("guest")) {
                Chat.Session session = Chat.start(null);
                return new Chatter(session, session.token(), null);
            }
            String token = Shop.freshCustomer();
            long id = Shop.customerIdOf(token);
            String state = customer.get("address");
            if (state != null) {
                HttpResponse<String> profile = SignIn.send("PATCH", "/api/v1/customers/me", token,
                        Json.createObjectBuilder().add("state", state).add("city", CITIES.getOrDefault(state, state))
                                .add("address", "12 Allen Avenue").build().toString());
                assertEquals(200, profile.statusCode(), profile.body());
            }
            String order = customer.get("order");
            if (order != null) {
                placeOrder(token, id, order, customer.getOrDefault("order-item", "PHN-SAM-A05-64"));
            }
            String wallet = customer.get("wallet");
            if (wallet != null && new BigDecimal(wallet).signum() > 0) {
                topUp(id, new BigDecimal(wallet));
            }
            return new Chatter(Chat.start(token), token, id);
        }

        /** An earlier order of one item to Lagos, moved on as far as the script says. */
        private static void placeOrder(String token, long customerId, String stage, String sku) throws Exception {
            Shop.addToCart(token, sku, 1);
            boolean paid = stage.equals("paid");
            if (paid) {
                // Exactly the order's total: the script's wallet= is what the customer holds after paying.
                HttpResponse<String> quote = SignIn.get("/api/v1/checkout/quote?state=Lagos", token);
                assertEquals(200, quote.statusCode(), quote.body());
                topUp(customerId, new BigDecimal(Http.json(quote).getJsonObject("total").getString("amount")));
            }
            HttpResponse<String> placed = Shop.checkout(token, null, "Lagos", paid ? "raqibtechpay"
                    : "pay_on_delivery");
            assertEquals(201, placed.statusCode(), placed.body());
            String reference = Http.json(placed).getJsonObject("order").getString("reference");
            List<String> path = switch (stage) {
                case "shipped" -> List.of("processing", "shipped");
                case "delivered" -> List.of("processing", "shipped", "out_for_delivery", "delivered");
                default -> List.of();
            };
            for (String status : path) {
                HttpResponse<String> moved = SignIn.send("POST", "/api/v1/orders/" + reference + "/status", AGENT,
                        Json.createObjectBuilder().add("status", status).build().toString());
                assertEquals(200, moved.statusCode(), status + ": " + moved.body());
            }
        }

        private static void topUp(long customerId, BigDecimal amount) {
            HttpResponse<String> topUp = SignIn.send("POST", "/api/v1/customers/" + customerId + "/wallet/top-ups",
                    AGENT, "{\"amount\":" + amount.toPlainString() + "}");
            assertEquals(200, topUp.statusCode(), topUp.body());
        }

        JsonObject turn(ConversationScript.Step step, JsonObject previous) {
            if (!step.tap()) {
                return Chat.say(session, step.text());
            }
            JsonObject offered = quickReplies(previous).stream()
                    .filter(q -> q.getString("label").equalsIgnoreCase(step.text())).findFirst()
                    .orElseThrow(() -> new AssertionError("line " + step.line() + ": no quick reply '" + step.text()
                            + "' in " + previous));
            return Chat.tap(session, offered);
        }

        void check(String check, JsonObject answer, String where) throws Exception {
            String[] parts = check.split("\\s+", 2);
            String what = parts[0];
            String argument = parts.length > 1 ? parts[1].strip() : "";
            String context = where + ": ? " + check + "\n  bot said: " + Chat.replyText(answer);
            switch (what) {
                case "cart" -> assertEquals(Integer.parseInt(argument), cart().getInt("itemCount"), context);
                case "cart-has" -> assertTrue(cartLine(argument).isPresent(), context + "\n  cart: " + cart());
                case "cart-line" -> {
                    int space = argument.lastIndexOf(' ');
                    Optional<JsonObject> line = cartLine(argument.substring(0, space));
                    assertTrue(line.isPresent(), context + "\n  cart: " + cart());
                    assertEquals(Integer.parseInt(argument.substring(space + 1)), line.get().getInt("quantity"),
                            context);
                }
                case "orders" -> assertEquals(Integer.parseInt(argument), orders().size(), context);
                case "order-status" -> assertEquals(argument.toUpperCase(Locale.ROOT),
                        newestOrder().getString("status"), context);
                case "order-payment" -> assertEquals(argument, newestOrder().getString("paymentMethod"), context);
                case "order-state" -> assertEquals(Shop.stringOf("SELECT s.name FROM states s WHERE upper(s.code) = "
                        + "upper(?) OR upper(s.name) = upper(?) OR s.code IN (SELECT state_code FROM state_aliases "
                        + "WHERE lower(alias) = lower(?))", argument, argument, argument),
                        newestOrder().getJsonObject("delivery").getString("state"), context);
                case "order-lines" -> assertEquals(Integer.parseInt(argument),
                        newestOrder().getJsonArray("items").size(), context);
                case "order-line" -> {
                    int space = argument.lastIndexOf(' ');
                    String word = argument.substring(0, space).toLowerCase(Locale.ROOT);
                    JsonObject order = newestOrder();
                    Optional<JsonObject> line = order.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .filter(item -> item.getString("name").toLowerCase(Locale.ROOT).contains(word))
                            .findFirst();
                    assertTrue(line.isPresent(), context + "\n  order: " + order);
                    assertEquals(Integer.parseInt(argument.substring(space + 1)), line.get().getInt("quantity"),
                            context);
                }
                case "wallet" -> assertEquals(new BigDecimal(argument), new BigDecimal(Http.json(SignIn.get(
                        "/api/v1/wallet", token)).getJsonObject("balance").getString("amount")), context);
                case "tickets" -> assertEquals(Long.parseLong(argument), Shop.query("SELECT count(*) FROM "
                        + "support_tickets WHERE conversation_id = ?", session.id()), context);
                case "ticket-order" -> assertTrue(Shop.stringOf("SELECT order_reference FROM support_tickets WHERE "
                        + "conversation_id = ? ORDER BY id DESC", session.id()) != null, context);
                case "handoff" -> assertTrue(Set.of("WAITING_FOR_AGENT", "WITH_AGENT").contains(status()), context);
                case "bot" -> assertEquals("BOT", status(), context);
                case "action" -> assertTrue(Chat.actions(answer).contains(argument), context + "\n  actions: "
                        + Chat.actions(answer));
                case "no-action" -> assertTrue(!Chat.actions(answer).contains(argument), context);
                case "products" -> assertTrue(cards(answer).size() >= Integer.parseInt(argument), context);
                case "products-brand" -> assertTrue(!cards(answer).isEmpty() && cards(answer).stream()
                        .allMatch(card -> card.getString("brand").equalsIgnoreCase(argument)), context
                        + "\n  shown: " + names(answer));
                case "products-name" -> assertTrue(!cards(answer).isEmpty() && cards(answer).stream()
                        .allMatch(card -> card.getString("name").toLowerCase(Locale.ROOT)
                                .contains(argument.toLowerCase(Locale.ROOT))), context + "\n  shown: "
                        + names(answer));
                case "no-products" -> assertTrue(cards(answer).isEmpty(), context);
                case "offers" -> assertTrue(quickReplies(answer).stream()
                        .anyMatch(q -> q.getString("label").equalsIgnoreCase(argument)), context + "\n  offered: "
                        + answer.getJsonArray("quickReplies"));
                case "understood" -> assertTrue(!Chat.actions(answer).contains("not_understood"), context);
                case "reply" -> assertTrue(Chat.replyText(answer) != null, context);
                case "silent" -> assertTrue(Chat.replyText(answer) == null, context);
                case "says" -> assertTrue(Chat.replyText(answer) != null && Chat.replyText(answer)
                        .toLowerCase(Locale.ROOT).contains(argument.toLowerCase(Locale.ROOT)), context);
                case "not-says" -> assertTrue(Chat.replyText(answer) == null || !Chat.replyText(answer)
                        .toLowerCase(Locale.ROOT).contains(argument.toLowerCase(Locale.ROOT)), context);
                default -> throw new AssertionError(where + ": unknown check '" + check + "'");
            }
        }

        private JsonObject cart() {
            HttpResponse<String> cart = SignIn.get("/api/v1/cart", token);
            assertEquals(200, cart.statusCode(), cart.body());
            return Http.json(cart);
        }

        private Optional<JsonObject> cartLine(String words) {
            String wanted = words.toLowerCase(Locale.ROOT);
            return cart().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                    .filter(line -> line.getString("name").toLowerCase(Locale.ROOT).contains(wanted)).findFirst();
        }

        private List<JsonObject> orders() {
            if (customerId == null) {
                return List.of();
            }
            HttpResponse<String> orders = SignIn.get("/api/v1/orders", token);
            assertEquals(200, orders.statusCode(), orders.body());
            return Http.parse(orders.body()).asJsonArray().getValuesAs(JsonObject.class);
        }

        private JsonObject newestOrder() {
            List<JsonObject> orders = orders();
            assertTrue(!orders.isEmpty(), "no orders");
            String reference = orders.stream().max((a, b) -> a.getString("placedAt").compareTo(b.getString("placedAt")))
                    .orElseThrow().getString("reference");
            return Http.json(SignIn.get("/api/v1/orders/" + reference, token));
        }

        private String status() throws Exception {
            return Shop.stringOf("SELECT status FROM conversations WHERE id = ?", session.id());
        }

        private static List<JsonObject> cards(JsonObject answer) {
            List<JsonObject> lists = Chat.blocks(answer, "products");
            return lists.isEmpty() ? List.of() : lists.get(0).getJsonArray("products").getValuesAs(JsonObject.class);
        }

        private static List<String> names(JsonObject answer) {
            return cards(answer).stream().map(card -> card.getString("name")).toList();
        }
    }
}
