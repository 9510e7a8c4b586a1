package com.raqibtech.naija.orders.domain;

/**
 * An order's life: pending → confirmed → processing → shipped → out_for_delivery → delivered, or off the path
 * (cancelled; after delivery return_requested → returned, or exchange_requested → exchanged).
 */
public enum OrderStatus {
    PENDING, CONFIRMED, PROCESSING, SHIPPED, OUT_FOR_DELIVERY, DELIVERED, CANCELLED, RETURN_REQUESTED, RETURNED,
    EXCHANGE_REQUESTED, EXCHANGED
}
