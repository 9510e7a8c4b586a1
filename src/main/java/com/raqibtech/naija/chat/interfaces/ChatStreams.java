package com.raqibtech.naija.chat.interfaces;

import com.raqibtech.naija.chat.application.ChatEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Open event streams: each polls its conversation's event log in the shared store a few times a second and
 * sends what is new, with a comment line now and then so proxies keep the connection. A stream ends after a while
 * (clients reconnect with Last-Event-ID and miss nothing) or when the client goes away.
 */
@ApplicationScoped
public class ChatStreams {

    private static final Logger LOG = Logger.getLogger(ChatStreams.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ChatEvents events;

    @Inject
    @ConfigProperty(name = "chat.events.poll", defaultValue = "PT0.25S")
    Duration poll;

    @Inject
    @ConfigProperty(name = "chat.events.stream-for", defaultValue = "PT5M")
    Duration streamFor;

    void open(String conversationId, Long lastEventId, SseEventSink sink, Sse sse) {
        AtomicLong seen = new AtomicLong(lastEventId != null ? lastEventId : events.latest(conversationId));
        long endAt = System.nanoTime() + streamFor.toNanos();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        long[] ticks = {0};
        sink.send(sse.newEventBuilder().comment("connected").build());
        task.set(scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (sink.isClosed() || System.nanoTime() > endAt) {
                    stop(sink, task.get());
                    return;
                }
                List<ChatEvents.Event> fresh = events.latest(conversationId) > seen.get()
                        ? events.after(conversationId, seen.get()) : List.of();
                for (ChatEvents.Event event : fresh) {
                    OutboundSseEvent outbound = sse.newEventBuilder().id(Long.toString(event.id()))
                            .name(event.type()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(ChatEvents.Event.class, event).build();
                    sink.send(outbound).toCompletableFuture().join();
                    seen.set(event.id());
                }
                if (++ticks[0] % 60 == 0) {
                    sink.send(sse.newEventBuilder().comment("keep-alive").build());
                }
            } catch (RuntimeException gone) {
                LOG.log(sink.isClosed() ? Level.FINE : Level.WARNING, "Chat event stream ended", gone);
                stop(sink, task.get());
            }
        }, poll.toMillis(), poll.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
    }

    private static void stop(SseEventSink sink, ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
        try {
            sink.close();
        } catch (java.io.IOException | RuntimeException ignored) {
            // already closed by the client
        }
    }
}
