package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.catalog.application.Stock;
import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderItem;
import com.raqibtech.naija.orders.domain.OrderRepository;
import com.raqibtech.naija.orders.domain.OrderStatus;
import com.raqibtech.naija.orders.domain.OrderStatusChange;
import com.raqibtech.naija.orders.domain.Payment;
import com.raqibtech.naija.orders.domain.PaymentMethod;
import com.raqibtech.naija.orders.domain.PaymentStatus;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.wallet.application.WalletService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An order's life after checkout: staff move it along (confirmed → processing → shipped → out for delivery →
 * delivered); customers cancel before it ships (prepaid money back to the wallet, stock back on the shelf) and ask
 * to return it within the {@link #RETURN_WINDOW} after delivery (or exchange an item, {@link OrderChanges}; staff
 * complete an exchange as they do a return, and what was replaced goes back on the shelf). Delivery adds to the
 * customer's total spend and may raise their tier.
 * Every step is recorded with its time and actor, and announced as an {@link OrderStatusChanged} event.
 */
@ApplicationScoped
public class OrderLifecycle {

    /** How long after delivery a return may be asked for, in days (a constant, so API descriptions can name it). */
    public static final int RETURN_WINDOW_DAYS = 7;
    /** How long after delivery a return may be asked for. */
    public static final Duration RETURN_WINDOW = Duration.ofDays(RETURN_WINDOW_DAYS);
    /** Orders the customer may still cancel: nothing has shipped. */
    public static final Set<OrderStatus> CANCELLABLE = EnumSet.of(OrderStatus.PENDING, OrderStatus.CONFIRMED,
            OrderStatus.PROCESSING);
    /** Where staff may move an order from each status. */
    private static final Map<OrderStatus, Set<OrderStatus>> STAFF_MOVES = Map.of(
            OrderStatus.PENDING, EnumSet.of(OrderStatus.CONFIRMED),
            OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.PROCESSING),
            OrderStatus.PROCESSING, EnumSet.of(OrderStatus.SHIPPED),
            OrderStatus.SHIPPED, EnumSet.of(OrderStatus.OUT_FOR_DELIVERY),
            OrderStatus.OUT_FOR_DELIVERY, EnumSet.of(OrderStatus.DELIVERED),
            OrderStatus.RETURN_REQUESTED, EnumSet.of(OrderStatus.RETURNED),
            OrderStatus.EXCHANGE_REQUESTED, EnumSet.of(OrderStatus.EXCHANGED));

    @Inject
    OrderRepository orders;

    @Inject
    CustomerProfiles customers;

    @Inject
    Stock stock;

    @Inject
    OrderQueries queries;

    @Inject
    WalletService wallets;

    @Inject
    Confirmations confirmations;

    @Inject
    Event<OrderStatusChanged> statusChanges;

    @Inject
    Clock clock;

    /** Staff move an order one step along its path. */
    @Transactional
    public CustomerOrder advance(Actor staff, String reference, OrderStatus next, String note) {
        staff.require(Permission.MANAGE_ORDERS);
        CustomerOrder order = find(reference);
        OrderStatus from = order.getStatus();
        if (!STAFF_MOVES.getOrDefault(from, Set.of()).contains(next)) {
            throw ProblemException.conflict("invalid-transition", "An order that is "
                    + label(from) + " cannot become " + label(next) + "; next is "
                    + STAFF_MOVES.getOrDefault(from, Set.of()).stream().map(OrderLifecycle::label).toList() + ".");
        }
        Instant now = clock.instant();
        if (next == OrderStatus.CONFIRMED && order.getPaymentStatus() != PaymentStatus.PAID
                && !order.getPaymentMethod().getCode().equals(PaymentMethod.PAY_ON_DELIVERY)) {
            throw ProblemException.conflict("awaiting-payment", "Confirm the payment of " + reference + " first.");
        }
        order.recordStatus(next, now, staff.name(), note);
        if (next == OrderStatus.DELIVERED) {
            delivered(staff, order, now);
        }
        if (next == OrderStatus.RETURNED) {
            restock(order, now);
            refundIfPaid(order, now, staff.name());
            // A returned order no longer counts: the tier follows the spend down as well as up.
            customers.recordSpend(staff, order.getCustomerId(), order.getTotal().negate(), true);
        }
        if (next == OrderStatus.EXCHANGED) {
            restockReplaced(order, now);
        }
        statusChanges.fire(new OrderStatusChanged(order.getId(), order.getReference(), order.getCustomerId(),
                from, next));
        return order;
    }

    /** The customer (or staff) cancels an order that has not shipped. */
    @Transactional
    public CustomerOrder cancel(Actor caller, String reference, String reason) {
        return cancelled(caller, reference, reason, null);
    }

    /**
     * The same, for a responder acting in a conversation: only with the customer's confirmation
     * ({@link Confirmations}).
     */
    @Transactional
    public OrderSummary cancel(Actor caller, String reference, String reason, String confirmationId) {
        return queries.summarise(cancelled(caller, reference, reason, confirmationId));
    }

    private CustomerOrder cancelled(Actor caller, String reference, String reason, String confirmationId) {
        CustomerOrder order = ownedOrManaged(caller, reference);
        OrderStatus from = order.getStatus();
        if (!CANCELLABLE.contains(from)) {
            throw ProblemException.conflict("not-cancellable", "Order " + order.getReference() + " is already "
                    + label(from) + " and can no longer be cancelled"
                    + (from == OrderStatus.DELIVERED ? "; ask for a return instead." : "."));
        }
        confirmations.redeem(caller, confirmationId, Confirmations.Subject.cancelOrder(order.getReference()));
        Instant now = clock.instant();
        order.recordStatus(OrderStatus.CANCELLED, now, caller.name(), reason == null ? "Cancelled" : reason);
        restock(order, now);
        refundIfPaid(order, now, caller.name());
        orders.paymentOf(order.getId()).filter(payment -> payment.getStatus() == Payment.Status.PENDING)
                .ifPresent(payment -> payment.mark(Payment.Status.FAILED));
        statusChanges.fire(new OrderStatusChanged(order.getId(), order.getReference(), order.getCustomerId(),
                from, OrderStatus.CANCELLED, caller.delegated()));
        return order;
    }

    /**
     * Cancels an order whose bank transfer or card payment never came, releasing its stock. Does nothing when
     * the order was paid or moved on meanwhile.
     */
    @Transactional
    public void expireUnpaid(Actor system, long orderId, Duration after) {
        system.require(Permission.MANAGE_ORDERS);
        CustomerOrder order = orders.find(orderId).orElseThrow();
        if (order.getStatus() != OrderStatus.PENDING || order.getPaymentStatus() != PaymentStatus.AWAITING_PAYMENT) {
            return;
        }
        Instant now = clock.instant();
        if (orders.paymentOf(order.getId()).map(p -> p.getCreatedAt().isAfter(now.minus(after))).orElse(false)) {
            return; // the payment was asked for again lately (the method changed): its time is not up
        }
        order.recordStatus(OrderStatus.CANCELLED, now, system.name(), "Not paid within " + after.toHours()
                + " hours");
        restock(order, now);
        orders.paymentOf(order.getId()).ifPresent(payment -> payment.mark(Payment.Status.FAILED));
        statusChanges.fire(new OrderStatusChanged(order.getId(), order.getReference(), order.getCustomerId(),
                OrderStatus.PENDING, OrderStatus.CANCELLED));
    }

    /** The customer asks to return a delivered order, within the {@link #RETURN_WINDOW} after delivery. */
    @Transactional
    public CustomerOrder requestReturn(Actor caller, String reference, String reason) {
        return returnRequested(caller, reference, reason, null);
    }

    /** The same, for a responder acting in a conversation: only with the customer's confirmation. */
    @Transactional
    public OrderSummary requestReturn(Actor caller, String reference, String reason, String confirmationId) {
        return queries.summarise(returnRequested(caller, reference, reason, confirmationId));
    }

    private CustomerOrder returnRequested(Actor caller, String reference, String reason, String confirmationId) {
        CustomerOrder order = ownedOrManaged(caller, reference);
        if (order.getStatus() != OrderStatus.DELIVERED) {
            throw ProblemException.conflict("not-returnable", "Only delivered orders can be returned; "
                    + order.getReference() + " is " + label(order.getStatus()) + ".");
        }
        Instant now = clock.instant();
        if (!withinReturnWindow(order, now)) {
            long days = RETURN_WINDOW.toDays();
            throw ProblemException.conflict("return-window-closed", "Returns are accepted within " + days
                    + " days of delivery; " + order.getReference() + " was delivered more than " + days
                    + " days ago.");
        }
        confirmations.redeem(caller, confirmationId, Confirmations.Subject.returnOrder(order.getReference()));
        order.recordStatus(OrderStatus.RETURN_REQUESTED, now, caller.name(), reason == null ? "Return requested"
                : reason);
        statusChanges.fire(new OrderStatusChanged(order.getId(), order.getReference(), order.getCustomerId(),
                OrderStatus.DELIVERED, OrderStatus.RETURN_REQUESTED, caller.delegated()));
        return order;
    }

    /** Whether a delivered order is still within the {@link #RETURN_WINDOW} (for returns and exchanges alike). */
    static boolean withinReturnWindow(CustomerOrder order, Instant now) {
        Instant deliveredAt = order.getHistory().stream()
                .filter(step -> step.getToStatus() == OrderStatus.DELIVERED
                        && step.getKind() == OrderStatusChange.Kind.STATUS)
                .map(OrderStatusChange::getChangedAt).reduce((first, last) -> last).orElseThrow();
        return !deliveredAt.plus(RETURN_WINDOW).isBefore(now);
    }

    private void delivered(Actor staff, CustomerOrder order, Instant now) {
        String actor = staff.name();
        Payment payment = orders.paymentOf(order.getId()).orElseThrow();
        if (payment.getStatus() == Payment.Status.PENDING) {
            payment.confirm(now, actor); // collected by the rider
            order.recordPaymentStatus(PaymentStatus.PAID, now);
        }
        customers.recordSpend(staff, order.getCustomerId(), order.getTotal(), false);
    }

    private void restock(CustomerOrder order, Instant now) {
        Map<Long, Integer> quantities = new HashMap<>();
        order.getItems().forEach(item -> quantities.merge(item.getProductId(), item.getQuantity(), Integer::sum));
        stock.giveBack(quantities, now);
    }

    /** An exchange is complete: the items it replaced are back from the customer, on the shelf again. */
    private void restockReplaced(CustomerOrder order, Instant now) {
        Map<Long, Integer> quantities = new HashMap<>();
        order.getItems().stream().filter(OrderItem::isExchanged)
                .forEach(item -> quantities.merge(item.getReplacedProductId(), item.getQuantity(), Integer::sum));
        stock.giveBack(quantities, now);
    }

    /** Money paid before delivery goes back to the RaqibTechPay wallet, whatever the method paid with. */
    private void refundIfPaid(CustomerOrder order, Instant now, String actor) {
        if (order.getPaymentStatus() != PaymentStatus.PAID) {
            return;
        }
        wallets.refund(order.getCustomerId(), order.getTotal(), order.getId(), order.getReference(), actor);
        order.recordPaymentStatus(PaymentStatus.REFUNDED, now);
        orders.paymentOf(order.getId()).ifPresent(payment -> payment.mark(Payment.Status.REFUNDED));
    }

    private CustomerOrder ownedOrManaged(Actor caller, String reference) {
        return OrderQueries.ownedOrManaged(orders, caller, reference);
    }

    private CustomerOrder find(String reference) {
        return orders.findByReference(reference).orElseThrow(() -> OrderQueries.notFound(reference));
    }

    static String label(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
