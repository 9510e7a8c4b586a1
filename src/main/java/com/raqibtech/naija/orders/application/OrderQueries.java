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
import com.raqibtech.naija.shared.phone.NigerianPhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import com.raqibtech.naija.shared.kv.KeyValueStore;
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
    KeyValueStore store;

    /** Look-ups without a match, per phone number and per client address, before a guest must wait. */
    static final int GUEST_MISSES = 5;
    static final java.time.Duration GUEST_MISS_WINDOW = java.time.Duration.ofHours(1);

    @Inject
    CustomerProfiles customers;

    @Inject
    StateDirectory states;

    public List<CustomerOrder> list(Actor caller, Long customerId, int limit) {
        if (caller.has(Permission.MANAGE_ORDERS)) {
            if (customerId == null) {
                throw ProblemException.badRequest("customer-required", "Staff list orders per customer: "
                        + "give ?customerId= or ?phone=.");
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

    /**
     * Staff look up a customer's orders by the mobile number on them (any way Nigerians write it), newest first;
     * for customers without an account as much as with one. An unknown number has no orders. Audited.
     *
     * @throws ProblemException 400 invalid-phone for what is not a Nigerian mobile number; 403 for anyone but staff
     */
    public List<CustomerOrder> byPhone(Actor staff, String phone, int limit) {
        staff.require(Permission.MANAGE_ORDERS);
        NigerianPhoneNumbers.Result number = NigerianPhoneNumbers.read(phone);
        if (!number.valid()) {
            throw ProblemException.badRequest("invalid-phone", number.problem());
        }
        Optional<CustomerSummary> customer = customers.byPhone(number.e164());
        audit.record(staff, Action.CUSTOMER_DATA_READ, Outcome.SUCCESS, "customer",
                customer.map(CustomerSummary::id).orElse(null), "orders by phone " + number.e164());
        return customer.map(found -> orders.findByCustomer(found.id(), limit)).orElse(List.of());
    }

    /**
     * A caller without an account (a guest in the chat) asks after an order by its reference and the mobile number
     * on it (the customer's): the order only when both match. Anything else, an unreadable number included, is the
     * same "not found" as an order that does not exist, so nothing tells which part was wrong. Audited either way.
     *
     * @throws ProblemException 404 no-such-order
     */
    public OrderSummary forGuest(Actor caller, String reference, String phone) {
        String wanted = reference == null ? "" : reference.trim();
        NigerianPhoneNumbers.Result number = NigerianPhoneNumbers.read(phone);
        // Guessing references against a known phone number: a few misses an hour per number and per address.
        List<String> counters = List.of("orders:guest-lookups:phone:" + (number.valid() ? number.e164() : "invalid"),
                "orders:guest-lookups:address:" + caller.address());
        if (counters.stream().anyMatch(key -> store.get(key).map(Long::parseLong).orElse(0L) >= GUEST_MISSES)) {
            throw new ProblemException(jakarta.ws.rs.core.Response.Status.TOO_MANY_REQUESTS, "too-many-lookups",
                    "Too many tries", "Too many order look-ups without a match. Sign in, or try again in an hour.");
        }
        Optional<CustomerOrder> order = wanted.isEmpty() || !number.valid() ? Optional.empty()
                : orders.findByReference(wanted).filter(found -> customers.byPhone(number.e164())
                        .filter(customer -> customer.id() == found.getCustomerId()).isPresent());
        if (order.isEmpty()) {
            counters.forEach(key -> store.increment(key, GUEST_MISS_WINDOW));
            audit.record(caller, Action.ORDER_LOOKED_UP_BY_PHONE, Outcome.FAILURE, "order",
                    wanted.length() > 40 ? wanted.substring(0, 40) : wanted, "reference and phone do not match");
            throw notFound(wanted);
        }
        audit.record(caller, Action.ORDER_LOOKED_UP_BY_PHONE, Outcome.SUCCESS, "order", order.get().getReference(),
                null);
        return summarise(order.get());
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

    /** A line of an order as other capabilities see it (the chat picks the one a customer means). */
    public record Line(String sku, String name, int quantity, BigDecimal unitPrice, boolean exchanged) {
    }

    /** The order's lines, for the actor who may see it. */
    public List<Line> lines(Actor actor, String reference) {
        return byReference(actor, reference).getItems().stream().map(item -> new Line(item.getSku(),
                item.getProductName(), item.getQuantity(), item.getUnitPrice(), item.isExchanged())).toList();
    }

    /**
     * The order to change: any for staff who manage orders, else only the customer's own (someone else's is not
     * found, like one that does not exist).
     */
    static CustomerOrder ownedOrManaged(OrderRepository orders, Actor caller, String reference) {
        if (caller.has(Permission.MANAGE_ORDERS)) {
            return orders.findByReference(reference).orElseThrow(() -> notFound(reference));
        }
        long customerId = caller.requireCustomer();
        return orders.findByReference(reference).filter(found -> found.getCustomerId() == customerId)
                .orElseThrow(() -> notFound(reference));
    }

    /** The one answer for an order the caller may not see or that does not exist: they look the same. */
    static ProblemException notFound(String reference) {
        String shown = reference.length() > 30 ? reference.substring(0, 30) + "…" : reference;
        return ProblemException.notFound("no-such-order", "You have no order " + shown + ".");
    }
}
