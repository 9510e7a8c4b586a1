package com.raqibtech.naija.identity.interfaces;

import com.raqibtech.naija.identity.application.AccountService;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.identity.domain.UserAccount;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff accounts, for admins (MANAGE_USERS): create, grant and revoke roles, disable and enable. Only a
 * super_admin may grant, revoke or create admin and super_admin; nobody changes their own account here.
 */
@Path("v1/admin/users")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminUserResource {

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    public record NewStaffRequest(
            @NotBlank @Email(message = "is not an e-mail address") @Size(max = 254) String email,
            @NotBlank @Size(max = 120) String displayName,
            @NotNull @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password,
            @NotEmpty(message = "give one or more of support_agent, admin, super_admin") Set<String> roles) {
    }

    public record UserView(long id, String username, String displayName, boolean enabled, Set<String> roles,
                           Instant createdAt, Instant lastLoginAt) {

        static UserView of(UserAccount account) {
            Set<String> roles = new TreeSet<>();
            account.getRoles().forEach(role -> roles.add(role.roleName()));
            return new UserView(account.getId(), account.getUsername(), account.getDisplayName(),
                    account.isEnabled(), roles, account.getCreatedAt(), account.getLastLoginAt());
        }
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Staff accounts")
    public List<UserView> staff() {
        return accounts.staff(caller.actor()).stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "One user account")
    public UserView one(@PathParam("id") long id) {
        return UserView.of(accounts.account(caller.actor(), id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account")
    public Response create(@Valid @NotNull(message = "send the account as JSON") NewStaffRequest body) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        body.roles().forEach(name -> roles.add(role(name)));
        UserAccount created = accounts.createStaff(caller.actor(), new AccountService.NewStaff(body.email(),
                body.displayName(), body.password(), roles));
        return Response.created(URI.create("/api/v1/admin/users/" + created.getId()))
                .entity(UserView.of(created)).build();
    }

    @PUT
    @Path("{id}/roles/{role}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Grant a role (takes effect on the user's next request)")
    public UserView grant(@PathParam("id") long id, @PathParam("role") String role) {
        return UserView.of(accounts.grant(caller.actor(), id, role(role)));
    }

    @DELETE
    @Path("{id}/roles/{role}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Revoke a role (takes effect on the user's next request)")
    public UserView revoke(@PathParam("id") long id, @PathParam("role") String role) {
        return UserView.of(accounts.revoke(caller.actor(), id, role(role)));
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Disable an account: it can no longer sign in, and its tokens stop working at once")
    public UserView disable(@PathParam("id") long id) {
        return UserView.of(accounts.disable(caller.actor(), id));
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Enable a disabled account")
    public UserView enable(@PathParam("id") long id) {
        return UserView.of(accounts.enable(caller.actor(), id));
    }

    private static Role role(String name) {
        return Role.fromName(name).orElseThrow(() -> ProblemException.badRequest("unknown-role",
                "'" + name + "' is not a role; roles are guest, customer, support_agent, admin, super_admin."));
    }
}
