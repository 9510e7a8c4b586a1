package com.raqibtech.naija.chat.application.dialogue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change to how many of a product the customer wants, as people say it: set ("make am two", "change it to 3",
 * "just one"), add ("add one more", "another one", "2 more") or take away ("remove one", "reduce am by one",
 * "one less").
 */
record QuantityChange(Kind kind, int amount) {

    enum Kind { SET, ADD, REDUCE }

    /** A small number as a whole word ("phone" holds no "one"). */
    private static final String NUMBER = "\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|single|"
            + "pair)\\b";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1),
            Map.entry("another", 1), Map.entry("single", 1), Map.entry("two", 2),
            Map.entry("pair", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10));

    /** "add one more", "2 more", "another one", "one extra". */
    private static final Pattern ADD = Pattern.compile("(?i)(?:\\b" + NUMBER + "\\s+(?:more|extra)\\b"
            + "(?!\\s+(?:thing|things|question|questions|time|times|day|days|week|minute|minutes|hour|request))"
            + "|\\banother\\s+(?:one|piece|pcs|unit)\\b|\\b(?:add|put|give me|gimme)\\s+(another)\\b"
            + "|\\bincrease\\s+(?:it|am|them|dem|the\\s+\\w+)?\\s*by\\s+" + NUMBER + "\\b)");
    /** Where a quantity ends: the end of the message, a comma, or a word that is not part of an address or a name. */
    private static final String ENDS = "(?:\\s+(?:pieces?|pcs|units?|cartons?|packs?|of (?:it|them|dem)))?"
            + "(?=\\s*$|\\s*[,.!;?]|\\s+(?:only|o|oo|ooo|abeg|please|pls|biko|sef|jare|sha|naa|sir|ma|now|instead|"
            + "because|cos|my|for|"
            + "thanks?|thank you|and|i|we|e|make)\\b)";
    /** "remove one", "reduce am by one", "one less", "comot one". */
    private static final Pattern REDUCE = Pattern.compile("(?i)(?:\\b(?:remove|reduce|comot|minus|take out|"
            + "subtract|drop)\\s+(?:it\\s+|am\\s+|them\\s+|dem\\s+|the\\s+\\w+\\s+)?(?:by\\s+)?" + NUMBER
            + "(?!\\s*(?:more|of\\b))" + ENDS + "|\\b" + NUMBER + "\\s+less\\b)");
    /** "make am two", "change it to 3", "set quantity to 2", "reduce it to one", "I want only 2". */
    private static final Pattern SET = Pattern.compile("(?i)(?:\\b(?:make|change|set|update|reduce|increase|"
            + "turn|put)\\s+(?:it|am|them|dem|the\\s+\\w+|that|this|quantity|qty|my\\s+\\w+)?\\s*"
            + "(?:to|be|for|quantity to|qty to)?\\s*" + NUMBER + ENDS + "|\\b(?:just|only)\\s+(?:take\\s+|want\\s+|need\\s+|buy\\s+|get\\s+)?" + NUMBER + "\\b"
            + "(?!\\s*(?:days?|hours?|weeks?|months?|minutes?|mins?|working|business|naira|k\\b|thousand|times?))"
            + "|\\b(?:want|need|take|give me|i go take)\\s+" + NUMBER + "\\s+of\\s+(?:those|these|them|dem|it|am|that"
            + "|this)\\b"
            + "|\\b" + NUMBER + "\\s+(?:only|is enough|don do|do am)\\b|\\bquantity\\s+(?:to\\s+)?" + NUMBER
            + "\\b)");

    static Optional<QuantityChange> read(String text) {
        String message = text == null ? "" : text.strip();
        Matcher add = ADD.matcher(message);
        if (add.find()) {
            return amount(add).map(n -> new QuantityChange(Kind.ADD, n));
        }
        Matcher set = SET.matcher(message);
        Matcher reduce = REDUCE.matcher(message);
        boolean setFound = set.find();
        boolean reduceFound = reduce.find();
        if (setFound && !(reduceFound && !message.toLowerCase(Locale.ROOT).matches(".*\\b(to|be)\\b.*"))) {
            return amount(set).filter(n -> n >= 1).map(n -> new QuantityChange(Kind.SET, n));
        }
        if (reduceFound) {
            return amount(reduce).map(n -> new QuantityChange(Kind.REDUCE, n));
        }
        return Optional.empty();
    }

    private static Optional<Integer> amount(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            String word = matcher.group(group);
            if (word != null) {
                String lower = word.toLowerCase(Locale.ROOT);
                Integer value = lower.chars().allMatch(Character::isDigit) ? Integer.valueOf(lower) : WORDS.get(lower);
                return Optional.ofNullable(value).filter(n -> n > 0);
            }
        }
        return Optional.of(1); // "another one", "another piece"
    }
}
