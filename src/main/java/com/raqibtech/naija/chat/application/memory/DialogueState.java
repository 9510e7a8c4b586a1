package com.raqibtech.naija.chat.application.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** The phone number a guest gave to look up an order placed with it (kept only as long as the memory). */
    public String phoneGiven;
    /** en, pcm or mixed: how the customer writes. */
    public String language = "en";
    /** Consecutive turns not understood, for handoff. */
    public int notUnderstood;
    /** How angry the customer has been since the bot last handed over: insults count two, anger one. */
    public int heat;
    /** Complaint messages since the bot last handed over. */
    public int complaints;
    /** The complaint ticket open in this conversation: later complaints add to it. */
    public String complaintTicket;
    /** The order that ticket is about, if any: a complaint about another order gets a ticket of its own. */
    public String complaintOrder;
    /** COMPLAINT or PAYMENT_ISSUE: a payment problem is not added to a complaint's ticket, nor the other way. */
    public String complaintKind;
    /** Whether the customer was told, while a person owns the chat, that their messages reach the team. */
    public boolean acknowledgedWhileHumanOwned;
    /** The quick replies last offered, label to payload: typing a label means tapping it. */
    public Map<String, String> offered = new LinkedHashMap<>();
    public int turnCount;
    /** The intent the dialogue acted on last turn ("and the Note 13 too" after an add is another add). */
    public String lastIntent;

    /** Starts the counters that lead to a person again (after a handoff). */
    public void handedOver() {
        heat = 0;
        complaints = 0;
        notUnderstood = 0;
        acknowledgedWhileHumanOwned = false;
    }

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
