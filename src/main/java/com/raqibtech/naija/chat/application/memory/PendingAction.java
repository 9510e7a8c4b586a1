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
        @JsonbSubtype(alias = "return_order", type = PendingAction.ReturnOrder.class)})
public sealed interface PendingAction {

    String confirmationId();

    /** Place the order for the cart as quoted. */
    record PlaceOrder(String confirmationId) implements PendingAction {
    }

    record CancelOrder(String reference, String confirmationId) implements PendingAction {
    }

    record ReturnOrder(String reference, String confirmationId) implements PendingAction {
    }
}
