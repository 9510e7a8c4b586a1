package com.raqibtech.naija.testing;

import com.raqibtech.naija.catalog.application.ProductIndex;
import com.raqibtech.naija.demo.DemoCatalogue;
import java.util.List;
import java.util.Map;

/** The product index over the demo catalogue, as a server with the demo data builds it (no database needed). */
public final class DemoIndex {

    /** Category names as the reference data migration (V002) writes them. */
    private static final Map<String, String> CATEGORY_NAMES = Map.ofEntries(
            Map.entry("phones-tablets", "Phones & Tablets"), Map.entry("computing", "Computing"),
            Map.entry("electronics", "TVs & Electronics"), Map.entry("appliances", "Home Appliances"),
            Map.entry("generators-power", "Generators & Power"), Map.entry("fashion", "Fashion"),
            Map.entry("beauty-health", "Beauty & Health"), Map.entry("groceries", "Groceries"),
            Map.entry("baby-kids", "Baby & Kids"), Map.entry("books-stationery", "Books & Stationery"),
            Map.entry("home-kitchen", "Home & Kitchen"));

    private DemoIndex() {
    }

    public static ProductIndex build() {
        List<ProductIndex.Entry> entries = DemoCatalogue.products().stream()
                .map(row -> new ProductIndex.Entry(row.id(), row.sku(), row.name(), row.brand(), row.category(),
                        CATEGORY_NAMES.getOrDefault(row.category(), row.category()), row.price(), row.stock(),
                        row.popularity(), row.description(), row.attributes()))
                .toList();
        return ProductIndex.build(entries);
    }
}
