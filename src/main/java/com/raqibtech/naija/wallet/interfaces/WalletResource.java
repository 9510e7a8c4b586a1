package com.raqibtech.naija.wallet.interfaces;

import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.shared.money.Money;
import com.raqibtech.naija.shared.time.Lagos;
import com.raqibtech.naija.wallet.application.WalletService;
import com.raqibtech.naija.wallet.domain.WalletEntry;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** RaqibTechPay: customers read their own wallet (staff record top-ups under /customers/{id}/wallet). */
@Path("v1/wallet")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet")
public class WalletResource {

    @Inject
    WalletService wallets;

    @Inject
    Caller caller;

    public record EntryView(String type, Money amount, Money balanceAfter, String note, OffsetDateTime at) {
        static EntryView of(WalletEntry entry) {
            return new EntryView(entry.getType().name().toLowerCase(), Money.of(entry.getAmount()),
                    Money.of(entry.getBalanceAfter()), entry.getNote(), Lagos.at(entry.getCreatedAt()).toOffsetDateTime());
        }
    }

    public record WalletView(Money balance, List<EntryView> entries) {
        public static WalletView of(WalletService.Statement statement) {
            return new WalletView(Money.of(statement.balance()),
                    statement.entries().stream().map(EntryView::of).toList());
        }
    }

    @GET
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(summary = "The caller's RaqibTechPay balance and latest movements")
    public WalletView mine() {
        return WalletView.of(wallets.statement(caller.requireCustomer(), 50));
    }
}
