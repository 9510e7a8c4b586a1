package com.raqibtech.naija.chat.application.memory;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/**
 * An action the agent proposed and the customer has to confirm. Each carries the id of the confirmation the order
 * services issued for it: the services do the action only once that confirmation was given by the customer.
 */
@JsonbTypeInfo(key = "@action", value = {
        @JsonbSubtype(alias = "place_order", type = PendingAction.PlaceOrder.class),
        @JsonbSubtype(alias = "cancel_order", type = PendingAction.CancelOrder.class),
        @JsonbSubtype(alias = "return_order", type = PendingAction.ReturnOrder.class),
        @JsonbSubtype(alias = "change_address", type = PendingAction.ChangeAddress.class),
        @JsonbSubtype(alias = "change_payment", type = PendingAction.ChangePayment.class),
        @JsonbSubtype(alias = "change_quantity", type = PendingAction.ChangeQuantity.class),
        @JsonbSubtype(alias = "remove_item", type = PendingAction.RemoveItem.class),
        @JsonbSubtype(alias = "exchange_item", type = PendingAction.ExchangeItem.class)})
public sealed interface PendingAction {

    String confirmationId();

    /** Place the order for the cart as quoted. */
    record PlaceOrder(String confirmationId) implements PendingAction {
    }

    record CancelOrder(String reference, String confirmationId) implements PendingAction {
    }

    record ReturnOrder(String reference, String confirmationId) implements PendingAction {
    }

    /** A change to an order already placed; the confirmation is issued after the change was worked out. */
    sealed interface OrderChange extends PendingAction {

        String reference();

        OrderChange withConfirmation(String confirmationId);
    }

    record ChangeAddress(String reference, String state, String city, String address, String confirmationId)
            implements OrderChange {
        @Override
        public ChangeAddress withConfirmation(String id) {
            return new ChangeAddress(reference, state, city, address, id);
        }
    }

    record ChangePayment(String reference, String paymentMethod, String confirmationId) implements OrderChange {
        @Override
        public ChangePayment withConfirmation(String id) {
            return new ChangePayment(reference, paymentMethod, id);
        }
    }

    record ChangeQuantity(String reference, String sku, int quantity, String confirmationId) implements OrderChange {
        @Override
        public ChangeQuantity withConfirmation(String id) {
            return new ChangeQuantity(reference, sku, quantity, id);
        }
    }

    record RemoveItem(String reference, String sku, String confirmationId) implements OrderChange {
        @Override
        public RemoveItem withConfirmation(String id) {
            return new RemoveItem(reference, sku, id);
        }
    }

    record ExchangeItem(String reference, String sku, String replacementSku, String confirmationId)
            implements OrderChange {
        @Override
        public ExchangeItem withConfirmation(String id) {
            return new ExchangeItem(reference, sku, replacementSku, id);
        }
    }
}
