package com.raqibtech.naija.chat.application.dialogue;

/** Answering in the customer's register: Pidgin in, friendly Pidgin-flavoured English out. */
final class Voice {

    private Voice() {
    }

    static String pick(Turn turn, String english, String pidgin) {
        return turn.pidgin() ? pidgin : english;
    }
}
