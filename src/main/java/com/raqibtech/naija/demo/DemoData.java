package com.raqibtech.naija.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A complete demo data set as plain values, with ids already assigned, ready to be written in batches.
 * Made by {@link DemoDataGenerator}; nothing here touches a database.
 */
public record DemoData(List<ProductRow> products, List<CustomerRow> customers, List<OrderRow> orders,
                       List<WalletRow> wallets) {

    public record ProductRow(long id, String sku, String name, String brand, String category, BigDecimal price,
                             int stock, int popularity, String description, Map<String, String> attributes) {
    }

    public record CustomerRow(long id, String fullName, String email, String phone, String stateCode, String city,
                              String address, String tierCode, BigDecimal totalSpent, Instant createdAt) {
    }

    public record OrderRow(long id, String reference, long customerId, String status, String paymentMethod,
                           String paymentStatus, String tierCode, BigDecimal subtotal, BigDecimal discount,
                           BigDecimal deliveryFee, BigDecimal total, String stateCode, String city, String address,
                           LocalDate expectedDeliveryDate, Instant placedAt, Instant updatedAt,
                           List<ItemRow> items, List<StatusRow> history, PaymentRow payment) {
    }

    public record ItemRow(long id, long productId, String sku, String productName, BigDecimal unitPrice,
                          int quantity, BigDecimal lineTotal) {
    }

    public record StatusRow(long id, String fromStatus, String toStatus, Instant changedAt, String actor,
                            String note) {
    }

    public record PaymentRow(long id, String method, BigDecimal amount, String status, String transferReference,
                             Instant createdAt, Instant confirmedAt, String confirmedBy) {
    }

    public record WalletRow(long customerId, BigDecimal balance, Instant updatedAt, List<WalletEntryRow> entries) {
    }

    public record WalletEntryRow(long id, String type, BigDecimal amount, BigDecimal balanceAfter, Long orderId,
                                 String actor, String note, Instant createdAt) {
    }

    public int itemCount() {
        return orders.stream().mapToInt(order -> order.items().size()).sum();
    }
}
