package com.raqibtech.naija.delivery.interfaces;

import com.raqibtech.naija.delivery.application.DeliveryQuote;
import com.raqibtech.naija.delivery.application.DeliveryQuoteService;
import com.raqibtech.naija.shared.money.Money;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public delivery prices: anyone may ask what delivery to a state costs. */
@Path("v1/delivery")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery", description = "Delivery fees and times by state")
public class DeliveryQuoteResource {

    @Inject
    DeliveryQuoteService deliveries;

    /** The JSON shape of a quote. */
    public record QuoteView(StateView state, ZoneView zone, Money fee, int workingDays) {

        static QuoteView of(DeliveryQuote quote) {
            return new QuoteView(new StateView(quote.stateCode(), quote.stateName(), quote.capital()),
                    new ZoneView(quote.zoneCode(), quote.zoneName()), Money.of(quote.fee()), quote.workingDays());
        }
    }

    public record StateView(String code, String name, String capital) {
    }

    public record ZoneView(String code, String name) {
    }

    @GET
    @Path("quote")
    @PermitAll
    @Operation(summary = "Delivery fee and working days to a state",
            description = "Accepts state names, capitals, big cities and common aliases (Abuja, Lag, PH), in any case.")
    @APIResponse(responseCode = "200", description = "The quote")
    @APIResponse(responseCode = "400", description = "Missing, too long or unknown state (problem+json)")
    public QuoteView quote(
            @Parameter(description = "State, e.g. Kano, lagos, Abuja, PH", required = true)
            @QueryParam("state")
            @NotBlank(message = "give a state, e.g. ?state=Kano")
            @Size(max = 60, message = "a state name is at most 60 characters")
            String state) {
        return QuoteView.of(deliveries.quote(state));
    }

    @GET
    @Path("zones")
    @PermitAll
    @Operation(summary = "Delivery fee and working days for every state")
    public List<QuoteView> allStates() {
        return deliveries.allQuotes().stream().map(QuoteView::of).toList();
    }
}
