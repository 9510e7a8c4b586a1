package com.raqibtech.naija.chat.application;

import com.raqibtech.naija.chat.application.outbound.Outbound;
import com.raqibtech.naija.chat.application.outbound.OutboundMessage;
import com.raqibtech.naija.orders.application.OrderStatusChanged;
import com.raqibtech.naija.orders.application.OrderWording;
import com.raqibtech.naija.shared.time.Lagos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * News about a customer's order goes into their open conversation (the one they used last, if recently) as a
 * message from the bot, pushed to any open stream. Placing the order is not news: the customer just did it; nor is
 * a cancel or return the customer asked for in the chat, whose answer already says it.
 */
@ApplicationScoped
public class OrderUpdatesInChat {

    private static final Logger LOG = Logger.getLogger(OrderUpdatesInChat.class.getName());

    @Inject
    ChatTranscript transcript;

    @Inject
    Outbound outbound;



    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chat.order-updates.recent", defaultValue = "P7D")
    Duration recent;

    void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged change) {
        if (!change.isNews() || change.inConversation()) {
            return;
        }
        try {
            transcript.toOpenConversation(change.customerId(), clock.instant().minus(recent),
                            "Update on order " + change.reference() + ": "
                                    + OrderWording.news(change.newStatus()))
                    .ifPresent(message -> outbound.send(message.getChannel(), new OutboundMessage(
                            message.getConversationId(), "message", null, message.getId(), "bot", message.getBody(),
                            null, Lagos.at(message.getCreatedAt()).toOffsetDateTime())));
        } catch (RuntimeException failed) {
            // The order change stands; a missed chat notice must not undo or fail it.
            LOG.log(Level.WARNING, "Could not post the order update into chat", failed);
        }
    }
}
