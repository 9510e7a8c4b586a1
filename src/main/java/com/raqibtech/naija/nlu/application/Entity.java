package com.raqibtech.naija.nlu.application;

/**
 * An entity found in a message: its kind (TAXONOMY names: product, category, quantity, state, payment_method,
 * order_id, price_max, phone), its canonical value (a String, or a Long for quantity and price_max) and where it
 * stands in the text ({@code text.substring(start, end)}).
 */
public record Entity(String entity, Object value, int start, int end, String text) {
}
