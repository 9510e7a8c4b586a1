package com.raqibtech.naija.orders.interfaces;

import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.orders.application.OrderChanges;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

    @Inject
    OrderChanges changes;

    public record StatusRequest(@NotBlank(message = "give the new status") @Size(max = 30)
                                String status, @Size(max = 300) String note) {
    }

    public record ReasonRequest(@Size(max = 300) String reason) {
    }

    public record AddressRequest(
            @NotBlank(message = "say which state to deliver to") @Size(max = 60) String state,
            @NotBlank(message = "give the town or city") @Size(max = 80) String city,
            @NotBlank(message = "give the street address") @Size(max = 300) String address) {
    }

    public record PaymentMethodRequest(
            @NotBlank(message = "choose pay_on_delivery, bank_transfer, card or raqibtechpay") @Size(max = 20)
            String paymentMethod) {
    }

    public record QuantityRequest(
            @NotNull(message = "give the quantity")
            @Min(value = 1, message = "must be at least 1; to take the item off the order, DELETE it")
            @Max(value = OrderChanges.MAX_QUANTITY, message = "must be at most {value}") Integer quantity) {
    }

    public record ExchangeRequest(
            @NotBlank(message = "give the SKU of the delivered item to exchange") @Size(max = 40) String sku,
            @NotBlank(message = "give the SKU of the variant wanted instead") @Size(max = 40)
            String replacementSku) {
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "Recent orders, newest first: the caller's own, or for staff a customer's, by "
            + "?customerId= or by the mobile number on their orders (?phone=, any Nigerian format; customers "
            + "without an account too)")
    public List<OrderViews.Summary> list(@QueryParam("customerId") Long customerId,
                                         @QueryParam("phone") @Size(max = 30) String phone,
                                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        if (phone != null) {
            if (customerId != null) {
                throw ProblemException.badRequest("one-filter", "Give ?customerId= or ?phone=, not both.");
            }
            return orders.byPhone(caller.actor(), phone, limit).stream().map(OrderViews.Summary::of).toList();
        }
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
    @Operation(summary = "Staff: move the order one step (processing, shipped, out_for_delivery, delivered, returned, "
            + "exchanged)")
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

    @PATCH
    @Path("{reference}/delivery-address")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver an order that has not shipped to another address. A new state brings its own fee "
            + "and delivery date; on a paid order the difference is refunded to the RaqibTechPay wallet, or taken "
            + "from it (409 when the balance does not cover it)")
    public OrderViews.Detail changeDeliveryAddress(@PathParam("reference") @Size(max = 40) String reference,
                                                   @Valid @NotNull(message = "send {\"state\", \"city\", "
                                                           + "\"address\"}") AddressRequest body) {
        return detail(changes.changeDeliveryAddress(caller.actor(), reference, body.state(), body.city(),
                body.address()));
    }

    @PATCH
    @Path("{reference}/payment-method")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pay an order that has not shipped and is not paid yet another way: raqibtechpay takes "
            + "the total from the wallet now; pay_on_delivery up to its limit; bank_transfer or card only while "
            + "the order is pending")
    public OrderViews.Detail changePaymentMethod(@PathParam("reference") @Size(max = 40) String reference,
                                                 @Valid @NotNull(message = "send {\"paymentMethod\": ...}")
                                                 PaymentMethodRequest body) {
        return detail(changes.changePaymentMethod(caller.actor(), reference, body.paymentMethod()));
    }

    @PUT
    @Path("{reference}/items/{sku}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the quantity of an item of an order that has not shipped: stock reserved or released, "
            + "the order priced again at its discount rate (delivery fee unchanged); on a paid order the "
            + "difference goes through the RaqibTechPay wallet")
    public OrderViews.Detail changeItemQuantity(@PathParam("reference") @Size(max = 40) String reference,
                                                @PathParam("sku") @Size(max = 40) String sku,
                                                @Valid @NotNull(message = "send {\"quantity\": n}")
                                                QuantityRequest body) {
        return detail(changes.changeItemQuantity(caller.actor(), reference, sku, body.quantity()));
    }

    @DELETE
    @Path("{reference}/items/{sku}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "Take an item off an order that has not shipped (not the last one: cancel the order "
            + "instead); its stock goes back, and on a paid order its price to the RaqibTechPay wallet")
    public OrderViews.Detail removeItem(@PathParam("reference") @Size(max = 40) String reference,
                                        @PathParam("sku") @Size(max = 40) String sku) {
        return detail(changes.removeItem(caller.actor(), reference, sku));
    }

    @POST
    @Path("{reference}/exchanges")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a delivered item for another variant (same brand and category) within "
            + OrderLifecycle.RETURN_WINDOW_DAYS + " days of delivery: the replacement is reserved, the price "
            + "difference refunded to or taken from the RaqibTechPay wallet, and the order becomes "
            + "exchange_requested until staff complete it (status exchanged)")
    public OrderViews.Detail requestExchange(@PathParam("reference") @Size(max = 40) String reference,
                                             @Valid @NotNull(message = "send {\"sku\", \"replacementSku\"}")
                                             ExchangeRequest body) {
        return detail(changes.requestExchange(caller.actor(), reference, body.sku(), body.replacementSku()));
    }

    private OrderViews.Detail detail(CustomerOrder order) {
        return OrderViews.Detail.of(order, states.nameOf(order.getDeliveryStateCode()));
    }
}
