package com.raqibtech.naija.cart.interfaces;

import com.raqibtech.naija.cart.application.CartOwner;
import com.raqibtech.naija.cart.application.CartService;
import com.raqibtech.naija.cart.application.CartView;
import com.raqibtech.naija.identity.application.AccessTokens;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.shared.money.Money;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own cart (a customer's, or a guest session's): there is no cart id to guess. */
@Path("v1/cart")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cart")
public class CartResource {

    @Inject
    CartService carts;

    @Inject
    AccessTokens tokens;

    @Inject
    Caller caller;

    public record AddRequest(@NotBlank(message = "give the product's sku") @Size(max = 40) String sku,
                             @NotNull(message = "give a quantity") @Min(value = 1, message = "must be at least 1")
                             @Max(value = 99, message = "must be at most 99") Integer quantity) {
    }

    public record QuantityRequest(@NotNull(message = "give a quantity") @Min(value = 0, message = "must not be negative")
                                  @Max(value = 99, message = "must be at most 99") Integer quantity) {
    }

    public record MergeRequest(@NotBlank(message = "give the guest token of the session") @Size(max = 100)
                               String guestToken) {
    }

    public record LineView(String sku, String name, String brand, int quantity, Money unitPrice, Money lineTotal,
                           int stock, boolean priceChanged) {
    }

    public record CartResponse(List<LineView> lines, int itemCount, Money subtotal) {
        public static CartResponse of(CartView cart) {
            return new CartResponse(cart.lines().stream().map(line -> new LineView(line.sku(), line.name(),
                    line.brand(), line.quantity(), Money.of(line.unitPrice()), Money.of(line.lineTotal()),
                    line.stock(), line.priceChanged())).toList(), cart.itemCount(), Money.of(cart.subtotal()));
        }
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.GUEST_NAME})
    @Operation(summary = "The caller's cart")
    public CartResponse view() {
        return CartResponse.of(carts.view(CartOwner.of(caller.actor())));
    }

    @POST
    @Path("items")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.GUEST_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a product (stock and price checked); 404 unknown product, 409 not enough stock")
    public CartResponse add(@Valid @NotNull(message = "send {\"sku\": ..., \"quantity\": ...}") AddRequest body) {
        return CartResponse.of(carts.add(CartOwner.of(caller.actor()), body.sku(), body.quantity()));
    }

    @PUT
    @Path("items/{sku}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.GUEST_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a product's quantity (0 removes it)")
    public CartResponse change(@PathParam("sku") @Size(max = 40) String sku,
                               @Valid @NotNull(message = "send {\"quantity\": ...}") QuantityRequest body) {
        return CartResponse.of(carts.setQuantity(CartOwner.of(caller.actor()), sku, body.quantity()));
    }

    @DELETE
    @Path("items/{sku}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.GUEST_NAME})
    @Operation(summary = "Remove a product")
    public CartResponse remove(@PathParam("sku") @Size(max = 40) String sku) {
        return CartResponse.of(carts.remove(CartOwner.of(caller.actor()), sku));
    }

    @DELETE
    @RolesAllowed({Role.CUSTOMER_NAME, Role.GUEST_NAME})
    @Operation(summary = "Empty the cart")
    public CartResponse clear() {
        return CartResponse.of(carts.clear(CartOwner.of(caller.actor())));
    }

    @POST
    @Path("merge")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "After signing in: take over a guest session (its cart and conversation)")
    public CartResponse merge(@Valid @NotNull(message = "send {\"guestToken\": ...}") MergeRequest body) {
        long customerId = caller.actor().requireCustomer();
        String conversationId = tokens.conversationOf(body.guestToken()).orElseThrow(() -> ProblemException.notFound(
                "no-such-guest-session", "That guest session is unknown or has expired."));
        CartView merged = carts.mergeGuestCart(conversationId, customerId);
        tokens.revoke(body.guestToken()); // the guest token stops working once the customer has the session
        return CartResponse.of(merged);
    }
}
