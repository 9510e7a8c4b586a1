package com.raqibtech.naija.chat.interfaces;

import com.raqibtech.naija.chat.application.Handoff;
import com.raqibtech.naija.chat.domain.Conversation;
import com.raqibtech.naija.chat.domain.Message;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.shared.time.Lagos;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The human side of chat: the queue of conversations handed over by the bot, and what agents do with them. */
@Path("v1/staff/conversations")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat (staff)")
public class StaffConversationResource {

    @Inject
    Handoff handoff;

    @Inject
    Caller caller;

    public record QueueEntry(String id, String channel, String status, Long customerId, Long assignedAgentId,
                             String language, OffsetDateTime startedAt, OffsetDateTime lastActivityAt) {
        static QueueEntry of(Conversation c) {
            return new QueueEntry(c.getId(), c.getChannel().name().toLowerCase(Locale.ROOT),
                    c.getStatus().name().toLowerCase(Locale.ROOT), c.getCustomerId(), c.getAssignedAgentId(),
                    c.getLanguage(), Lagos.at(c.getStartedAt()).toOffsetDateTime(),
                    Lagos.at(c.getLastActivityAt()).toOffsetDateTime());
        }
    }

    public record StaffMessage(@NotNull(message = "send {\"text\": ...}") @NotBlank(message = "write something")
                               @Size(max = 4000, message = "at most 4,000 characters") String text) {
    }

    public record StaffMessageView(long id, String author, String body, boolean internalNote, OffsetDateTime at) {
        static StaffMessageView of(Message m) {
            return new StaffMessageView(m.getId(), m.getAuthor().name().toLowerCase(Locale.ROOT), m.getBody(),
                    m.isInternalNote(), Lagos.at(m.getCreatedAt()).toOffsetDateTime());
        }
    }

    @GET
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Operation(summary = "Conversations waiting for a human, longest waiting first (?all=true adds those taken)")
    public List<QueueEntry> queue(@QueryParam("all") @DefaultValue("false") boolean all) {
        return handoff.queue(caller.actor(), all).stream().map(QueueEntry::of).toList();
    }

    @POST
    @Path("{id}/claim")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Operation(summary = "Take a waiting conversation (409 when another agent has it)")
    public QueueEntry claim(@PathParam("id") @Size(max = 36) String id) {
        return QueueEntry.of(handoff.claim(caller.actor(), id));
    }

    @POST
    @Path("{id}/replies")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the customer (pushed to their chat); claims the conversation if waiting")
    public StaffMessageView reply(@PathParam("id") @Size(max = 36) String id,
                                  @Valid @NotNull(message = "send {\"text\": ...}") StaffMessage body) {
        return StaffMessageView.of(handoff.reply(caller.actor(), id, body.text().strip()));
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an internal note the customer never sees")
    public StaffMessageView note(@PathParam("id") @Size(max = 36) String id,
                                 @Valid @NotNull(message = "send {\"text\": ...}") StaffMessage body) {
        return StaffMessageView.of(handoff.note(caller.actor(), id, body.text().strip()));
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Operation(summary = "Give the conversation back to the bot")
    public QueueEntry release(@PathParam("id") @Size(max = 36) String id) {
        return QueueEntry.of(handoff.release(caller.actor(), id));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Operation(summary = "Close the conversation")
    public QueueEntry close(@PathParam("id") @Size(max = 36) String id) {
        return QueueEntry.of(handoff.close(caller.actor(), id));
    }
}
