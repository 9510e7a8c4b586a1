package com.raqibtech.naija.chat.interfaces;

import com.raqibtech.naija.chat.application.reply.QuickReply;
import com.raqibtech.naija.chat.application.reply.ReplyContent;
import com.raqibtech.naija.shared.money.Money;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import com.raqibtech.naija.chat.application.ChatEngine;
import com.raqibtech.naija.chat.application.ConversationService;
import com.raqibtech.naija.nlu.application.LanguageUnderstanding;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Locale;
import com.raqibtech.naija.shared.access.Channel;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.shared.time.Lagos;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Chat sessions on the web channel. Guests start one without an account and receive a token for it alone;
 * signed-in customers start theirs with their own token. A message is answered in the response; what an agent or
 * the order desk says later arrives on the session's event stream (Server-Sent Events).
 */
@Path("v1/chat/sessions")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat")
public class ChatSessionResource {

    @Inject
    ConversationService conversations;

    @Inject
    Caller caller;

    @Inject
    ChatEngine engine;

    @Inject
    ChatStreams streams;

    public record SessionView(String id, String channel, String status, Long customerId, OffsetDateTime startedAt) {
        static SessionView of(Conversation conversation) {
            return new SessionView(conversation.getId(), conversation.getChannel().name().toLowerCase(),
                    conversation.getStatus().name().toLowerCase(), conversation.getCustomerId(),
                    Lagos.at(conversation.getStartedAt()).toOffsetDateTime());
        }
    }

    /** A new session; {@code guestToken} only for guests: send it as the bearer token for this session. */
    public record StartedView(SessionView session, String guestToken, Instant guestTokenExpiresAt) {
    }

    public record MessageView(long id, String author, String body, OffsetDateTime at) {
        static MessageView of(Message message) {
            return new MessageView(message.getId(), message.getAuthor().name().toLowerCase(), message.getBody(),
                    Lagos.at(message.getCreatedAt()).toOffsetDateTime());
        }
    }

    /**
     * A customer's message: what they wrote, or the label of the quick reply they tapped with its {@code payload},
     * which is acted on as it says.
     */
    public record MessageRequest(
            @Size(max = 2000, message = "at most 2,000 characters") String text,
            @Size(max = QuickReply.MAX_PAYLOAD, message = "at most 256 characters") String payload) {

        @AssertTrue(message = "write something: send {\"text\": ...}, or a quick reply's {\"payload\": ...}")
        public boolean isSaid() {
            return (text != null && !text.isBlank()) || (payload != null && !payload.isBlank());
        }
    }

    public record EntityView(String entity, Object value, int start, int end, String text) {
    }

    public record SentimentView(String label, double score) {
    }

    public record UnderstoodView(String intent, double confidence, List<EntityView> entities, SentimentView sentiment,
                                 boolean frustrated, String language) {
    }

    public record ActionView(String type, String reference) {
    }

    public record CartLineView(String sku, String name, String brand, int quantity, Money unitPrice, Money lineTotal,
                               int stock, boolean priceChanged) {
    }

    public record CartView(List<CartLineView> lines, int itemCount, Money subtotal) {
        static CartView of(ReplyContent.CartCard cart) {
            return new CartView(cart.lines().stream().map(line -> new CartLineView(line.sku(), line.name(),
                    line.brand(), line.quantity(), Money.of(line.unitPrice()), Money.of(line.lineTotal()),
                    line.stock(), line.priceChanged())).toList(), cart.itemCount(), Money.of(cart.subtotal()));
        }
    }

