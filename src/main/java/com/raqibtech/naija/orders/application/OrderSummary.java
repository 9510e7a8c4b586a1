package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An order as other capabilities see it (chat, the console, an LLM tool): no entity crosses the capability line.
 *
 * @param status            the status code, e.g. {@code out_for_delivery}
 * @param cancellable       nothing has shipped yet, so the customer may cancel
 * @param delivered         delivered (a return may be possible within the window)
 * @param closed            cancelled or returned: any money paid went back to the wallet
 * @param returnRequested   a return is waiting for pickup (an exchange waiting: {@link #exchangeRequested()})
 * @param paymentMethod     the method's code, e.g. {@code raqibtechpay}
 * @param paymentMethodName the method's name as customers see it
 */
public record OrderSummary(String reference, long customerId, String status, boolean cancellable, boolean delivered,
                           boolean closed, boolean returnRequested, BigDecimal total, String paymentMethod,
                           String paymentMethodName, String deliveryState, Instant placedAt,
                           LocalDate expectedDelivery) {

    /** {@code deliveryState}: the name of the state the order goes to. */
    public static OrderSummary of(CustomerOrder order, String deliveryState) {
        OrderStatus status = order.getStatus();
        return new OrderSummary(order.getReference(), order.getCustomerId(),
                status.name().toLowerCase(Locale.ROOT), OrderLifecycle.CANCELLABLE.contains(status),
                status == OrderStatus.DELIVERED, status == OrderStatus.CANCELLED || status == OrderStatus.RETURNED,
                status == OrderStatus.RETURN_REQUESTED, order.getTotal(), order.getPaymentMethod().getCode(),
                order.getPaymentMethod().getName(), deliveryState, order.getPlacedAt(),
                order.getExpectedDeliveryDate());
    }

    /** Still on its way: not delivered, cancelled, returned or exchanged (nor waiting for either). */
    public boolean onItsWay() {
        return !delivered && !closed && !returnRequested && !exchangeRequested() && !exchanged();
    }

    /** An item is being exchanged: the replacement and the rider are on their way. */
    public boolean exchangeRequested() {
        return status.equals(label(OrderStatus.EXCHANGE_REQUESTED));
    }

    /** An exchange is complete. */
    public boolean exchanged() {
        return status.equals(label(OrderStatus.EXCHANGED));
    }

    private static String label(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
