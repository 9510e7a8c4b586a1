package com.raqibtech.naija.orders.application;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.kv.KeyValueStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time confirmations for what cannot be undone when a responder acts for a customer in a conversation:
 * placing an order, cancelling one, asking for a return, changing one (address, payment method, items, exchange).
 * The responder asks for one when it puts the question ({@link #request}); the conversation engine records the
 * customer's own yes ({@link #confirmedByCustomer}); the order services then do the action only with a
 * confirmation that was given, belongs to that customer, names exactly that action, and was not used before
 * ({@link #redeem}). So no responder can skip asking.
 */
@ApplicationScoped
public class Confirmations {

    static final Duration VALID_FOR = Duration.ofMinutes(30);
    public static final String PLACE_ORDER = "place_order";

    @Inject
    KeyValueStore store;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final Jsonb json = JsonbBuilder.create();

    /**
     * What is to be confirmed: {@code kind} place_order (with the quote shown), cancel_order, return_order, or a
     * change to an order with the order's new total ({@code total}, what the customer was told): change_address,
     * change_payment_method, change_item_quantity, remove_item, exchange_item. Build a change's subject from the
     * order services' preview ({@code OrderChanges.Preview#subject()}), so that it names the change exactly as the
     * service will redeem it.
     */
    public record Subject(String kind, String reference, String state, String paymentMethod, BigDecimal total,
                          String city, String address, String sku, Integer quantity, String replacementSku) {

        public static Subject placeOrder(String state, String paymentMethod, BigDecimal total) {
            return new Subject(PLACE_ORDER, null, state, paymentMethod, total, null, null, null, null, null);
        }

        public static Subject cancelOrder(String reference) {
            return new Subject("cancel_order", reference, null, null, null, null, null, null, null, null);
        }

        public static Subject returnOrder(String reference) {
            return new Subject("return_order", reference, null, null, null, null, null, null, null, null);
        }

        /** Deliver the order to another address: {@code state} as its name ("Lagos"), the new total after the fee. */
        public static Subject changeDeliveryAddress(String reference, String state, String city, String address,
                                                    BigDecimal total) {
            return new Subject("change_address", canonical(reference), state, null, total, trimmed(city),
                    trimmed(address), null, null, null);
        }

        /** Pay the order another way: {@code paymentMethod} as its code ({@code raqibtechpay}). */
        public static Subject changePaymentMethod(String reference, String paymentMethod, BigDecimal total) {
            return new Subject("change_payment_method", canonical(reference), null,
                    paymentMethod == null ? null : paymentMethod.trim().toLowerCase(java.util.Locale.ROOT), total,
                    null, null, null, null, null);
        }

        /** Set the quantity of a line, the order then costing {@code total}. */
        public static Subject changeItemQuantity(String reference, String sku, int quantity, BigDecimal total) {
            return new Subject("change_item_quantity", canonical(reference), null, null, total, null, null,
                    canonical(sku), quantity, null);
        }

        /** Take a line off the order, the order then costing {@code total}. */
        public static Subject removeItem(String reference, String sku, BigDecimal total) {
            return new Subject("remove_item", canonical(reference), null, null, total, null, null, canonical(sku),
                    null, null);
        }

        /** Exchange a delivered line for another variant, the order then costing {@code total}. */
        public static Subject exchangeItem(String reference, String sku, String replacementSku, BigDecimal total) {
            return new Subject("exchange_item", canonical(reference), null, null, total, null, null, canonical(sku),
                    null, canonical(replacementSku));
        }

        boolean sameAs(Subject other) {
            return kind.equals(other.kind) && Objects.equals(reference, other.reference)
                    && Objects.equals(state, other.state) && Objects.equals(paymentMethod, other.paymentMethod)
                    && (total == null ? other.total == null : other.total != null && total.compareTo(other.total) == 0)
                    && Objects.equals(city, other.city) && Objects.equals(address, other.address)
                    && Objects.equals(sku, other.sku) && Objects.equals(quantity, other.quantity)
                    && Objects.equals(replacementSku, other.replacementSku);
        }

        private static String canonical(String code) {
            return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
        }

        private static String trimmed(String text) {
            return text == null ? null : text.trim();
        }
    }

    /** As kept in the store. */
    public record Pending(long customerId, Subject subject, boolean confirmed) {
    }

    /** A confirmation to ask the customer for; its id goes with the question (and a quick reply's payload). */
    public String request(Actor actor, Subject subject) {
        String id = UUID.randomUUID().toString();
        store.put(key(id), json.toJson(new Pending(actor.requireCustomer(), subject, false)), VALID_FOR);
        return id;
    }

    /**
     * The customer said yes to the question with this confirmation. Called by the conversation engine for the
     * customer's own message; refused to an actor a responder acts as (a responder cannot say yes for the
     * customer). False when the id is unknown, expired or someone else's.
     */
    public boolean confirmedByCustomer(Actor customer, String id) {
        return confirmedByCustomer(customer, id, null);
    }

    /** The same, only for a confirmation of this kind ({@link #PLACE_ORDER} …); any kind when null. */
    public boolean confirmedByCustomer(Actor customer, String id, String kind) {
        Optional<Pending> pending = read(id);
        if (customer.delegated() || pending.isEmpty() || customer.customerId() == null
                || pending.get().customerId() != customer.customerId()
                || (kind != null && !kind.equals(pending.get().subject().kind()))) {
            return false;
        }
        store.put(key(id), json.toJson(new Pending(pending.get().customerId(), pending.get().subject(), true)),
                VALID_FOR);
        return true;
    }

    /**
     * Uses up the confirmation for exactly this action, for the services that do it; does nothing for an actor that
     * acts for themselves (a customer's own API call or page is their confirmation).
     *
     * @throws ProblemException 409 confirmation-required when it was not given, is another's, names another action
     *                          (a changed total, another order) or was used already
     */
    public void redeem(Actor actor, String id, Subject expected) {
        if (!actor.delegated()) {
            return;
        }
        Optional<String> stored = id == null ? Optional.empty() : store.get(key(id));
        Optional<Pending> pending = stored.map(value -> json.fromJson(value, Pending.class));
        boolean valid = pending.isPresent() && pending.get().confirmed()
                && Objects.equals(pending.get().customerId(), actor.customerId())
                && pending.get().subject().sameAs(expected)
                && store.deleteIfEquals(key(id), stored.get());
        if (!valid) {
            throw ProblemException.conflict("confirmation-required", "The customer has to confirm this first.");
        }
        giveBackIfRolledBack(id, stored.get());
    }

    /** Used up only if the action's transaction commits: an order refused for a short wallet leaves it valid. */
    private void giveBackIfRolledBack(String id, String stored) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int outcome) {
                if (outcome != Status.STATUS_COMMITTED) {
                    store.putIfAbsent(key(id), stored, VALID_FOR);
                }
            }
        });
    }

    private Optional<Pending> read(String id) {
        return id == null ? Optional.empty() : store.get(key(id)).map(value -> json.fromJson(value, Pending.class));
    }

    private static String key(String id) {
        return "order-confirmation:" + id;
    }
}
