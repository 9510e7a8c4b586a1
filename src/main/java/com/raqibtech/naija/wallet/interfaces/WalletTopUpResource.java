package com.raqibtech.naija.wallet.interfaces;

import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.wallet.application.WalletService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff record money a customer paid into their RaqibTechPay wallet. */
@Path("v1/customers/{id}/wallet/top-ups")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet")
public class WalletTopUpResource {

    @Inject
    WalletService wallets;

    @Inject
    CustomerProfiles profiles;

    @Inject
    Caller caller;

    public record TopUpRequest(
            @NotNull(message = "give an amount in naira") @DecimalMin(value = "0.01", message = "must be positive")
            @Digits(integer = 8, fraction = 2, message = "naira with at most two decimals") BigDecimal amount,
            @Size(max = 200) String note) {
    }

    @POST
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a top-up to a customer's RaqibTechPay wallet (staff; audited)")
    public WalletResource.WalletView topUp(@PathParam("id") long id,
                                           @Valid @NotNull(message = "send {\"amount\": ...}") TopUpRequest body) {
        profiles.requireForStaff(caller.actor(), id); // 404 for an unknown customer, and the read is audited
        return WalletResource.WalletView.of(wallets.topUp(caller.actor(), id, body.amount(), body.note()));
    }
}
