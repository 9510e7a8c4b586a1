package com.raqibtech.naija.catalog.application;

import com.raqibtech.naija.catalog.domain.Product;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A product as other capabilities see it (chat, the console, an LLM tool), at its live price and stock.
 * {@code imageUrl} is null until the catalogue carries images.
 */
public record ProductDetails(long id, String sku, String name, String brand, String category, BigDecimal price,
                             int stock, boolean active, String description, Map<String, String> attributes,
                             String imageUrl, int popularity) {

    /** Without the attributes (a separate read): what lists, carts and checkout need. */
    public static ProductDetails of(Product product) {
        return of(product, Map.of());
    }

    /** With the attributes (storage, colour …), for describing one product. */
    public static ProductDetails described(Product product) {
        return of(product, Map.copyOf(product.getAttributes()));
    }

    private static ProductDetails of(Product product, Map<String, String> attributes) {
        return new ProductDetails(product.getId(), product.getSku(), product.getName(), product.getBrand(),
                product.getCategory() == null ? null : product.getCategory().getName(), product.getPrice(),
                product.getStock(), product.isActive(), product.getDescription(), attributes, null,
                product.getPopularity());
    }

    public boolean inStock() {
        return stock > 0;
    }
}
