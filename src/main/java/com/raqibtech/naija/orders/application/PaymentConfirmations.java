package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderRepository;
import com.raqibtech.naija.orders.domain.OrderStatus;
import com.raqibtech.naija.orders.domain.Payment;
import com.raqibtech.naija.orders.domain.PaymentStatus;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Staff confirm that a bank transfer (or, until the card gateway arrives, a card payment) has been received:
 * the payment is confirmed and a pending order moves on to confirmed. Audited.
 */
@ApplicationScoped
public class PaymentConfirmations {

    @Inject
    OrderRepository orders;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<OrderStatusChanged> statusChanges;

    @Transactional
    public CustomerOrder confirm(Actor staff, String reference) {
        staff.require(Permission.MANAGE_ORDERS);
        CustomerOrder order = orders.findByReference(reference).orElseThrow(() -> OrderQueries.notFound(reference));
        Payment payment = orders.paymentOf(order.getId()).orElseThrow();
        if (payment.getStatus() != Payment.Status.PENDING || order.getStatus() == OrderStatus.CANCELLED) {
            throw ProblemException.conflict("payment-not-pending", "The payment of " + order.getReference()
                    + " is " + payment.getStatus().name().toLowerCase(Locale.ROOT) + ", not awaiting confirmation.");
        }
        if (order.getPaymentMethod().getCode().equals("pay_on_delivery")) {
            throw ProblemException.conflict("paid-on-delivery", "Pay-on-delivery orders are paid to the rider.");
        }
        Instant now = clock.instant();
        payment.confirm(now, staff.name());
        order.recordPaymentStatus(PaymentStatus.PAID, now);
        if (order.getStatus() == OrderStatus.PENDING) {
            order.recordStatus(OrderStatus.CONFIRMED, now, staff.name(), "Payment received");
            statusChanges.fire(new OrderStatusChanged(order.getId(), order.getReference(),
                    order.getCustomerId(), OrderStatus.PENDING, OrderStatus.CONFIRMED));
        }
        audit.record(staff, Action.PAYMENT_CONFIRMED, Outcome.SUCCESS, "order", order.getReference(),
                order.getPaymentMethod().getCode());
        return order;
    }
}
