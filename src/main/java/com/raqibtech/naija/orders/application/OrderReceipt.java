package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.orders.domain.CustomerOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An order as a receipt shows it (the e-mails): who it is for, what is in it and what it cost. Published so that
 * other capabilities never read the order entities.
 *
 * @param status the status code, e.g. {@code out_for_delivery}
 */
public record OrderReceipt(String reference, String status, String customerEmail, String customerName,
                           Instant placedAt, List<Line> lines, BigDecimal subtotal, BigDecimal discount,
                           String tierName, String deliveryState, BigDecimal deliveryFee, BigDecimal total,
                           LocalDate expectedDelivery) {

    public record Line(String name, int quantity, BigDecimal lineTotal) {
    }

    static OrderReceipt of(CustomerOrder order, String customerEmail, String customerName, String tierName,
                           String deliveryState) {
        return new OrderReceipt(order.getReference(), order.getStatus().name().toLowerCase(Locale.ROOT),
                customerEmail, customerName, order.getPlacedAt(),
                order.getItems().stream().map(item -> new Line(item.getProductName(), item.getQuantity(),
                        item.getLineTotal())).toList(), order.getSubtotal(), order.getDiscount(),
                tierName, deliveryState, order.getDeliveryFee(),
                order.getTotal(), order.getExpectedDeliveryDate());
    }

    public String firstName() {
        return customerName.strip().split("\\s+")[0];
    }
}
