package com.raqibtech.naija.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.raqibtech.naija.demo.DemoCatalogue;
import com.raqibtech.naija.demo.DemoData.ProductRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search quality on the real demo catalogue: typos, shorthand, filters, ranking and paging. */
class ProductIndexTest {

    private static ProductIndex index;

    @BeforeAll
    static void indexTheDemoCatalogue() {
        index = ProductIndex.build(DemoCatalogue.products().stream().map(ProductIndexTest::entry).toList());
    }

    static ProductIndex.Entry entry(ProductRow row) {
        return new ProductIndex.Entry(row.id(), row.sku(), row.name(), row.brand(), row.category(),
                row.category().replace('-', ' '), row.price(), row.stock(), row.popularity(), row.description(),
                row.attributes());
    }

    private static List<ProductIndex.Hit> search(String text) {
        return index.search(new ProductIndex.Query(text, null, null, null, false, 0, 10)).hits();
    }

    private static String top(String text) {
        List<ProductIndex.Hit> hits = search(text);
        assertFalse(hits.isEmpty(), "nothing found for '" + text + "'");
        return hits.get(0).product().name();
    }

    @ParameterizedTest
    @CsvSource({
        "samsong a24, Galaxy A24",
        "samsung galaxy a24, Galaxy A24",
        "iphone 13 pro max, iPhone 13 Pro Max",
        "i phone 13 pro max, iPhone 13 Pro Max",
        "IPHONE 15, iPhone 15",
        "infinix hot 40i, Hot 40i",
        "tecno camon, Camon",
    })
    void findsPhonesDespiteTyposAndSpacing(String typed, String expectedInName) {
        assertTrue(top(typed).contains(expectedInName), typed + " → " + top(typed));
    }

    @ParameterizedTest
    @CsvSource({"samsung phone", "samsung phones", "phones", "smartphone"})
    void aPhoneSearchShowsPhonesNotTablets(String typed) {
        List<ProductIndex.Hit> hits = search(typed);
        assertFalse(hits.isEmpty(), typed);
        assertTrue(hits.stream().noneMatch(hit -> hit.product().name().matches("(?i).*\\b(tab|ipad|tablet)\\b.*")),
                typed + " → " + hits.stream().map(hit -> hit.product().name()).toList());
        assertTrue(search("samsung tablet").stream().allMatch(hit -> hit.product().name().contains("Tab")),
                "and a tablet search shows tablets");
    }

    @ParameterizedTest
    @CsvSource({
        "gen, generators-power",
        "2.5kva gen, generators-power",
        "fridge, appliances",
        "refrigerator, appliances",
        "refridgerator, appliances",
        "television, electronics",
        "43 inch tv, electronics",
        "hp laptop, computing",
        "lenovo, computing",
        "indomie, groceries",
        "pampers, baby-kids",
    })
    void understandsShorthandAndSynonyms(String typed, String category) {
        List<ProductIndex.Hit> hits = search(typed);
        assertFalse(hits.isEmpty(), typed);
        assertEquals(category, hits.get(0).product().categorySlug(), typed + " → " + hits.get(0).product().name());
    }

    @Test
    void everyWordMustMatchWhenSomeProductMatchesThemAll() {
        for (ProductIndex.Hit hit : search("samsung tv")) {
            assertEquals("Samsung", hit.product().brand());
            assertEquals("electronics", hit.product().categorySlug(), hit.product().name());
        }
    }

    @Test
    void filtersByCategoryBrandPriceAndStock() {
        ProductIndex.Page cheapPhones = index.search(new ProductIndex.Query("phone", "phones-tablets", null,
                new BigDecimal("200000"), true, 0, 50));
        assertFalse(cheapPhones.hits().isEmpty());
        for (ProductIndex.Hit hit : cheapPhones.hits()) {
            assertTrue(hit.product().price().compareTo(new BigDecimal("200000")) <= 0);
            assertTrue(hit.product().stock() > 0);
            assertEquals("phones-tablets", hit.product().categorySlug());
        }
        ProductIndex.Page dell = index.search(new ProductIndex.Query(null, null, "DELL", null, false, 0, 50));
        assertTrue(dell.total() > 0);
        assertTrue(dell.hits().stream().allMatch(hit -> hit.product().brand().equals("Dell")));
    }

    @Test
    void popularityBreaksTiesAndPagesDoNotOverlap() {
        ProductIndex.Page all = index.search(new ProductIndex.Query(null, "groceries", null, null, false, 0, 100));
        for (int i = 1; i < all.hits().size(); i++) {
            assertTrue(all.hits().get(i - 1).product().popularity() >= all.hits().get(i).product().popularity());
        }
        ProductIndex.Page first = index.search(new ProductIndex.Query("phone", null, null, null, false, 0, 5));
        ProductIndex.Page second = index.search(new ProductIndex.Query("phone", null, null, null, false, 1, 5));
        assertEquals(first.total(), second.total());
        assertTrue(first.hits().stream().noneMatch(hit -> second.hits().stream()
                .anyMatch(other -> other.product().sku().equals(hit.product().sku()))));
    }

    @Test
    void nonsenseFindsNothing() {
        assertTrue(search("xqzv wibble").isEmpty());
    }
}
