package com.raqibtech.naija.chat.domain;

/** Where a message came from or goes to; the conversation engine itself does not care. */
public enum Channel { WEB, WHATSAPP }
