package com.raqibtech.naija.catalog.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory inverted index over the catalogue, immutable once built (a new one replaces it when the catalogue
 * changes). Each query word matches index terms exactly, by prefix ("sams"), or within a small edit distance
 * ("samsong", "refridgerator"); a product's score adds, per query word, its best field weight × how rare the
 * term is × how well it matched. Products matching every word come first, then score, then popularity.
 */
public final class ProductIndex {

    /** What the index needs of a product. */
    public record Entry(long id, String sku, String name, String brand, String categorySlug, String categoryName,
                        BigDecimal price, int stock, int popularity, String description,
                        Map<String, String> attributes) {
    }

    /** Filters and paging of a search; null filters match everything. */
    public record Query(String text, String category, String brand, BigDecimal maxPrice, boolean inStockOnly,
                        int page, int size) {
    }

    public record Hit(Entry product, double score) {
    }

    public record Page(List<Hit> hits, long total, int page, int size) {
    }

    /**
     * Where a message names catalogue goods: adjacent words that are brand, model, product-name or category terms
     * ("samsong a24" → one mention); {@code category} when every word is a kind of goods ("phones", "gen").
     */
    public record Mention(int start, int end, String text, boolean category) {
    }

    private static final float NAME = 3f;
    private static final float BRAND = 3f;
    private static final float CATEGORY = 2f;
    private static final float ATTRIBUTE = 1.5f;
    private static final float DESCRIPTION = 0.5f;
    private static final double PREFIX_MATCH = 0.8;
    private static final double FUZZY_MATCH = 0.7;

    private final List<Entry> products;
    /** term → per-product best field weight (parallel arrays of product index and weight). */
    private final Map<String, Postings> postings;
    /** Index terms by length, for fuzzy lookups. */
    private final Map<Integer, List<String>> termsByLength;
    private final String[] sortedTerms;
    /** Terms of names and brands (what a product is called), and of categories (what kind of goods it is). */
    private final Map<String, Term> vocabulary;

    private record Postings(int[] docs, float[] weights) {
    }

    private ProductIndex(List<Entry> products, Map<String, Postings> postings, Map<String, Term> vocabulary) {
        this.products = products;
        this.postings = postings;
        this.vocabulary = vocabulary;
        this.termsByLength = new HashMap<>();
        postings.keySet().forEach(term -> termsByLength.computeIfAbsent(term.length(), length -> new ArrayList<>())
                .add(term));
        this.sortedTerms = postings.keySet().toArray(String[]::new);
        Arrays.sort(sortedTerms);
    }

    public static ProductIndex build(List<Entry> products) {
        List<Entry> all = List.copyOf(products);
        Map<String, Map<Integer, Float>> weights = new HashMap<>();
        for (int doc = 0; doc < all.size(); doc++) {
            Entry product = all.get(doc);
            add(weights, doc, product.name(), NAME);
            add(weights, doc, product.brand(), BRAND);
            add(weights, doc, product.categoryName() + " " + product.categorySlug(), CATEGORY);
            add(weights, doc, String.join(" ", product.attributes().values()), ATTRIBUTE);
            add(weights, doc, product.description(), DESCRIPTION);
        }
        Map<String, Term> vocabulary = new HashMap<>();
        for (Entry product : all) {
            SearchText.indexTerms(product.name()).forEach(term -> vocabulary.putIfAbsent(term, Term.NAME));
            // and each word apart, for names whose words the search joins ("Power Bank" → "powerbank")
            for (String word : product.name().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                SearchText.terms(word).forEach(term -> vocabulary.putIfAbsent(term, Term.NAME));
            }
        }
        for (Entry product : all) {
            SearchText.indexTerms(product.brand()).forEach(term -> vocabulary.put(term, Term.ANCHOR));
            List<String> name = SearchText.terms(product.name());
            List<String> brand = SearchText.terms(product.brand());
            // The product line is the first word of the name after the brand ("Galaxy", "iPhone", "Spark").
            int line = name.size() > brand.size() && name.subList(0, brand.size()).equals(brand) ? brand.size() : 0;
            if (line < name.size()) {
                vocabulary.put(name.get(line), Term.ANCHOR);
            }
        }
        for (Entry product : all) {
            SearchText.indexTerms(product.categoryName()).forEach(term -> vocabulary.put(term, Term.KIND));
        }
        SearchText.KINDS_OF_GOODS.forEach(term -> vocabulary.put(term, Term.KIND));
        SearchText.NOT_GOODS.forEach(vocabulary::remove);
        SearchText.NAME_ONLY.forEach(term -> vocabulary.replace(term, Term.NAME));
        vocabulary.keySet().removeIf(SearchText::continuesName);
        Map<String, Postings> postings = new HashMap<>();
        weights.forEach((term, byDoc) -> {
            int[] docs = new int[byDoc.size()];
            float[] docWeights = new float[byDoc.size()];
            int i = 0;
            for (Map.Entry<Integer, Float> entry : byDoc.entrySet()) {
                docs[i] = entry.getKey();
                docWeights[i++] = entry.getValue();
            }
            postings.put(term, new Postings(docs, docWeights));
        });
        return new ProductIndex(all, postings, Map.copyOf(vocabulary));
    }

