package com.raqibtech.naija.chat.application.outbound;

import com.raqibtech.naija.chat.application.reply.ReplyContent;
import java.time.OffsetDateTime;

/**
 * A message to a customer that answers no request of theirs: an agent's reply, a status notice, order news, a
 * proactive message. {@code content} is the structured form; {@code text} what text-only channels show.
 *
 * @param type      "message" or "status"
 * @param status    the conversation's status after it (bot, waiting_for_agent, with_agent, closed), if it changed
 * @param messageId the stored message
 * @param author    customer, bot, agent or system
 */
public record OutboundMessage(String conversationId, String type, String status, Long messageId, String author,
                              String text, ReplyContent content, OffsetDateTime at) {
}
