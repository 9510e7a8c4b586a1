package com.raqibtech.naija.catalog.application;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** Words for kinds of goods that shoppers use though no category is named so (canonical terms). */
    static final Set<String> KINDS_OF_GOODS = Set.of("phone", "laptop", "computer", "tablet", "fridge", "freezer",
            "tv", "generator", "aircon", "earbuds", "powerbank", "inverter", "panel", "shoe", "sneaker", "watch",
            "perfume", "blender", "cooker", "diapers", "noodles", "clothes", "dress", "bag", "speaker", "printer",
            "iron", "kettle", "microwave", "oven", "mattress", "charger", "cable", "router", "fan", "gadgets",
            "accessories", "cream", "lotion", "soap", "rice", "oil", "milk", "formula", "shirt", "jeans", "sandals",
            "slippers", "bed", "chair", "book", "books", "headphones", "camera", "console", "stove", "sugar", "beans",
            "garri", "spaghetti", "cereal", "wig", "hair", "makeup", "jewellery", "ring", "necklace");

    /**
     * Everyday words that also occur in product names ("Things Fall Apart", "House of Tara", colours) or lie one
     * typo from a name term ("good" / "Gold"): never a mention of goods on their own.
     */
    static final Set<String> NOT_GOODS = Set.of("a", "an", "and", "by", "for", "in", "of", "on", "to", "the", "with",
            "me", "mr", "men", "girls", "lives", "wives", "kings", "works", "group", "things", "fall", "apart",
            "born", "closer", "stay", "start", "dream", "tuesday", "fit", "flip", "fast", "full", "top", "low",
            "half", "short", "tall", "sun", "star", "master", "key", "link", "load", "type", "system", "count",
            "finish", "focus", "force", "good", "mama", "check", "hw", "colour", "color", "want", "make", "take", "send", "give", "have", "some", "come",
            "done", "fine", "nice", "then", "them", "they", "there", "here", "when", "will", "know", "tell", "help",
            "order", "orders", "money", "cash", "account", "wallet", "transfer", "delivery", "deliver", "please",
            "abeg", "oga", "madam", "boss", "size", "set", "pack", "piece", "pieces", "original", "new", "one", "two",
            "three", "perfect", "premium", "classic", "basic", "fresh", "pure", "double", "dual", "grand", "smart",
            "plus", "max", "pro", "ultra", "mega", "maxi", "super", "supa", "mini", "lite", "s", "t", "x", "c", "much",
            "still", "just",
            "more", "less", "last", "next", "first", "second", "third", "like", "love", "life", "time", "week",
            "price", "cost", "stock", "available", "sell", "buy", "need", "pay", "see", "show", "better", "best",
            "today", "that", "what", "this", "where", "which", "sure", "same", "other", "another", "meter",
            "channel", "print", "cold", "dry", "deep", "face", "hand", "press", "box", "roll",
            "drive", "station", "seat", "table", "door", "front", "care", "card", "cart");

    /**
     * Words of product names that mean something else on their own ("no power", "my house", "bank transfer",
     * "e get for black?"): part of a mention only beside a brand, product line or kind of goods.
     */
    static final Set<String> NAME_ONLY = Set.of("house", "home", "bank", "power", "body", "hot", "black", "white",
            "blue", "yellow", "purple", "silver", "gold", "red", "green", "pink", "grey", "gray", "brown", "water",
            "wave", "river", "lion", "tiger", "star", "master", "store");

    /**
     * Words that say what sort of a kind of goods is wanted ("ladies shoes", "gaming laptop", "55 inch smart TV"):
     * part of the mention when they stand right before it, never goods on their own.
     */
    static final Set<String> GOODS_MODIFIERS = Set.of("smart", "android", "ladies", "lady", "women", "womens",
            "women's", "men's", "mens", "male", "female", "kids", "kid", "children", "children's", "baby", "babies",
            "boys", "girls", "unisex", "school", "office", "gaming", "wireless", "bluetooth", "electric", "gas",
            "solar", "digital", "portable", "rechargeable", "standing", "ceiling", "wall", "table", "double", "single",
            "non-stick", "nonstick", "stainless", "leather", "cotton", "wooden", "sports", "running", "casual",
            "formal", "wedding", "traditional", "ankara", "lace", "native", "designer", "kitchen", "car", "travel",
            "4k", "hd", "uhd", "led", "oled", "qled", "curved", "split", "window", "chest", "upright", "deep",
            "automatic", "manual", "5g", "4g", "dual", "sim", "unlocked", "hair",
            "body", "face", "skin", "cooking", "vegetable", "groundnut", "palm", "basmati", "parboiled", "powdered",
            "infant", "toddler", "wrist", "gold", "silver");

    /** Units that make the number before them a description of goods ("55 inch", "2.5 kva", "3 burner"). */
    static final Set<String> UNITS = Set.of("inch", "inches", "in", "kva", "gb", "tb", "hp", "litre", "litres",
            "liter", "liters", "l", "kg", "burner", "burners", "seater", "door", "doors", "watts", "watt", "w", "mah",
            "cm", "ft", "feet", "mp", "ah", "v");

    /** Words that only continue a product's name ("iPhone 15 Pro Max", "Galaxy A05 64GB"), never start one. */
    static boolean continuesName(String term) {
        return CONTINUATIONS.contains(term) || term.matches("\\d+([.,]\\d+)?(gb|tb|kg|g|l|ml|cl|in|inch|w|kva|mah|hp)?")
                || (term.length() <= 6 && term.matches("[a-z]{0,3}\\d+[a-z0-9]*"));
    }

    private static final Set<String> CONTINUATIONS = Set.of("plus", "max", "pro", "ultra", "mega", "maxi", "mini",
            "lite", "neo", "se", "fe");

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
