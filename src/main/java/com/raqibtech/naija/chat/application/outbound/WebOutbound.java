package com.raqibtech.naija.chat.application.outbound;

import com.raqibtech.naija.chat.application.ChatEvents;
import com.raqibtech.naija.shared.access.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The web channel's way out: the conversation's event stream (Server-Sent Events), on every node. */
@ApplicationScoped
public class WebOutbound implements OutboundChannel {

    @Inject
    ChatEvents events;

    @Override
    public Channel channel() {
        return Channel.WEB;
    }

    @Override
    public void deliver(OutboundMessage message) {
        events.publish(message.conversationId(), message.type(), message.status(), message.messageId(),
                message.author(), message.text(), message.at());
    }
}
