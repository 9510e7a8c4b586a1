package com.raqibtech.naija.notifications.application;

import com.raqibtech.naija.notifications.domain.OutboxRepository;
import com.raqibtech.naija.notifications.domain.OutgoingEmail;
import com.raqibtech.naija.orders.application.OrderStatusChanged;
import com.raqibtech.naija.orders.application.OrderQueries;
import com.raqibtech.naija.orders.application.OrderReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Writes an e-mail to the outbox for every order placed and every status change, in the same transaction: the
 * e-mail exists exactly when the change does, and sending it later can fail without touching the order.
 */
@ApplicationScoped
public class OrderEmails {

    @Inject
    OrderQueries orders;

    @Inject
    OutboxRepository outbox;

    @Inject
    Clock clock;

    void onStatusChange(@Observes OrderStatusChanged change) {
        OrderReceipt order = orders.receipt(change.orderId());
        EmailTemplates.Email email = EmailTemplates.forOrder(order, !change.isNews());
        outbox.save(new OutgoingEmail(order.customerEmail(), email.subject(), email.text(), email.html(),
                "order-" + change.newStatus(), order.reference(), clock.instant()));
    }
}
