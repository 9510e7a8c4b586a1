package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.orders.domain.OrderStatus;

/**
 * An order was placed ({@code from} is null) or moved from one status to another; fired inside the transaction
 * that did it. Observers that reach outside (chat pushes) should observe after success; the e-mail outbox writes
 * in the same transaction. {@code inConversation}: the customer did it in a chat, where the answer already says so.
 */
public record OrderStatusChanged(long orderId, String reference, long customerId, OrderStatus from, OrderStatus to,
                                 boolean inConversation) {

    public OrderStatusChanged(long orderId, String reference, long customerId, OrderStatus from, OrderStatus to) {
        this(orderId, reference, customerId, from, to, false);
    }

    /** Whether the order existed before (false when it was just placed). */
    public boolean isNews() {
        return from != null;
    }

    /** The new status as a code ({@code out_for_delivery}), for capabilities that do not see order entities. */
    public String newStatus() {
        return to.name().toLowerCase(java.util.Locale.ROOT);
    }
}
