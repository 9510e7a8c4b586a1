package com.raqibtech.naija.customers.interfaces;

import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customer profiles: /me for the customer, by id and by search for staff with READ_ALL_CUSTOMER_DATA. */
@Path("v1/customers")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    @Inject
    CustomerProfiles profiles;

    @Inject
    Caller caller;

    public record ProfileChangeRequest(
            @Size(max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String fullName,
            @Size(max = 60) String state,
                                       @Size(max = 80) String city, @Size(max = 300) String address) {
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(summary = "The signed-in customer's profile")
    public CustomerView me() {
        return view(profiles.own(caller.actor()));
    }

    @PATCH
    @Path("me")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the signed-in customer's name, state, city or address")
    public CustomerView changeMe(@Valid @NotNull(message = "send the changes as JSON") ProfileChangeRequest body) {
        return view(profiles.changeOwn(caller.actor(), new CustomerProfiles.ProfileChange(body.fullName(),
                body.state(), body.city(), body.address())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Operation(summary = "A customer's profile (staff; audited)")
    public CustomerView byId(@PathParam("id") long id) {
        return view(profiles.forStaff(caller.actor(), id));
    }

    @GET
    @RolesAllowed(Role.SUPPORT_AGENT_NAME)
    @Operation(summary = "Find customers by name, e-mail or phone (staff; audited)")
    public List<CustomerView> search(
            @QueryParam("q") @NotBlank(message = "give ?q= with a name, e-mail or phone") @Size(max = 100) String text,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return profiles.search(caller.actor(), text, offset, limit).stream().map(this::view).toList();
    }

    private CustomerView view(Customer customer) {
        return CustomerView.of(customer, profiles.stateNameOf(customer));
    }
}
