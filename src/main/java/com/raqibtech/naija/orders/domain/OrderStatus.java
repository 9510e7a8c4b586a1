package com.raqibtech.naija.orders.domain;

/** An order's life: pending → confirmed → processing → shipped → out_for_delivery → delivered, or off the path. */
public enum OrderStatus {
    PENDING, CONFIRMED, PROCESSING, SHIPPED, OUT_FOR_DELIVERY, DELIVERED, CANCELLED, RETURN_REQUESTED, RETURNED
}
