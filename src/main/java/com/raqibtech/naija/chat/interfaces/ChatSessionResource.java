package com.raqibtech.naija.chat.interfaces;

import com.raqibtech.naija.chat.application.ConversationService;
import com.raqibtech.naija.chat.domain.Channel;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.identity.domain.Role;
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
 * signed-in customers start theirs with their own token. Messages and replies arrive with the conversation engine.
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

    @POST
    @PermitAll
    @Operation(summary = "Start a chat session: guests get a token for this session only; customers use theirs")
    public Response start() {
        ConversationService.Started started = conversations.start(caller, Channel.WEB);
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
        return SessionView.of(conversations.find(caller, id));
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Role.GUEST_NAME, Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "The session's messages, oldest first")
    public List<MessageView> messages(@PathParam("id") @Size(max = 36) String id,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return conversations.messages(caller, id, limit).stream().map(MessageView::of).toList();
    }
}
