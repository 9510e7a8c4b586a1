package com.raqibtech.naija.shared.access;

/** Where a message came from or goes to; the conversation engine itself does not care. */
public enum Channel { WEB, WHATSAPP }
