package com.raqibtech.naija.catalog.application;

import com.raqibtech.naija.catalog.domain.Product;
import com.raqibtech.naija.catalog.domain.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stock changes for orders, inside the caller's transaction: products are locked in id order (so concurrent
 * checkouts and cancellations never deadlock and never sell more than there is), then taken from or given back to.
 */
@ApplicationScoped
public class Stock {

    @Inject
    ProductRepository products;

    /** Locks the products and answers them as they are now, by id. */
    public Map<Long, ProductDetails> lock(Collection<Long> ids) {
        Map<Long, ProductDetails> locked = new LinkedHashMap<>();
        products.lockInIdOrder(ids.stream().distinct().sorted().toList())
                .forEach(product -> locked.put(product.getId(), ProductDetails.of(product)));
        return locked;
    }

    /** Takes from a product locked by {@link #lock} in this transaction. */
    public void take(long productId, int quantity, Instant at) {
        locked(productId).takeFromStock(quantity, at);
    }

    /** Puts quantities back on the shelf (a cancelled or returned order), locking the products first. */
    public void giveBack(Map<Long, Integer> quantities, Instant at) {
        products.lockInIdOrder(quantities.keySet().stream().sorted().toList())
                .forEach(product -> product.returnToStock(quantities.get(product.getId()), at));
    }

    private Product locked(long productId) {
        return products.find(productId).orElseThrow();
    }
}
