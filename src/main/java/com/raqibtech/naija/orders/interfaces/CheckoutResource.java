package com.raqibtech.naija.orders.interfaces;

import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.orders.application.CheckoutService;
import com.raqibtech.naija.orders.domain.CustomerOrder;
import com.raqibtech.naija.orders.domain.Payment;
import com.raqibtech.naija.orders.domain.PaymentMethod;
import com.raqibtech.naija.shared.money.Money;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checkout for signed-in customers; guests are asked to sign in or register first (their cart comes along). */
@Path("v1/checkout")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
public class CheckoutResource {

    @Inject
    CheckoutService checkout;

    @Inject
    Caller caller;

    @Inject
    StateDirectory states;

    @Inject
    @ConfigProperty(name = "checkout.bank-transfer.bank")
    String bank;

    @Inject
    @ConfigProperty(name = "checkout.bank-transfer.account-name")
    String accountName;

    @Inject
    @ConfigProperty(name = "checkout.bank-transfer.account-number")
    String accountNumber;

    public record CheckoutRequest(
            @NotBlank(message = "say which state to deliver to") @Size(max = 60) String state,
            @NotBlank(message = "give the town or city") @Size(max = 80) String city,
            @NotBlank(message = "give the delivery address") @Size(max = 300) String address,
            @NotBlank(message = "choose pay_on_delivery, bank_transfer, card or raqibtechpay") @Size(max = 20)
            String paymentMethod) {
    }

    public record QuoteView(List<OrderViews.Line> lines, Money subtotal, String tier, BigDecimal discountRate,
                            Money discount, String deliveryState, Money deliveryFee, int workingDays,
                            LocalDate expectedDelivery, Money total) {
    }

    public record PaymentView(String method, String status, Money amount, String instructions) {
    }

    public record PlacedView(OrderViews.Detail order, PaymentView payment) {
    }

    @GET
    @Path("quote")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(summary = "What the cart would cost delivered to a state: tier discount, fee, date, total")
    public QuoteView quote(@QueryParam("state") @NotBlank(message = "give ?state=") @Size(max = 60) String state) {
        CheckoutService.Quote quote = checkout.quote(customerId(), state);
        return new QuoteView(quote.lines().stream().map(line -> new OrderViews.Line(line.sku(), line.name(),
                line.quantity(), Money.of(line.unitPrice()), Money.of(line.lineTotal()))).toList(),
                Money.of(quote.subtotal()), quote.tierCode(), quote.discountRate(), Money.of(quote.discount()),
                quote.stateName(), Money.of(quote.deliveryFee()), quote.workingDays(),
                quote.expectedDelivery(), Money.of(quote.total()));
    }

    @POST
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place the order from the cart. Send an Idempotency-Key header: a retry with the same key "
            + "answers the same order (200) instead of placing another (201)")
    public Response place(@HeaderParam("Idempotency-Key") @Size(max = 80, message = "at most 80 characters")
                          @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "letters, digits and . _ : - only")
                          String idempotencyKey,
                          @Valid @NotNull(message = "send the delivery details and payment method") CheckoutRequest body) {
        CheckoutService.Placed placed = checkout.checkout(caller.actor(), new CheckoutService.Request(body.state(),
                body.city(), body.address(), body.paymentMethod(), blankToNull(idempotencyKey), null));
        PlacedView view = new PlacedView(detail(placed.order()), paymentView(placed.payment(),
                placed.order().getReference()));
        return (placed.replayed() ? Response.ok() : Response.created(URI.create("/api/v1/orders/"
                + placed.order().getReference()))).entity(view).build();
    }

    private PaymentView paymentView(Payment payment, String reference) {
        String instructions = switch (payment.getMethod().getCode()) {
            case PaymentMethod.BANK_TRANSFER -> "Transfer " + Money.of(payment.getAmount()).formatted() + " to "
                    + bank + ", account " + accountNumber + " (" + accountName + "), with reference " + reference
                    + ". We confirm the order when the money arrives.";
            case PaymentMethod.CARD -> payment.getMethod().getName() + " payments are confirmed by our team for now (the online card gateway "
                    + "is coming). We will contact you to complete the payment of "
                    + Money.of(payment.getAmount()).formatted() + ".";
            case PaymentMethod.PAY_ON_DELIVERY -> "Pay the rider " + Money.of(payment.getAmount()).formatted()
                    + " in cash or by POS on delivery.";
            default -> "Paid from your " + payment.getMethod().getName() + " wallet.";
        };
        return new PaymentView(payment.getMethod().getCode(), payment.getStatus().name().toLowerCase(),
                Money.of(payment.getAmount()), instructions);
    }

    private long customerId() {
        return caller.actor().requireCustomer();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private OrderViews.Detail detail(CustomerOrder order) {
        return OrderViews.Detail.of(order, states.nameOf(order.getDeliveryStateCode()));
    }
}
