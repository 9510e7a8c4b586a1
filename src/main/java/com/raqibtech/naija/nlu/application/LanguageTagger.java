package com.raqibtech.naija.nlu.application;

import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    public static String tag(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").trim().split("\\s+"));
        long strong = words.stream().filter(word -> PIDGIN.contains(word) && !WEAK.contains(word)).count();
        long weak = words.stream().filter(WEAK::contains).count();
        long english = words.stream().filter(ENGLISH::contains).count();
        long pidgin = strong > 0 ? strong + weak : 0;
        if (pidgin == 0) {
            return "en";
        }
        return english > pidgin + 1 ? "mixed" : "pcm";
    }
}
