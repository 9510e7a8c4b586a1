package com.raqibtech.naija.chat.application.dialogue;

import com.raqibtech.naija.chat.application.reply.Reply;

/**
 * Answers one turn of a conversation. The engine handles everything around it (who acts, the turn lock, storing the
 * messages, handoff, channels); a responder reads the turn, calls the capabilities' services as the turn's actor
 * (which acts for the customer, so irreversible steps need the customer's confirmation) and updates the dialogue
 * state. The rule-based {@link Dialogue} is the first; an LLM responder can fall back to it.
 */
public interface Responder {

    Reply respond(Turn turn);
}
