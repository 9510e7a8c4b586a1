package com.raqibtech.naija.chat.application.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The transcript window of one conversation: recent turns word for word and a rolling summary of older ones, for
 * responders that read the conversation so far (the LLM). Stored with the {@link DialogueState} in the shared
 * key-value store ({@link ShortTermMemory}) so any server node can take the next turn.
 */
public class TranscriptWindow {

    /** How many recent turns are kept word for word; older ones are folded into the summary. */
    public static final int RECENT_TURNS = 12;
    static final int SUMMARY_LINES = 20;

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
}
