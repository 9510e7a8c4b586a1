package com.raqibtech.naija.nlu.application;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How Nigerians type, folded towards one vocabulary before classification: lower case, no accents, emojis or
 * punctuation, Pidgin and texting words mapped to the English word they stand for ("wan" → want, "wetin" → what,
 * "abeg" → please, "pls" → please), fillers from Yoruba, Hausa and Igbo dropped. English training data then
 * teaches the model about Pidgin messages too.
 */
public final class Normalizer {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("wan", "want"), Map.entry("wetin", "what"), Map.entry("abeg", "please"),
            Map.entry("biko", "please"), Map.entry("pls", "please"), Map.entry("plz", "please"),
            Map.entry("pliz", "please"), Map.entry("una", "you"), Map.entry("u", "you"), Map.entry("ur", "your"),
            Map.entry("dey", "is"), Map.entry("don", "has"), Map.entry("comot", "remove"), Map.entry("am", "it"),
            Map.entry("dem", "they"), Map.entry("wey", "that"), Map.entry("fit", "can"), Map.entry("sabi", "know"),
            Map.entry("pikin", "child"), Map.entry("oga", "sir"), Map.entry("madam", "maam"),
            Map.entry("wahala", "problem"), Map.entry("kpele", "sorry"), Map.entry("ehn", ""), Map.entry("o", ""),
            Map.entry("jare", ""), Map.entry("sha", ""), Map.entry("sef", ""), Map.entry("naa", ""),
            Map.entry("abi", ""), Map.entry("shey", "is"), Map.entry("abeg o", "please"), Map.entry("oya", "now"),
            Map.entry("wen", "when"), Map.entry("thx", "thanks"), Map.entry("tnx", "thanks"),
            Map.entry("tanks", "thanks"), Map.entry("msg", "message"), Map.entry("pword", "password"),
            Map.entry("acct", "account"), Map.entry("adress", "address"), Map.entry("ordr", "order"),
            Map.entry("oda", "order"), Map.entry("refnd", "refund"), Map.entry("cancle", "cancel"));

    private Normalizer() {
    }

    public static List<String> tokens(String text) {
        String plain = java.text.Normalizer.normalize(text == null ? "" : text, Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("rqb\\d{16}", " orderref ")
                .replaceAll("[^a-z0-9₦ ]+", " ");
        List<String> tokens = new ArrayList<>();
        for (String word : plain.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String mapped = WORDS.getOrDefault(word, word);
            if (!mapped.isEmpty()) {
                tokens.add(mapped);
            }
        }
        return tokens;
    }
}
