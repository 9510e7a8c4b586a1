package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.orders.domain.OrderStatus;

/**
 * An order moved from one status to another, fired inside the transaction that moved it. Observers that reach
 * outside (e-mail, chat) should observe after success.
 */
public record OrderStatusChanged(long orderId, String reference, long customerId, OrderStatus from, OrderStatus to) {
}
