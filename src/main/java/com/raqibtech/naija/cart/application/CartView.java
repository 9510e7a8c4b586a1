package com.raqibtech.naija.cart.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cart as shown: each line at today's price (flagged when it changed since it was added), the subtotal and the
 * number of items. Checkout prices from the catalogue again; this is what the customer sees until then.
 */
public record CartView(List<Line> lines, int itemCount, BigDecimal subtotal) {

    public record Line(String sku, String name, String brand, int quantity, BigDecimal unitPrice,
                       BigDecimal lineTotal, int stock, boolean priceChanged) {
    }

    public static CartView empty() {
        return new CartView(List.of(), 0, new BigDecimal("0.00"));
    }
}
