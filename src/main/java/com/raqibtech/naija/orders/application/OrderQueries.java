package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.CustomerSummary;
import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderRepository;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Reading orders: a customer sees only their own (someone else's order is "not found", never "forbidden", so
 * guessing references tells nothing); staff who may manage orders see any, and each such read is audited.
 */
@ApplicationScoped
public class OrderQueries {

    @Inject
    OrderRepository orders;

    @Inject
    AuditLog audit;

    @Inject
    CustomerProfiles customers;

    @Inject
    StateDirectory states;

    public List<CustomerOrder> list(Actor caller, Long customerId, int limit) {
        if (caller.has(Permission.MANAGE_ORDERS)) {
            if (customerId == null) {
                throw ProblemException.badRequest("customer-required", "Staff list orders per customer: "
                        + "give ?customerId=.");
            }
            audit.record(caller, Action.CUSTOMER_DATA_READ, Outcome.SUCCESS, "customer", customerId, "orders");
            return orders.findByCustomer(customerId, limit);
        }
        return orders.findByCustomer(caller.requireCustomer(), limit);
    }

    public CustomerOrder byReference(Actor caller, String reference) {
        Optional<CustomerOrder> order = orders.findByReference(reference);
        if (caller.has(Permission.MANAGE_ORDERS)) {
            CustomerOrder found = order.orElseThrow(() -> notFound(reference));
            audit.record(caller, Action.CUSTOMER_DATA_READ, Outcome.SUCCESS, "order", found.getReference(), null);
            return found;
        }
        long customerId = caller.requireCustomer();
        return order.filter(found -> found.getCustomerId() == customerId)
                .orElseThrow(() -> notFound(reference));
    }

    /** How many orders there are (the status page). */
    public long count() {
        return orders.count();
    }

    /**
     * An order's receipt, for the business's own messages about it (order e-mails, fired with the change); no
     * actor, as nobody asks for it.
     */
    public OrderReceipt receipt(long orderId) {
        CustomerOrder order = orders.find(orderId).orElseThrow();
        CustomerSummary customer = customers.summary(order.getCustomerId()).orElseThrow();
        return OrderReceipt.of(order, customer.email(), customer.fullName(), customers.tierName(order.getTierCode()),
                states.nameOf(order.getDeliveryStateCode()));
    }

    /** An order as other capabilities see it. */
    public OrderSummary summarise(CustomerOrder order) {
        return OrderSummary.of(order, states.nameOf(order.getDeliveryStateCode()));
    }

    /** The actor's newest orders as read models (staff: give the customer). */
    public List<OrderSummary> summaries(Actor actor, Long customerId, int limit) {
        return list(actor, customerId, limit).stream().map(this::summarise).toList();
    }

    /** @throws ProblemException 404 for an order the actor may not see or that does not exist */
    public OrderSummary summary(Actor actor, String reference) {
        return summarise(byReference(actor, reference));
    }

    /** The one answer for an order the caller may not see or that does not exist: they look the same. */
    static ProblemException notFound(String reference) {
        String shown = reference.length() > 30 ? reference.substring(0, 30) + "…" : reference;
        return ProblemException.notFound("no-such-order", "You have no order " + shown + ".");
    }
}
