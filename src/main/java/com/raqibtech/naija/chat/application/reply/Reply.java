package com.raqibtech.naija.chat.application.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply being put together by a responder: blocks in the order they are said, quick replies (at most four, no
 * label twice), the actions taken, and a request to hand the conversation to a person. {@link #content} freezes it.
 */
public final class Reply {

    static final int MAX_QUICK_REPLIES = 4;

    private final List<ReplyContent.Block> blocks = new ArrayList<>();
    private final List<QuickReply> quickReplies = new ArrayList<>();
    private final List<ReplyContent.Action> actions = new ArrayList<>();
    private String handoffReason;
    private boolean notUnderstood;

    public Reply say(String line) {
        blocks.add(new ReplyContent.Text(line));
        return this;
    }

    public Reply show(ReplyContent.Block block) {
        blocks.removeIf(existing -> existing.getClass() == block.getClass() && !(block instanceof ReplyContent.Text));
        blocks.add(block);
        return this;
    }

    public Reply offer(QuickReply... replies) {
        for (QuickReply reply : replies) {
            boolean taken = quickReplies.stream().anyMatch(existing -> existing.label().equals(reply.label()));
            if (!taken && quickReplies.size() < MAX_QUICK_REPLIES) {
                quickReplies.add(reply);
            }
        }
        return this;
    }

    public Reply did(ActionType type, String reference) {
        actions.add(new ReplyContent.Action(type, reference));
        return this;
    }

    /** Asks for the conversation to be handed to a human after this answer. */
    public Reply handOff(String reason) {
        this.handoffReason = reason;
        return this;
    }

    /** The responder did not understand the message (repeated, it leads to a person). */
    public Reply notUnderstood() {
        this.notUnderstood = true;
        did(ActionType.NOT_UNDERSTOOD, null);
        return this;
    }

    public boolean understood() {
        return !notUnderstood;
    }

    public String handoffReason() {
        return handoffReason;
    }

    public ReplyContent content(boolean humanOwned) {
        return new ReplyContent(blocks, quickReplies, actions, humanOwned);
    }

    /** The plain text so far. */
    public String text() {
        return content(false).text();
    }

    public List<QuickReply> quickReplies() {
        return List.copyOf(quickReplies);
    }

    public List<ReplyContent.Action> actions() {
        return List.copyOf(actions);
    }
}
