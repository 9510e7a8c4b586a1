package com.raqibtech.naija.notifications.application;

import com.raqibtech.naija.notifications.domain.OutboxRepository;
import com.raqibtech.naija.notifications.domain.OutgoingEmail;
import com.raqibtech.naija.orders.application.OrderStatusChanged;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderRepository;
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
    OrderRepository orders;

    @Inject
    OutboxRepository outbox;

    @Inject
    Clock clock;

    void onStatusChange(@Observes OrderStatusChanged change) {
        CustomerOrder order = orders.find(change.orderId()).orElseThrow();
        EmailTemplates.Email email = EmailTemplates.forOrder(order, change.from());
        outbox.save(new OutgoingEmail(order.getCustomer().getEmail(), email.subject(), email.text(), email.html(),
                "order-" + change.to().name().toLowerCase(), order.getReference(), clock.instant()));
    }
}
