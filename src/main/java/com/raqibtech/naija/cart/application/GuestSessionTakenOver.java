package com.raqibtech.naija.cart.application;

/**
 * A guest signed in and took their session over: its cart is now the customer's. Fired inside the merging
 * transaction, so whatever else hangs off the guest session (the chat conversation) moves with it or not at all.
 */
public record GuestSessionTakenOver(String guestConversationId, long customerId) {
}
