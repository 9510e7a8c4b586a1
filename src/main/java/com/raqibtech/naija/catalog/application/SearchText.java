package com.raqibtech.naija.catalog.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How shoppers' words become index terms: lower case, accents and punctuation gone, and the shorthand Nigerians
 * use folded onto one term on both sides ("gen" and "generator", "fridge" and "refrigerator", "tv" and
 * "television"), so the index needs no synonym lists of its own.
 */
final class SearchText {

    /** Word → the term it is indexed and searched as. */
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("gen", "generator"), Map.entry("gens", "generator"), Map.entry("generators", "generator"),
            Map.entry("genset", "generator"), Map.entry("igen", "generator"),
            Map.entry("refrigerator", "fridge"), Map.entry("refrigerators", "fridge"), Map.entry("fridges", "fridge"),
            Map.entry("freezer", "freezer"), Map.entry("freezers", "freezer"),
            Map.entry("television", "tv"), Map.entry("televisions", "tv"), Map.entry("telly", "tv"),
            Map.entry("tvs", "tv"),
            Map.entry("phones", "phone"), Map.entry("handset", "phone"), Map.entry("mobile", "phone"),
            Map.entry("smartphone", "phone"), Map.entry("smartphones", "phone"),
            Map.entry("laptops", "laptop"), Map.entry("notebook", "laptop"), Map.entry("lappy", "laptop"),
            Map.entry("ac", "aircon"), Map.entry("aircondition", "aircon"), Map.entry("airconditioner", "aircon"),
            Map.entry("conditioner", "aircon"), Map.entry("ipad", "ipad"), Map.entry("tabs", "tablet"),
            Map.entry("tablets", "tablet"), Map.entry("tab", "tablet"),
            Map.entry("earpiece", "earbuds"), Map.entry("earphones", "earbuds"), Map.entry("airpods", "earbuds"),
            Map.entry("powerbank", "powerbank"), Map.entry("inverters", "inverter"), Map.entry("panels", "panel"),
            Map.entry("nappies", "diapers"), Map.entry("nappy", "diapers"), Map.entry("diaper", "diapers"),
            Map.entry("noodle", "noodles"), Map.entry("shoes", "shoe"), Map.entry("sneakers", "sneaker"),
            Map.entry("kg", "kg"));

    private SearchText() {
    }

    /** The terms of a query. */
    static List<String> terms(String text) {
        return terms(text, false);
    }

    /**
     * The terms of a product text: each word's canonical term and, when different, the word itself, so a typo
     * of the long form ("refridgerator") still lands near an indexed word.
     */
    static List<String> indexTerms(String text) {
        return terms(text, true);
    }

    private static List<String> terms(String text, boolean keepOriginal) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                // "i phone" and "i-phone" are one word to shoppers.
                .replaceAll("\\bi[ -]phone", "iphone")
                .replaceAll("\\bair ?condition(er|ers)?\\b", "aircon")
                .replaceAll("\\bpower ?banks?\\b", "powerbank");
        for (String word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                String canonical = CANONICAL.getOrDefault(word, word);
                terms.add(canonical);
                if (keepOriginal && !canonical.equals(word)) {
                    terms.add(word);
                }
            }
        }
        return terms;
    }
}