    /**
     * The answer to one message. {@code reply} is absent while a human owns the conversation; {@code blocks} and
     * {@code quickReplies} are the structured reply (text, product cards, order, cart, quote; buttons with the payload
     * to send back), {@code reply.body} its plain text and {@code suggestions} the quick replies' labels.
     */
    public record TurnView(MessageView message, MessageView reply, List<String> suggestions,
                           List<QuickReply> quickReplies, List<ReplyContent.Block> blocks, UnderstoodView understood,
                           List<ActionView> actions, CartView cart, boolean humanOwned, String status,
                           boolean duplicate) {
        static TurnView of(ChatEngine.Result result) {
            LanguageUnderstanding.Parse parse = result.parse();
            ReplyContent content = result.content();
            return new TurnView(MessageView.of(result.inbound()),
                    result.reply() == null ? null : MessageView.of(result.reply()),
                    content.quickReplies().stream().map(QuickReply::label).toList(), content.quickReplies(),
                    result.reply() == null ? List.of() : content.blocks(),
                    parse == null ? null : new UnderstoodView(parse.intent(), round(parse.confidence()),
                            parse.entities().stream().map(e -> new EntityView(e.entity(), e.value(), e.start(),
                                    e.end(), e.text())).toList(),
                            new SentimentView(parse.sentiment().label(), round(parse.sentiment().score())),
                            parse.frustrated(), parse.language()),
                    content.actions().stream().map(a -> new ActionView(a.type().label(), a.reference())).toList(),
                    content.blocksOf(ReplyContent.CartCard.class).stream().findFirst().map(CartView::of)
                            .orElse(null),
                    result.humanOwned(), result.status().name().toLowerCase(Locale.ROOT), result.duplicate());
        }

        private static double round(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }

    @POST
    @Path("{id}/messages")
    @RolesAllowed({Role.GUEST_NAME, Role.CUSTOMER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message; the bot's answer comes back (none while a human agent has the chat). "
            + "A retry with the same Idempotency-Key header is answered with the first answer, nothing done twice")
    public TurnView send(@PathParam("id") @Size(max = 36) String id,
                         @HeaderParam("Idempotency-Key") @Size(max = 100, message = "at most 100 characters")
                         @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "letters, digits and . _ : - only")
                         String idempotencyKey,
                         @Valid @NotNull(message = "send {\"text\": ...}") MessageRequest body) {
        String payload = body.payload() == null || body.payload().isBlank() ? null : body.payload().strip();
        String text = body.text() == null || body.text().isBlank() ? payload : body.text().strip();
        // The client's key, kept per conversation so two clients choosing the same key never meet.
        String messageId = idempotencyKey == null || idempotencyKey.isBlank() ? null : id + ":" + idempotencyKey.trim();
        return TurnView.of(engine.handle(caller.actor(), id, new ChatEngine.Inbound(text, payload, messageId)));
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Role.GUEST_NAME, Role.CUSTOMER_NAME})
    @Operation(summary = "Messages pushed to the session (agent replies, order news, status changes) as "
            + "Server-Sent Events; send Last-Event-ID to resume")
    public void events(@PathParam("id") @Size(max = 36) String id,
                       @HeaderParam("Last-Event-ID") @Size(max = 20) String lastEventId,
                       @Context SseEventSink sink, @Context Sse sse) {
        conversations.find(caller.actor(), id);
        streams.open(id, parseLastEventId(lastEventId), sink, sse);
    }

    private static Long parseLastEventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("bad-last-event-id", "Last-Event-ID must be a number.");
        }
    }

    @POST
    @PermitAll
    @Operation(summary = "Start a chat session: guests get a token for this session only; customers use theirs")
    public Response start() {
        ConversationService.Started started = conversations.start(caller.actor(), Channel.WEB);
        StartedView view = new StartedView(SessionView.of(started.conversation()),
                started.guestToken().map(token -> token.token()).orElse(null),
                started.guestToken().map(token -> token.expiresAt()).orElse(null));
        return Response.created(URI.create("/api/v1/chat/sessions/" + started.conversation().getId()))
                .entity(view).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.GUEST_NAME, Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "A chat session: its guest, its customer, or staff (404 for anyone else's)")
    public SessionView one(@PathParam("id") @Size(max = 36) String id) {
        return SessionView.of(conversations.find(caller.actor(), id));
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Role.GUEST_NAME, Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "The session's messages, oldest first")
    public List<MessageView> messages(@PathParam("id") @Size(max = 36) String id,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return conversations.messages(caller.actor(), id, limit).stream().map(MessageView::of).toList();
    }
}
