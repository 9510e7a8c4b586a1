package com.raqibtech.naija.nlu.application;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** en, pcm or mixed: which register the customer writes in, so replies can answer in kind. */
public final class LanguageTagger {

    private static final Set<String> PIDGIN = Set.of("dey", "wan", "una", "wetin", "abeg", "na", "don", "sabi",
            "oya", "comot", "wahala", "sef", "abi", "wey", "dem", "pikin", "shey", "e", "am", "fit", "go", "make",
            "no", "o", "jare", "biko", "ehn", "sha", "oga", "kpele", "chop", "waka", "pesin", "nko", "ni");
    /** Words whose presence only counts when another Pidgin word is there too (they are common in English). */
    private static final Set<String> WEAK = Set.of("e", "am", "fit", "go", "make", "no", "o", "na", "oga");
    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "my", "i", "you", "to", "for", "of",
            "please", "what", "where", "when", "how", "can", "have", "has", "want", "order", "with", "this", "that",
            "it", "and", "do", "does", "will", "would", "your", "me");

    private LanguageTagger() {
    }

    /** Pidgin phrases made of words that are English on their own: "how far" is a Pidgin greeting. */
    private static final Pattern PIDGIN_PHRASES = Pattern.compile("\\b(how far|how body|how your side|how you dey|"
            + "how e dey go|how the day|i hail|no vex|well done o|e don do|make i|i go take|e be like|"
            + "how much e be|no be)\\b");

    public static String tag(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim();
        List<String> words = List.of(lower.split("\\s+"));
        long phrases = PIDGIN_PHRASES.matcher(lower).results().count();
        long strong = phrases + words.stream().filter(word -> PIDGIN.contains(word) && !WEAK.contains(word)).count();
        long weak = words.stream().filter(WEAK::contains).count();
        long english = words.stream().filter(ENGLISH::contains).count();
        long pidgin = strong > 0 ? strong + weak : 0;
        if (pidgin == 0) {
            return "en";
        }
        return english > pidgin + 1 ? "mixed" : "pcm";
    }
}
