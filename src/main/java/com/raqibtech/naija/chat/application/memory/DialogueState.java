package com.raqibtech.naija.chat.application.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the dialogue stands between turns: the flow waiting for slots, the slots filled, the action awaiting the
 * customer's yes, the products last listed and the one in focus, what was mentioned, how the customer writes, and
 * the counters that lead to a person. Kept apart from the transcript window and from what is remembered of the
 * customer across conversations.
 */
public class DialogueState {

    static final int MENTIONS_KEPT = 10;

    /** A flow that asks for slots over several turns. */
    public enum Flow { CHECKOUT }

    /** A slot the agent asked for in its last answer. */
    public enum Slot { STATE, ADDRESS, PAYMENT_METHOD }

    public Flow flow;
    /** The slot the last answer asked for: an answer that fits it fills it, whatever the message looks like. */
    public Slot awaiting;
    public PendingAction pending;
    public CheckoutSlots slots = CheckoutSlots.EMPTY;
    /** SKUs of the products last shown as a numbered list, in that order. */
    public List<String> lastListed = new ArrayList<>();
    /** The product last talked about ("add it", "how much is it"). */
    public String focusSku;
    public List<String> productsMentioned = new ArrayList<>();
    public List<String> ordersMentioned = new ArrayList<>();
    public List<String> statesMentioned = new ArrayList<>();
    /** en, pcm or mixed: how the customer writes. */
    public String language = "en";
    /** Consecutive turns not understood, and strongly negative turns, for handoff. */
    public int notUnderstood;
    public int stronglyNegative;
    public int turnCount;

    public boolean inCheckout() {
        return flow == Flow.CHECKOUT;
    }

    /** Remembers a mention as the most recent one, forgetting the oldest beyond {@link #MENTIONS_KEPT}. */
    public static void mention(List<String> list, String value) {
        if (value == null) {
            return;
        }
        list.remove(value);
        list.add(value);
        while (list.size() > MENTIONS_KEPT) {
            list.remove(0);
        }
    }
}
