package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.cart.application.CartView;
import java.util.ArrayList;
import java.util.List;

/** What the bot answers to one message: text, quick replies, the actions it took and, when relevant, the cart. */
public final class Reply {

    /** Something the bot did: {@code cart_updated}, {@code order_placed} (with the reference), and so on. */
    public record Action(String type, String reference) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<String> suggestions = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private CartView cart;
    private String handoffReason;

    public Reply say(String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
        return this;
    }

    public Reply suggest(String... replies) {
        for (String reply : replies) {
            if (!suggestions.contains(reply) && suggestions.size() < 4) {
                suggestions.add(reply);
            }
        }
        return this;
    }

    public Reply did(String type, String reference) {
        actions.add(new Action(type, reference));
        return this;
    }

    public Reply showCart(CartView cart) {
        this.cart = cart;
        return this;
    }

    /** Asks the engine to hand the conversation to a human after this answer. */
    public Reply handOff(String reason) {
        this.handoffReason = reason;
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<String> suggestions() {
        return List.copyOf(suggestions);
    }

    public List<Action> actions() {
        return List.copyOf(actions);
    }

    public CartView cart() {
        return cart;
    }

    public String handoffReason() {
        return handoffReason;
    }
}
