package com.raqibtech.naija.orders.interfaces;

import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.orders.application.OrderLifecycle;
import com.raqibtech.naija.orders.application.OrderQueries;
import com.raqibtech.naija.orders.application.PaymentConfirmations;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.OrderStatus;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders: customers read their own; staff who manage orders read anyone's (audited). */
@Path("v1/orders")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {

    @Inject
    OrderQueries orders;

    @Inject
    Caller caller;

    @Inject
    StateDirectory states;

    @Inject
    PaymentConfirmations payments;

    @Inject
    OrderLifecycle lifecycle;

    public record StatusRequest(@NotBlank(message = "give the new status") @Size(max = 30)
                                String status, @Size(max = 300) String note) {
    }

    public record ReasonRequest(@Size(max = 300) String reason) {
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "Recent orders, newest first: the caller's own, or a customer's for staff (?customerId=)")
    public List<OrderViews.Summary> list(@QueryParam("customerId") Long customerId,
                                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return orders.list(caller.actor(), customerId, limit).stream().map(OrderViews.Summary::of).toList();
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "One order with items, totals and timeline (404 for someone else's order)")
    public OrderViews.Detail one(@PathParam("reference") @Size(max = 40) String reference) {
        return detail(orders.byReference(caller.actor(), reference));
    }

    @POST
    @Path("{reference}/payment/confirm")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Operation(summary = "Staff: the bank transfer (or card payment) of this order has arrived")
    public OrderViews.Detail confirmPayment(@PathParam("reference") @Size(max = 40) String reference) {
        return detail(payments.confirm(caller.actor(), reference));
    }

    @POST
    @Path("{reference}/status")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff: move the order one step (processing, shipped, out_for_delivery, delivered, returned)")
    public OrderViews.Detail advance(@PathParam("reference") @Size(max = 40) String reference,
                                     @Valid @NotNull(
                                             message = "send {\"status\": ...}") StatusRequest body) {
        OrderStatus next;
        try {
            next = OrderStatus.valueOf(body.status().trim()
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest("unknown-status", "'" + body.status()
                    + "' is not an order status.");
        }
        return detail(lifecycle.advance(caller.actor(), reference, next, body.note()));
    }

    @POST
    @Path("{reference}/cancel")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an order that has not shipped; prepaid money goes back to the wallet")
    public OrderViews.Detail cancel(@PathParam("reference") @Size(max = 40) String reference,
                                    @Valid ReasonRequest body) {
        return detail(lifecycle.cancel(caller.actor(), reference, body == null ? null : body.reason()));
    }

    @POST
    @Path("{reference}/return")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to return a delivered order (within " + OrderLifecycle.RETURN_WINDOW_DAYS
            + " days of delivery)")
    public OrderViews.Detail requestReturn(@PathParam("reference") @Size(max = 40) String reference,
                                           @Valid ReasonRequest body) {
        return detail(lifecycle.requestReturn(caller.actor(), reference, body == null ? null : body.reason()));
    }

    private OrderViews.Detail detail(CustomerOrder order) {
        return OrderViews.Detail.of(order, states.nameOf(order.getDeliveryStateCode()));
    }
}
