package com.raqibtech.naija.identity.interfaces;

import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.identity.domain.AuditEvent;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for admins: sign-ins and failures, role changes, disabled accounts, staff reads of customer data. */
@Path("v1/admin/audit")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AuditResource {

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    public record AuditEventView(long id, Instant occurredAt, String actor, String action, String outcome,
                                 String targetType, String targetId, String clientAddress, String details) {

        static AuditEventView of(AuditEvent event) {
            return new AuditEventView(event.getId(), event.getOccurredAt(), event.getActor(),
                    event.getAction().name(), event.getOutcome().name(), event.getTargetType(), event.getTargetId(),
                    event.getClientAddress(), event.getDetails());
        }
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Audit events, newest first; filter by actor, action, target and time (ISO-8601)")
    public List<AuditEventView> search(@QueryParam("actor") @Size(max = 254) String actor,
                                       @QueryParam("action") @Size(max = 40) String action,
                                       @QueryParam("targetType") @Size(max = 40) String targetType,
                                       @QueryParam("targetId") @Size(max = 100) String targetId,
                                       @QueryParam("from") @Size(max = 40) String from,
                                       @QueryParam("to") @Size(max = 40) String to,
                                       @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        caller.actor().require(Permission.MANAGE_USERS);
        return audit.search(blankToNull(actor), action(action), blankToNull(targetType), blankToNull(targetId),
                        instant("from", from), instant("to", to), offset, limit)
                .stream().map(AuditEventView::of).toList();
    }

    private static AuditLog.Action action(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return AuditLog.Action.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest("unknown-action", "'" + name + "' is not an audit action; use one of "
                    + java.util.Arrays.toString(AuditLog.Action.values()) + ".");
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest("invalid-time",
                    field + ": '" + value + "' is not a time like 2026-11-24T09:00:00+01:00.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
