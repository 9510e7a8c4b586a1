package com.raqibtech.naija.chat.domain;

/** Who answers: the bot, nobody yet (queued for a human), a human agent, or nobody any more. */
public enum ConversationStatus { BOT, WAITING_FOR_AGENT, WITH_AGENT, CLOSED }
