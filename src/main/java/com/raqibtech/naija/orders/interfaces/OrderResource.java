package com.raqibtech.naija.orders.interfaces;

import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.identity.domain.Role;
import com.raqibtech.naija.orders.application.OrderQueries;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
    com.raqibtech.naija.orders.application.PaymentConfirmations payments;

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "Recent orders, newest first: the caller's own, or a customer's for staff (?customerId=)")
    public List<OrderViews.Summary> list(@QueryParam("customerId") Long customerId,
                                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return orders.list(caller, customerId, limit).stream().map(OrderViews.Summary::of).toList();
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "One order with items, totals and timeline (404 for someone else's order)")
    public OrderViews.Detail one(@PathParam("reference") @Size(max = 40) String reference) {
        return OrderViews.Detail.of(orders.byReference(caller, reference));
    }

    @jakarta.ws.rs.POST
    @Path("{reference}/payment/confirm")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Operation(summary = "Staff: the bank transfer (or card payment) of this order has arrived")
    public OrderViews.Detail confirmPayment(@PathParam("reference") @Size(max = 40) String reference) {
        return OrderViews.Detail.of(payments.confirm(caller, reference));
    }
}