    /** The catalogue goods a message names, in order; typos within one edit (two for long words) still count. */
    public List<Mention> mentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        if (text == null) {
            return mentions;
        }
        java.util.regex.Matcher word = WORD.matcher(text);
        Run run = null;
        Describing describing = new Describing();
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            Term kind = termKind(word.group());
            boolean adjacent = run != null && text.substring(run.end, word.start()).isBlank();
            if (adjacent && kind != null) {
                run.add(kind, word.end());
                continue;
            }
            if (adjacent && SearchText.continuesName(lower)) {
                run.add(Term.NAME, word.end());
                continue;
            }
            if (run != null && run.anchored) {
                mentions.add(run.mention(text));
            }
            if (kind != null && NOT_GOODS_AFTER.containsKey(lower) && followedBy(text, word.end(),
                    NOT_GOODS_AFTER.get(lower))) {
                kind = null; // "my phone number", "phone line": not goods
            }
            run = kind == null ? null : new Run(kind, describing.startBefore(text, lower, word.start()), word.end());
            describing.next(text, lower, word.start(), word.end());
        }
        if (run != null && run.anchored) {
            mentions.add(run.mention(text));
        }
        return mentions;
    }

    /**
     * What a word is to the catalogue: a kind of goods ("phones", "gen"), an anchor (a brand or product line:
     * "Samsung", "Galaxy", "iPhone" — typos allowed), a word of some product's name that counts only beside an
     * anchor or kind ("Air", "A24", "burner"), or nothing.
     */
    private enum Term { KIND, ANCHOR, NAME, NONE }

    /** Adjacent catalogue words; a mention only when one of them is a kind of goods or an anchor. */
    /**
     * The describing words right before the current word ("55 inch smart" before "TV"), where a mention may start.
     * A number counts only with its unit after it, so "2 phones" stays a quantity and "phones".
     */
    private static final class Describing {
        private int start = -1;
        private int end = -1;
        private boolean endsWithBareNumber;

        void next(String text, String word, int wordStart, int wordEnd) {
            boolean follows = end >= 0 && text.substring(end, wordStart).isBlank();
            boolean number = NUMBER.matcher(word).matches();
            boolean describes = SearchText.GOODS_MODIFIERS.contains(word) || NUMBER_WITH_UNIT.matcher(word).matches()
                    || (follows && endsWithBareNumber && SearchText.UNITS.contains(word));
            if (!describes && !number) {
                start = -1;
                end = -1;
                endsWithBareNumber = false;
                return;
            }
            if (!follows) {
                start = wordStart;
            }
            end = wordEnd;
            endsWithBareNumber = number;
        }

        /** Where a mention whose first word starts at {@code wordStart} begins, describing words included. */
        int startBefore(String text, String word, int wordStart) {
            if (end < 0 || !text.substring(end, wordStart).isBlank()
                    || (endsWithBareNumber && !SearchText.UNITS.contains(word))) {
                return wordStart;
            }
            java.util.regex.Matcher count = LEADING_COUNT.matcher(text.substring(start, end));
            int from = count.lookingAt() ? start + count.end() : start;
            return from < end ? from : wordStart;
        }
    }

    /** Kinds of goods that are something else before these words ("phone number", "phone line"). */
    private static final Map<String, java.util.regex.Pattern> NOT_GOODS_AFTER = Map.of(
            "phone", java.util.regex.Pattern.compile("(?i)\\s+(?:number|no\\.?|line|call)\\b"),
            "account", java.util.regex.Pattern.compile("(?i)\\s+(?:number|details)\\b"));

    private static boolean followedBy(String text, int at, java.util.regex.Pattern next) {
        return next.matcher(text).region(at, text.length()).lookingAt();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final java.util.regex.Pattern NUMBER_WITH_UNIT = java.util.regex.Pattern.compile(
            "\\d+(?:[.,]\\d+)?(?:inch|kva|gb|tb|hp|l|kg|w|mah|cm|mp|ah|v)");
    /** A count at the front of describing words ("2 smart" before "TVs"): a quantity, not a description. */
    private static final java.util.regex.Pattern LEADING_COUNT = java.util.regex.Pattern.compile(
            "\\d+\\s+(?!(?:inch|inches|in|kva|gb|tb|hp|litres?|liters?|l|kg|burners?|seater|doors?|watts?|w|mah|cm|"
                    + "ft|feet|mp|ah|v)\\b)", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final class Run {
        final int start;
        int end;
        boolean anchored;
        boolean allKinds;

        Run(Term kind, int start, int end) {
            this.start = start;
            this.end = end;
            this.anchored = kind != Term.NAME;
            this.allKinds = kind == Term.KIND;
        }

        void add(Term kind, int end) {
            this.end = end;
            this.anchored |= kind != Term.NAME;
            this.allKinds &= kind == Term.KIND;
        }

        Mention mention(String text) {
            return new Mention(start, end, text.substring(start, end), allKinds);
        }
    }

    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-'.][\\p{L}\\p{N}]+)*");

    /** Word as written → what it is to the catalogue (NONE: a word it does not use). */
    private final Map<String, Term> termKinds = new java.util.concurrent.ConcurrentHashMap<>();

    /** Memoised by the word as written (lower case): normalising a word costs more than looking it up. */
    private Term termKind(String word) {
        if (termKinds.size() > 50_000) {
            termKinds.clear(); // words seen are few in practice; this only bounds memory against odd input
        }
        Term kind = termKinds.computeIfAbsent(word.toLowerCase(Locale.ROOT), written -> {
            List<String> terms = SearchText.terms(written);
            return terms.size() == 1 ? lookUp(terms.get(0)) : Term.NONE;
        });
        return kind == Term.NONE ? null : kind;
    }

    private Term lookUp(String term) {
        Term exact = vocabulary.get(term);
        if (exact != null) {
            return exact;
        }
        if (term.length() < 5 || SearchText.NOT_GOODS.contains(term) || term.chars().anyMatch(Character::isDigit)) {
            return Term.NONE;
        }
        int allowed = term.length() >= 8 ? 2 : 1;
        for (Map.Entry<String, Term> known : vocabulary.entrySet()) {
            if (known.getValue() != Term.NAME && known.getKey().length() >= 5
                    && withinDistance(term, known.getKey(), allowed)) {
                return known.getValue();
            }
        }
        return Term.NONE;
    }

    private static void add(Map<String, Map<Integer, Float>> weights, int doc, String text, float weight) {
        for (String term : SearchText.indexTerms(text)) {
            weights.computeIfAbsent(term, key -> new HashMap<>()).merge(doc, weight, Math::max);
        }
    }

    private static final Set<String> PHONE_WORDS = Set.of("phone", "phones", "smartphone", "smartphones", "handset",
            "handsets", "fone", "fones");
    private static final Set<String> TABLET_WORDS = Set.of("tablet", "tablets", "tab", "tabs", "ipad", "ipads");
    private static final java.util.regex.Pattern TABLET = java.util.regex.Pattern.compile(
            "(?i)\\b(tab|tablet|ipad|pad)\\b");

    public int size() {
        return products.size();
    }

    public Page search(Query query) {
        List<String> words = SearchText.terms(query.text()).stream().distinct().toList();
        int n = products.size();
        double[] scores = new double[n];
        int[] matchedWords = new int[n];
        for (String word : words) {
            double[] best = new double[n];
            for (Map.Entry<String, Double> term : expand(word).entrySet()) {
                Postings posting = postings.get(term.getKey());
                double idf = Math.log(1 + (double) n / posting.docs().length);
                for (int i = 0; i < posting.docs().length; i++) {
                    int doc = posting.docs()[i];
                    best[doc] = Math.max(best[doc], posting.weights()[i] * idf * term.getValue());
                }
            }
            for (int doc = 0; doc < n; doc++) {
                if (best[doc] > 0) {
                    scores[doc] += best[doc];
                    matchedWords[doc]++;
                }
            }
        }
        String brand = query.brand() == null ? null : query.brand().trim().toLowerCase(Locale.ROOT);
        List<Integer> found = new ArrayList<>();
        for (int doc = 0; doc < n; doc++) {
            Entry product = products.get(doc);
            if ((!words.isEmpty() && scores[doc] == 0)
                    || (query.category() != null && !product.categorySlug().equalsIgnoreCase(query.category()))
                    || (brand != null && !product.brand().toLowerCase(Locale.ROOT).equals(brand))
                    || (query.maxPrice() != null && product.price().compareTo(query.maxPrice()) > 0)
                    || (query.inStockOnly() && product.stock() <= 0)) {
                continue;
            }
            found.add(doc);
        }
        // "phone" and "tablet" share a category: a phone search shows phones, a tablet search tablets.
        boolean phones = words.stream().anyMatch(PHONE_WORDS::contains);
        boolean tablets = words.stream().anyMatch(TABLET_WORDS::contains);
        if (phones != tablets) {
            List<Integer> ofKind = found.stream().filter(doc -> TABLET.matcher(products.get(doc).name()).find() == tablets)
                    .toList();
            if (!ofKind.isEmpty()) {
                found.retainAll(ofKind);
            }
        }
        // With several words, products matching only some of them are kept only when none match them all.
        int wanted = words.size();
        if (wanted > 1 && found.stream().anyMatch(doc -> matchedWords[doc] == wanted)) {
            found.removeIf(doc -> matchedWords[doc] < wanted);
        }
        found.sort(Comparator.<Integer>comparingInt(doc -> -matchedWords[doc])
                .thenComparingDouble(doc -> -scores[doc])
                .thenComparingInt(doc -> -products.get(doc).popularity())
                .thenComparing(doc -> products.get(doc).sku()));
        int from = Math.min(found.size(), query.page() * query.size());
        int to = Math.min(found.size(), from + query.size());
        List<Hit> hits = found.subList(from, to).stream()
                .map(doc -> new Hit(products.get(doc), scores[doc])).toList();
        return new Page(hits, found.size(), query.page(), query.size());
    }

    /** Expansions of query words already seen; the index never changes, and shoppers repeat their words. */
    private final Map<String, Map<String, Double>> expansions = new java.util.concurrent.ConcurrentHashMap<>();

    /** The index terms a query word stands for, with how well each matches (1 exact, less for near misses). */
    Map<String, Double> expand(String word) {
        if (expansions.size() > 50_000) {
            expansions.clear(); // bounds memory against odd input, as for word kinds
        }
        return expansions.computeIfAbsent(word, this::expandAfresh);
    }

    private Map<String, Double> expandAfresh(String word) {
        Map<String, Double> terms = new HashMap<>();
        if (postings.containsKey(word)) {
            terms.put(word, 1.0);
        }
        if (word.length() >= 3) {
            int start = Arrays.binarySearch(sortedTerms, word);
            for (int i = start >= 0 ? start + 1 : -start - 1; i < sortedTerms.length
                    && sortedTerms[i].startsWith(word); i++) {
                terms.putIfAbsent(sortedTerms[i], PREFIX_MATCH);
            }
        }
        int allowed = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
        if (allowed > 0 && !word.chars().allMatch(Character::isDigit)) {
            for (int length = word.length() - allowed; length <= word.length() + allowed; length++) {
                for (String term : termsByLength.getOrDefault(length, List.of())) {
                    if (!terms.containsKey(term) && withinDistance(word, term, allowed)) {
                        terms.put(term, FUZZY_MATCH);
                    }
                }
            }
        }
        return Map.copyOf(terms);
    }

    /** Damerau-Levenshtein (adjacent swaps count once) no greater than {@code max}, stopping early. */
    static boolean withinDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > max) {
                return false;
            }
        }
        return d[a.length()][b.length()] <= max;
    }
}
