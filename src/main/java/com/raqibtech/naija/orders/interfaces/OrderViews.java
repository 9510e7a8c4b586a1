package com.raqibtech.naija.orders.interfaces;

import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderItem;
import com.raqibtech.naija.orders.domain.OrderStatusChange;
import com.raqibtech.naija.shared.money.Money;
import com.raqibtech.naija.shared.time.Lagos;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of orders. Times are in West Africa Time. */
public final class OrderViews {

    private OrderViews() {
    }

    public record Summary(String reference, String status, String paymentMethod, String paymentStatus,
                          Money total, int items, OffsetDateTime placedAt, LocalDate expectedDeliveryDate) {

        public static Summary of(CustomerOrder order) {
            return new Summary(order.getReference(), order.getStatus().name(), order.getPaymentMethod().getCode(),
                    order.getPaymentStatus().name(), Money.of(order.getTotal()),
                    order.getItems().stream().mapToInt(OrderItem::getQuantity).sum(),
                    Lagos.at(order.getPlacedAt()).toOffsetDateTime(), order.getExpectedDeliveryDate());
        }
    }

    public record Detail(String reference, long customerId, String status, String paymentMethod,
                         String paymentStatus, List<Line> items, Money subtotal, Money discount, Money deliveryFee,
                         Money total, Delivery delivery, OffsetDateTime placedAt, List<Step> timeline) {

        /** {@code deliveryState}: the name of the state it goes to. */
        public static Detail of(CustomerOrder order, String deliveryState) {
            return new Detail(order.getReference(), order.getCustomerId(), order.getStatus().name(),
                    order.getPaymentMethod().getCode(), order.getPaymentStatus().name(),
                    order.getItems().stream().map(Line::of).toList(), Money.of(order.getSubtotal()),
                    Money.of(order.getDiscount()), Money.of(order.getDeliveryFee()), Money.of(order.getTotal()),
                    new Delivery(deliveryState, order.getDeliveryCity(),
                            order.getDeliveryAddress(), order.getExpectedDeliveryDate()),
                    Lagos.at(order.getPlacedAt()).toOffsetDateTime(),
                    order.getHistory().stream().map(Step::of).toList());
        }
    }

    /** A line; {@code exchangedFrom}: for the replacement of an exchange, what it replaced (else absent). */
    public record Line(String sku, String name, int quantity, Money unitPrice, Money lineTotal,
                       Replaced exchangedFrom) {

        public Line(String sku, String name, int quantity, Money unitPrice, Money lineTotal) {
            this(sku, name, quantity, unitPrice, lineTotal, null);
        }

        static Line of(OrderItem item) {
            return new Line(item.getSku(), item.getProductName(), item.getQuantity(), Money.of(item.getUnitPrice()),
                    Money.of(item.getLineTotal()), item.isExchanged() ? new Replaced(item.getReplacedSku(),
                    item.getReplacedProductName(), Money.of(item.getReplacedUnitPrice())) : null);
        }
    }

    /** The product an exchanged line held before. */
    public record Replaced(String sku, String name, Money unitPrice) {
    }

    public record Delivery(String state, String city, String address, LocalDate expectedDate) {
    }

    /**
     * A step of the timeline: the status after it, when, what happened ({@code note}), and what kind of step:
     * {@code status} (the status moved), {@code address_changed}, {@code payment_method_changed},
     * {@code item_quantity_changed}, {@code item_removed} or {@code item_exchange_requested}.
     */
    public record Step(String status, OffsetDateTime at, String note, String kind) {
        static Step of(OrderStatusChange change) {
            return new Step(change.getToStatus().name(), Lagos.at(change.getChangedAt()).toOffsetDateTime(),
                    change.getNote(), change.getKind().name().toLowerCase(Locale.ROOT));
        }
    }
}
