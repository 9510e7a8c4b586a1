package com.raqibtech.naija.customers.interfaces;

import com.raqibtech.naija.customers.application.CustomerProfiles;
import com.raqibtech.naija.customers.application.Registrations;
import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.shared.phone.NigerianMobile;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers register themselves; staff accounts are made by admins (see AdminUserResource). */
@Path("v1/accounts")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class RegistrationResource {

    @Inject
    Registrations registrations;

    @Inject
    CustomerProfiles profiles;

    @Context
    HttpServletRequest request;

    public record RegisterRequest(
            @NotBlank(message = "give your full name") @Size(max = 120) String fullName,
            @NotBlank(message = "give your e-mail address") @Email(message = "is not an e-mail address")
            @Size(max = 254) String email,
            @NotBlank(message = "give your mobile number, e.g. 0803 123 4567") @NigerianMobile String phone,
            @NotNull(message = "choose a password")
            @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password,
            @Size(max = 60) String state,
            @Size(max = 80) String city,
            @Size(max = 300) String address) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register as a customer (phone numbers in any Nigerian format, stored as +234...)")
    public Response register(@Valid @NotNull(message = "send the registration as JSON") RegisterRequest body) {
        Customer customer = registrations.register(new Registrations.Registration(body.fullName(), body.email(),
                body.phone(), body.password(), body.state(), body.city(), body.address()), request.getRemoteAddr());
        return Response.created(URI.create("/api/v1/customers/me")).entity(view(customer)).build();
    }

    private CustomerView view(Customer customer) {
        return CustomerView.of(customer, profiles.stateNameOf(customer));
    }
}
