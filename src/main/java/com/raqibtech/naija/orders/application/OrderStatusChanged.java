package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.orders.domain.OrderStatus;

/**
 * An order was placed ({@code from} is null) or moved from one status to another; fired inside the transaction
 * that did it. Observers that reach outside (chat pushes) should observe after success; the e-mail outbox writes
 * in the same transaction.
 */
public record OrderStatusChanged(long orderId, String reference, long customerId, OrderStatus from, OrderStatus to) {
}
