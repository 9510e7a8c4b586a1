package com.raqibtech.naija.catalog.application;

import com.raqibtech.naija.catalog.domain.Product;
import com.raqibtech.naija.catalog.domain.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Catalogue search for REST, the chat engine and an LLM tool alike. The text index lives in memory and is rebuilt
 * when this node changes product details ({@link CatalogChanged}), and at most every {@code catalog.index.max-age}
 * otherwise (other nodes' edits, stock sold). Prices and stock of the products shown are read live from the
 * database, so selling stock never forces a rebuild; only the in-stock filter may lag by up to that age.
 */
@ApplicationScoped
public class CatalogSearch {

    @Inject
    ProductRepository products;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "catalog.index.max-age", defaultValue = "PT60S")
    Duration maxAge;

    private volatile ProductIndex index;
    private volatile Instant builtAt = Instant.MIN;

    /** A page of results: products as they are now, in ranking order. */
    public record Results(List<Product> products, long total, int page, int size) {
    }

    public Results search(String text, String category, String brand, BigDecimal maxPrice, boolean inStockOnly,
                          int page, int size) {
        ProductIndex.Page found = index().search(new ProductIndex.Query(text, category, brand, maxPrice,
                inStockOnly, page, size));
        List<Long> ids = found.hits().stream().map(hit -> hit.product().id()).toList();
        Map<Long, Product> live = new HashMap<>();
        products.findByIds(ids).stream().filter(Product::isActive)
                .forEach(product -> live.put(product.getId(), product));
        List<Product> ordered = ids.stream().map(live::get).filter(product -> product != null).toList();
        return new Results(ordered, found.total(), page, size);
    }

    /** The best matches for what a customer asked for, as read models (the first page only). */
    public List<ProductDetails> find(String text, BigDecimal maxPrice, boolean inStockOnly, int size) {
        return search(text, null, null, maxPrice, inStockOnly, 0, size).products().stream()
                .map(ProductDetails::of).toList();
    }

    /** Products by id as they are now, active or not (a cart may still hold one taken off sale). */
    public List<ProductDetails> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : products.findByIds(List.copyOf(ids)).stream().map(ProductDetails::of)
                .toList();
    }

    /** How many products the catalogue holds, on sale or not (the status page). */
    public long count() {
        return products.count();
    }

    /** An active product by its SKU with its attributes, to describe it. */
    public Optional<ProductDetails> describe(String sku) {
        return bySku(sku).map(ProductDetails::described);
    }

    /** An active product by its SKU, as a read model (without attributes). */
    public Optional<ProductDetails> details(String sku) {
        return bySku(sku).map(ProductDetails::of);
    }

    /** The catalogue goods a message names (brands, models, kinds of goods), from the current index. */
    public List<ProductIndex.Mention> mentions(String text) {
        return index().mentions(text);
    }

    public Optional<Product> bySku(String sku) {
        return products.findBySku(sku).filter(Product::isActive);
    }

    void rebuild(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        builtAt = Instant.MIN; // the next search rebuilds; the current index keeps serving until then
    }

    private ProductIndex index() {
        ProductIndex current = index;
        Instant now = clock.instant();
        if (current == null || builtAt.plus(maxAge).isBefore(now)) {
            synchronized (this) {
                current = index;
                if (current == null || builtAt.plus(maxAge).isBefore(now)) {
                    current = ProductIndex.build(entries());
                    index = current;
                    builtAt = now;
                }
            }
        }
        return current;
    }

    private List<ProductIndex.Entry> entries() {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        for (Object[] row : products.allAttributes()) {
            attributes.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>()).put((String) row[1],
                    (String) row[2]);
        }
        return products.searchableRows().stream().map(row -> new ProductIndex.Entry((Long) row[0],
                (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                (BigDecimal) row[6], (Integer) row[7], (Integer) row[8], (String) row[9],
                attributes.getOrDefault((Long) row[0], Map.of()))).toList();
    }
}
