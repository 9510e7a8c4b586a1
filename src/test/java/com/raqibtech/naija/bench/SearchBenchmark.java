package com.raqibtech.naija.bench;

import com.raqibtech.naija.catalog.application.ProductIndex;
import com.raqibtech.naija.demo.DemoCatalogue;
import com.raqibtech.naija.demo.DemoData.ProductRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Catalogue search latency at 10,000 products, in-process (what the REST endpoint and the chat engine call).
 * The demo catalogue is multiplied into variants (colours, sizes, storage); a mix of real shopper queries (typos,
 * shorthand, filters, empty text) runs after a warm-up, each timed on its own.
 * Run: {@code ./mvnw -q test-compile exec:java@search-benchmark} (optional args: products, queries).
 */
public final class SearchBenchmark {

    private static final String[] COLOURS = {"Black", "Blue", "White", "Silver", "Gold", "Green", "Red", "Grey"};
    private static final String[] QUERIES = {"samsong a24", "iphone 13 pro max", "i phone 15", "gen", "2.5kva gen",
        "fridge", "refridgerator", "tecno camon", "infinix hot", "hp laptop", "lenovo thinkpad", "43 inch tv",
        "indomie", "pampers", "rice 50kg", "ankara", "oraimo power bank", "samsung tv", "inverter", "solar panel",
        "nivea", "blender", "chest freezer", "airpods", "dell", "xqzv", "phone", "laptop 16gb", "baby", "book"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        int productCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int queryCount = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        List<ProductIndex.Entry> catalogue = catalogue(productCount);

        long buildStart = System.nanoTime();
        ProductIndex index = ProductIndex.build(catalogue);
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;

        Random random = new Random(7);
        List<ProductIndex.Query> queries = new ArrayList<>();
        for (int i = 0; i < queryCount; i++) {
            queries.add(query(random));
        }
        for (int i = 0; i < 3_000; i++) {
            index.search(queries.get(i % queries.size()));
        }
        long[] nanos = new long[queryCount];
        long found = 0;
        long started = System.nanoTime();
        for (int i = 0; i < queryCount; i++) {
            long t0 = System.nanoTime();
            found += index.search(queries.get(i)).total();
            nanos[i] = System.nanoTime() - t0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "catalogue search: %,d products (index built in %d ms), %,d queries, %d cores%n",
                index.size(), buildMillis, queryCount, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "latency ms: p50 %.3f  p90 %.3f  p99 %.3f  max %.3f  mean %.3f%n",
                ms(nanos[queryCount / 2]), ms(nanos[queryCount * 9 / 10]), ms(nanos[queryCount * 99 / 100]),
                ms(nanos[queryCount - 1]), Arrays.stream(nanos).average().orElse(0) / 1e6);
        System.out.printf(Locale.ROOT, "throughput: %,.0f queries/s on one thread (%,d results in all)%n",
                queryCount / seconds, found);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static ProductIndex.Query query(Random random) {
        String text = random.nextInt(12) == 0 ? null : QUERIES[random.nextInt(QUERIES.length)];
        String category = random.nextInt(6) == 0 ? "phones-tablets" : null;
        BigDecimal maxPrice = random.nextInt(5) == 0 ? BigDecimal.valueOf(50_000L * (1 + random.nextInt(20))) : null;
        return new ProductIndex.Query(text, category, null, maxPrice, random.nextBoolean(), random.nextInt(3), 10);
    }

    /** The demo catalogue multiplied into realistic variants until it has {@code size} products. */
    static List<ProductIndex.Entry> catalogue(int size) {
        List<ProductRow> base = DemoCatalogue.products();
        Random random = new Random(42);
        List<ProductIndex.Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ProductRow row = base.get(i % base.size());
            int variant = i / base.size();
            Map<String, String> attributes = new LinkedHashMap<>(row.attributes());
            String name = row.name();
            if (variant > 0) {
                String colour = COLOURS[variant % COLOURS.length];
                attributes.put("colour", colour);
                name = name + " " + colour + " (" + (variant / COLOURS.length + 1) + ")";
            }
            BigDecimal price = row.price().multiply(BigDecimal.valueOf(0.9 + random.nextDouble() * 0.2))
                    .setScale(2, RoundingMode.HALF_UP);
            entries.add(new ProductIndex.Entry(i + 1, row.sku() + "-" + variant, name, row.brand(), row.category(),
                    row.category().replace('-', ' '), price, random.nextInt(200), random.nextInt(100),
                    row.description(), attributes));
        }
        return entries;
    }
}
