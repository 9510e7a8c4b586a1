package com.raqibtech.naija.chat.application.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine remembers of one conversation between turns: recent turns, a rolling summary of older ones,
 * the dialogue state (active flow, filled slots, a confirmation awaited, the products last listed) and the
 * entities mentioned. Stored as JSON in the shared key-value store so any server node can take the next turn.
 */
public class ConversationMemory {

    /** How many recent turns are kept word for word; older ones are folded into the summary. */
    public static final int RECENT_TURNS = 12;
    static final int SUMMARY_LINES = 20;
    static final int MENTIONS_KEPT = 10;

    /** One message as remembered. */
    public static class Turn {
        public String author;
        public String text;
        public String intent;
        public long at;

        public Turn() {
        }

        Turn(String author, String text, String intent, long at) {
            this.author = author;
            this.text = text;
            this.intent = intent;
            this.at = at;
        }
    }

    public List<Turn> turns = new ArrayList<>();
    public List<String> summary = new ArrayList<>();
    /** The flow waiting for slots ("checkout"), or null. */
    public String flow;
    /** The action waiting for the customer's yes ("place_order", "cancel:RQB…", "return:RQB…"), or null. */
    public String pending;
    /** Filled slots: state, city, address, payment_method. */
    public Map<String, String> slots = new LinkedHashMap<>();
    /** SKUs of the products last shown as a numbered list, in that order. */
    public List<String> lastListed = new ArrayList<>();
    /** The product last talked about ("add it", "how much is it"). */
    public String focusSku;
    public List<String> productsMentioned = new ArrayList<>();
    public List<String> ordersMentioned = new ArrayList<>();
    public List<String> statesMentioned = new ArrayList<>();
    /** en, pcm or mixed: how the customer writes. */
    public String language = "en";
    /** Consecutive turns the engine did not understand, and strongly negative turns, for handoff. */
    public int notUnderstood;
    public int stronglyNegative;
    public int turnCount;

    public void remember(String author, String text, String intent, long at) {
        turns.add(new Turn(author, text, intent, at));
        while (turns.size() > RECENT_TURNS) {
            Turn old = turns.remove(0);
            summary.add(summaryLine(old));
        }
        while (summary.size() > SUMMARY_LINES) {
            summary.remove(0);
        }
    }

    /** Older turns become one short line each: who, what about, and the start of what was said. */
    private static String summaryLine(Turn turn) {
        String gist = turn.text.length() > 80 ? turn.text.substring(0, 80) + "…" : turn.text;
        return turn.author + (turn.intent == null ? "" : " (" + turn.intent + ")") + ": " + gist;
    }

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
