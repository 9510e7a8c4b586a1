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
                             String imageUrl) {

    public static ProductDetails of(Product product) {
        return new ProductDetails(product.getId(), product.getSku(), product.getName(), product.getBrand(),
                product.getCategory() == null ? null : product.getCategory().getName(), product.getPrice(),
                product.getStock(), product.isActive(), product.getDescription(), Map.copyOf(product.getAttributes()),
                null);
    }

    public boolean inStock() {
        return stock > 0;
    }
}
