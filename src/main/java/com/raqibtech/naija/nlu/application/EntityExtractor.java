package com.raqibtech.naija.nlu.application;

import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.shared.phone.NigerianPhoneNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities of a message that rules find reliably, with their character spans: order references, Nigerian
 * phone numbers (→ E.164), budgets ("under 300k", "₦250,000", "1.2m" → naira), quantities ("2", "two",
 * "2 pcs"), payment methods ("RaqibPay", "POD", "transfer", "my wallet") and states (names, capitals, cities,
 * slang: "Lag", "PH", "Kubwa"). Products and categories come from the catalogue gazetteer.
 */
public final class EntityExtractor {

    private static final Pattern ORDER_ID = Pattern.compile("(?i)\\bRQB\\d{16}\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+?234[\\s-]?\\(?0?\\)?[789][01]\\d|0[789][01]\\d)[\\s-]?\\d{3}[\\s-]?\\d{4}(?!\\d)");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?i)(?:₦|\\bngn\\s?|\\bn(?=\\d))?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?"
                    + "(k|m|million|mil|thousand|naira)?(?![a-z0-9])");
    /** Words that make the amount after them a budget. */
    private static final Pattern BUDGET_CUE = Pattern.compile("(?i)(under|below|less than|not more than|no pass|"
            + "wey no pass|no reach|not above|max(imum)?|budget( na| is| of)?|within|cheaper than|up to|at most|"
            + "around|about|range|i (get|have)|for|cost pass|between \\S+ and)\\s*(of\\s*)?$");
    /** Words after an amount that make it a budget: "2.5m max", "250k downwards", "300k or less", "30k budget". */
    private static final Pattern BUDGET_AFTER = Pattern.compile("(?i)^\\s*(max(imum)?|downwards?|or less|or below|"
            + "and below|and less|budget|at most|upper limit)\\b");
    private static final Map<String, Long> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("a dozen", 12L), Map.entry("dozen", 12L), Map.entry("a pair of", 2L));
    private static final String COUNT = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozen)";
    /** Not a count when a unit follows ("2 kg", "300k", "43 inch"); "2 kenwood" or "4 mama gold" still are. */
    private static final String NOT_A_UNIT = "(?!\\s?(?:k|m|gbs?|tbs?|kvas?|inch(?:es)?|in|kgs?|g|mls?|l|litres?|"
            + "naira|thousand|million)\\b|\\s?%)";
    private static final Pattern QUANTITY_AFTER_VERB = Pattern.compile("(?i)\\b(?:add|put|take|buy|order|need|want|"
            + "carry|get me|give me|send|i go take|make i get|remove|comot|delete)\\s+(?:(?:the|only)\\s+(?=[a-z]))?"
            + COUNT + "\\b" + NOT_A_UNIT);
    /** A new count for what is already in the cart: "reduce the pampers to 1", "make e be three". */
    private static final Pattern QUANTITY_CHANGED_TO = Pattern.compile("(?i)(?:\\b(?:reduce|increase|change|set|"
            + "update|adjust)\\b(?:(?!address|street|road|avenue|number|phone)[^.?!,]){0,40}?\\bto|\\bmake (?:e|it|am|them|dem)(?: be)?)\\s+" + COUNT + "\\b"
            + NOT_A_UNIT);
    private static final Pattern QUANTITY_BEFORE_UNIT = Pattern.compile("(?i)\\b" + COUNT
            + "\\s*(?:pcs|pieces|piece|units|unit|of\\b|bags|bag|cartons|carton|packs|pack|more|x\\b|tins|bottles|"
            + "pairs|crates|crate|boxes|box|sets|dozens)");
    private static final Map<String, String> PAYMENT_ALIASES = Map.ofEntries(
            Map.entry("raqibtechpay", "raqibtechpay"), Map.entry("raqibtech pay", "raqibtechpay"),
            Map.entry("raqibpay", "raqibtechpay"), Map.entry("raqib pay", "raqibtechpay"),
            Map.entry("my wallet", "raqibtechpay"), Map.entry("wallet", "raqibtechpay"),
            Map.entry("pay on delivery", "pay_on_delivery"), Map.entry("payment on delivery", "pay_on_delivery"),
            Map.entry("cash on delivery", "pay_on_delivery"), Map.entry("pod", "pay_on_delivery"),
            Map.entry("pay when e reach", "pay_on_delivery"), Map.entry("pay when it arrives", "pay_on_delivery"),
            Map.entry("pay for door", "pay_on_delivery"), Map.entry("bank transfer", "bank_transfer"),
            Map.entry("transfer", "bank_transfer"), Map.entry("bank", "bank_transfer"),
            Map.entry("debit card", "card"), Map.entry("atm card", "card"), Map.entry("card", "card"),
            Map.entry("mastercard", "card"), Map.entry("visa", "card"), Map.entry("verve", "card"));
    private static final Pattern PAYMENT = Pattern.compile("(?i)\\b(" + String.join("|", PAYMENT_ALIASES.keySet()
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList())
            + ")\\b");
    /** "transfer me to an agent": handing the chat over, not paying. */
    private static final Pattern HAND_OVER = Pattern.compile("(?i)\\s+(?:me|my chat|this chat|us|the chat)?\\s*"
            + "to\\s+(?:an?\\s+|the\\s+|your\\s+|una\\s+)?(?:agent|person|human|customer care|support|someone|"
            + "somebody|staff|manager)");
    /** After a place name, a street named after it ("5 Aba Road, Port Harcourt"), not the place. */
    private static final Pattern STREET = Pattern.compile("(?i)\\s+(?:road|rd|street|st|avenue|ave|crescent|"
            + "expressway)\\b");
    /** Town names that are also everyday words (Yoruba "owo" is money): never read as places. */
    private static final Set<String> AMBIGUOUS_PLACES = Set.of("owo", "ore", "ede", "iwo", "vi", "ife", "bonny",
            "ring", "brass", "ikom", "biu");

    private static final Pattern STATE_WORD = Pattern.compile("[\\p{L}][\\p{L}'.-]*");

    private final Map<String, String> stateByAlias;

    /**
     * @param stateByAlias normalised alias (see {@link StateNames#normalise}) → canonical state name ("Lagos",
     *                     "FCT"); two-letter codes should be left out, they collide with words
     */
    public EntityExtractor(Map<String, String> stateByAlias) {
        this.stateByAlias = Map.copyOf(stateByAlias);
    }

    /** The rule-based entities only. */
    public List<Entity> extract(String text) {
        return extract(text, List.of());
    }

    /**
     * The rule-based entities and the given catalogue mentions (product / category), where no rule-based entity
     * took the words first; quantities are read last so "iPhone 15" stays a product.
     */
    public List<Entity> extract(String text, List<Entity> goods) {
        List<Entity> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        orderIds(text, found, taken);
        phones(text, found, taken);
        amounts(text, found, taken);
        payments(text, found, taken);
        states(text, found, taken);
        for (Entity mention : goods) {
            if (free(taken, mention.start(), mention.end())) {
                add(found, taken, mention.entity(), mention.value(), mention.start(), mention.end(), text);
            }
        }
        quantities(text, found, taken);
        found.sort(Comparator.comparingInt(Entity::start));
        return found;
    }

    private static void orderIds(String text, List<Entity> found, List<int[]> taken) {
        Matcher match = ORDER_ID.matcher(text);
        while (match.find()) {
            add(found, taken, "order_id", match.group(), match.start(), match.end(), text);
        }
    }

    private static void phones(String text, List<Entity> found, List<int[]> taken) {
        Matcher match = PHONE.matcher(text);
        while (match.find()) {
            NigerianPhoneNumbers.Result phone = NigerianPhoneNumbers.read(match.group());
            if (phone.valid() && free(taken, match.start(), match.end())) {
                add(found, taken, "phone", phone.e164(), match.start(), match.end(), text);
            }
        }
    }

    private static void amounts(String text, List<Entity> found, List<int[]> taken) {
        Matcher match = AMOUNT.matcher(text);
        while (match.find()) {
            int start = match.start() + (match.group().length() - match.group().stripLeading().length());
            if (!free(taken, start, match.end())) {
                continue;
            }
            String prefix = text.substring(Math.max(0, start - 30), start);
            boolean money = match.group().contains("₦") || match.group(2) != null
                    || match.group(1).contains(",") || match.group().toLowerCase(Locale.ROOT).startsWith("n");
            boolean budget = BUDGET_CUE.matcher(prefix.stripTrailing()).find()
                    || BUDGET_AFTER.matcher(text.substring(match.end())).lookingAt();
            if (!money || !budget) {
                continue;
            }
            BigDecimal amount = new BigDecimal(match.group(1).replace(",", ""));
            String unit = match.group(2) == null ? "" : match.group(2).toLowerCase(Locale.ROOT);
            BigDecimal naira = switch (unit) {
                case "k", "thousand" -> amount.multiply(BigDecimal.valueOf(1_000));
                case "m", "million", "mil" -> amount.multiply(BigDecimal.valueOf(1_000_000));
                default -> amount;
            };
            add(found, taken, "price_max", naira.longValue(), start, match.end(), text);
        }
    }

    private static void quantities(String text, List<Entity> found, List<int[]> taken) {
        for (Pattern pattern : new Pattern[]{QUANTITY_AFTER_VERB, QUANTITY_CHANGED_TO, QUANTITY_BEFORE_UNIT}) {
            Matcher match = pattern.matcher(text);
            while (match.find()) {
                int start = match.start(1);
                int end = match.end(1);
                if (!free(taken, start, end)) {
                    continue;
                }
                String word = match.group(1).toLowerCase(Locale.ROOT);
                Long quantity = word.chars().allMatch(Character::isDigit) ? Long.valueOf(word)
                        : NUMBER_WORDS.get(word);
                if (quantity != null && quantity > 0) {
                    add(found, taken, "quantity", quantity, start, end, text);
                }
            }
        }
    }

    private static void payments(String text, List<Entity> found, List<int[]> taken) {
        Matcher match = PAYMENT.matcher(text);
        while (match.find()) {
            boolean powerBank = match.group().equalsIgnoreCase("bank")
                    && text.substring(0, match.start()).toLowerCase(Locale.ROOT).matches("(?s).*\\bpower\\s*$");
            boolean handOver = match.group().equalsIgnoreCase("transfer")
                    && HAND_OVER.matcher(text).region(match.end(), text.length()).lookingAt();
            if (free(taken, match.start(), match.end()) && !powerBank && !handOver) {
                add(found, taken, "payment_method", PAYMENT_ALIASES.get(match.group().toLowerCase(Locale.ROOT)),
                        match.start(), match.end(), text);
            }
        }
    }

    /** Longest alias first, over runs of up to three words. */
    private void states(String text, List<Entity> found, List<int[]> taken) {
        Matcher words = STATE_WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (words.find()) {
            spans.add(new int[]{words.start(), words.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            for (int length = Math.min(3, spans.size() - i); length >= 1; length--) {
                int start = spans.get(i)[0];
                int end = spans.get(i + length - 1)[1];
                String alias = StateDirectory.normalise(text.substring(start, end));
                String state = stateByAlias.get(alias);
                if (state != null && !AMBIGUOUS_PLACES.contains(alias) && free(taken, start, end)
                        && !STREET.matcher(text).region(end, text.length()).lookingAt()) {
                    add(found, taken, "state", state, start, end, text);
                    i += length - 1;
                    break;
                }
            }
        }
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        return taken.stream().noneMatch(span -> start < span[1] && span[0] < end);
    }

    private static void add(List<Entity> found, List<int[]> taken, String entity, Object value, int start, int end,
                            String text) {
        found.add(new Entity(entity, value, start, end, text.substring(start, end)));
        taken.add(new int[]{start, end});
    }
}
