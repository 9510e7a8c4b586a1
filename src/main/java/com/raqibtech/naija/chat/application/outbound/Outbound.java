package com.raqibtech.naija.chat.application.outbound;

import com.raqibtech.naija.shared.access.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/** Sends a message out on the conversation's own channel, through that channel's {@link OutboundChannel}. */
@ApplicationScoped
public class Outbound {

    private static final Logger LOG = Logger.getLogger(Outbound.class.getName());

    @Inject
    @Any
    Instance<OutboundChannel> channels;

    private volatile Map<Channel, OutboundChannel> byChannel;

    public void send(Channel channel, OutboundMessage message) {
        OutboundChannel out = byChannel().get(channel);
        if (out == null) {
            LOG.warning(() -> "No way out on channel " + channel + "; message " + message.messageId()
                    + " stays in the conversation only");
            return;
        }
        out.deliver(message);
    }

    private Map<Channel, OutboundChannel> byChannel() {
        if (byChannel == null) {
            Map<Channel, OutboundChannel> found = new EnumMap<>(Channel.class);
            channels.forEach(out -> found.put(out.channel(), out));
            byChannel = found;
        }
        return byChannel;
    }
}
