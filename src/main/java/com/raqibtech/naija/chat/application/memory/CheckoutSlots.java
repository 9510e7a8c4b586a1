package com.raqibtech.naija.chat.application.memory;

/**
 * What a checkout in progress has been told so far: the delivery state, city and street address, and how the
 * customer will pay. Empty fields fall back to the customer's profile at checkout.
 */
public record CheckoutSlots(String state, String city, String address, String paymentMethod) {

    public static final CheckoutSlots EMPTY = new CheckoutSlots(null, null, null, null);

    /** A new state forgets the city given for the old one. */
    public CheckoutSlots withState(String newState) {
        return new CheckoutSlots(newState, null, address, paymentMethod);
    }

    public CheckoutSlots withAddress(String newAddress) {
        return new CheckoutSlots(state, city, newAddress, paymentMethod);
    }

    public CheckoutSlots withPaymentMethod(String method) {
        return new CheckoutSlots(state, city, address, method);
    }
}
