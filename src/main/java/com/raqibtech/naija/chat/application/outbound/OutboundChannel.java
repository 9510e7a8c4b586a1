package com.raqibtech.naija.chat.application.outbound;

import com.raqibtech.naija.shared.access.Channel;

/**
 * The way out to customers on one channel: the web channel appends to the conversation's event stream; WhatsApp
 * will send through the Cloud API. Called after the message is stored and its transaction committed.
 */
public interface OutboundChannel {

    Channel channel();

    void deliver(OutboundMessage message);
}
