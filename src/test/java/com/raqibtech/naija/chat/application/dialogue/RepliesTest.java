package com.raqibtech.naija.chat.application.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chat's words live in i18n/chat*.properties: every key the code asks for is there, and nothing else. */
class RepliesTest {

    private static final Path CHAT_SOURCES = Path.of("src/main/java/com/raqibtech/naija/chat");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyKeyTheCodeUsesIsInTheEnglishBundleAndEveryKeyThereIsUsed() throws IOException {
        Set<String> used = keysUsed();
        Set<String> english = new TreeSet<>(bundle("/i18n/chat.properties").stringPropertyNames());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english);
        assertEquals(Set.of(), missing, "keys used in chat/ but not in chat.properties");
        Set<String> unused = new TreeSet<>(english);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in chat.properties that no code uses");
    }

    @Test
    void pidginKeysAreVariantsOfEnglishOnes() {
        Set<String> english = bundle("/i18n/chat.properties").stringPropertyNames();
        Set<String> pidgin = new TreeSet<>(bundle("/i18n/chat_pcm.properties").stringPropertyNames());
        pidgin.removeAll(english);
        assertEquals(Set.of(), pidgin, "keys in chat_pcm.properties without an English pattern");
    }

    @Test
    void patternsAreWellFormed() {
        for (String file : new String[]{"/i18n/chat.properties", "/i18n/chat_pcm.properties"}) {
            Properties words = bundle(file);
            for (String key : words.stringPropertyNames()) {
                String pattern = words.getProperty(key);
                new MessageFormat(pattern); // throws on a broken pattern
                // A lone quote would silently swallow the rest of the sentence: an apostrophe is written ''.
                assertTrue(pattern.replace("''", "").indexOf('\'') < 0, file + " " + key + ": " + pattern);
            }
        }
    }

    @Test
    void registerPicksTheBundleAndNumbersAreWrittenAsGiven() {
        assertEquals("Done! 1000 \u00d7 Tecno Spark 20 (\u20a6100,000.00 each) is in your cart.",
                Replies.get(false, "cart.added", 1000, "Tecno Spark 20", "\u20a6100,000.00"));
        assertEquals("Done! I don put 2 \u00d7 Tecno Spark 20 (\u20a6100,000.00 each) for your cart.",
                Replies.get(true, "cart.added", 2, "Tecno Spark 20", "\u20a6100,000.00"));
        // No Pidgin variant: the English words.
        assertEquals("Return requested for RQB1. A rider will contact you to collect it.",
                Replies.get(true, "return.done", "RQB1"));
        assertEquals("You're welcome! Thanks for shopping with RaqibTech.",
                Replies.get(false, "dialogue.goodbye"));
    }

    @Test
    void oneWorkingDayIsSingularAndAStateIsNamedOnce() {
        assertEquals("Delivery to Lagos costs \u20a62,500.00 and takes about 1 working day.",
                Replies.get(false, "delivery.quote", "Lagos", "\u20a62,500.00", 1));
        assertEquals("Delivery to Kano costs \u20a66,000.00 and takes about 4 working days.",
                Replies.get(false, "delivery.quote", "Kano", "\u20a66,000.00", 4));
        assertEquals("12 Allen Avenue, Ikeja, Lagos", OrderFlows.addressText("12 Allen Avenue, Ikeja", "Lagos"));
        assertEquals("Ikeja, Lagos", OrderFlows.addressText("Ikeja, Lagos", "Lagos"));
        assertEquals("5 Aba Road, Rivers State", OrderFlows.addressText("5 Aba Road, Rivers State.", "Rivers"));
        assertEquals("FCT", OrderFlows.addressText(null, "FCT"));
    }

    /** The keys named where the code calls Replies.get: the string literals of its second argument. */
    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CHAT_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                int at = source.indexOf("Replies.get(");
                while (at >= 0) {
                    int start = at + "Replies.get(".length();
                    int firstComma = endOfArgument(source, start);
                    int end = endOfArgument(source, firstComma + 1);
                    Matcher literal = LITERAL.matcher(source.substring(firstComma + 1, end));
                    while (literal.find()) {
                        keys.add(literal.group(1));
                    }
                    at = source.indexOf("Replies.get(", start);
                }
            }
        }
        return keys;
    }

    /** Where the argument starting at {@code from} ends: a comma or closing parenthesis at its own depth. */
    private static int endOfArgument(String source, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                return i;
            }
        }
        return source.length();
    }

    private static Properties bundle(String resource) {
        Properties words = new Properties();
        try (InputStream in = RepliesTest.class.getResourceAsStream(resource)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
