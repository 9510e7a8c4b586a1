package com.raqibtech.naija.identity.interfaces;

import com.raqibtech.naija.identity.application.AuthenticationService;
import com.raqibtech.naija.identity.application.Caller;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.access.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign in and out. REST clients authenticate with bearer tokens: {@code POST /api/v1/auth/login} with an e-mail
 * (or a customer's phone number) and password answers a token to send as {@code Authorization: Bearer <token>}.
 */
@Path("v1/auth")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Bearer tokens for REST clients")
public class AuthResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    public record LoginRequest(
            @NotBlank(message = "give your e-mail address or phone number") @Size(max = 254) String login,
            @NotBlank(message = "give your password") @Size(max = 128) String password) {
    }

    public record TokenView(String token, String tokenType, Instant expiresAt, CallerView caller) {
    }

    public record CallerView(String username, String displayName, Set<String> roles, Set<String> permissions,
                             Long customerId) {
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in; answers a bearer token (8 hours). 401 on a wrong login, 429 while locked out")
    public TokenView login(@Valid @NotNull(message = "send {\"login\": ..., \"password\": ...}") LoginRequest body) {
        AuthenticationService.SignedIn signedIn = authentication.login(body.login(), body.password(),
                request.getRemoteAddr());
        AuthenticationService.Identity identity = signedIn.identity();
        return new TokenView(signedIn.token().token(), "Bearer", signedIn.token().expiresAt(),
                new CallerView(identity.username(), identity.displayName(), identity.groups(),
                        names(Role.permissionsOf(identity.roles())), authentication.customerIdOf(identity)));
    }

    @POST
    @Path("logout")
    @RolesAllowed({Role.GUEST_NAME, Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "Revoke the bearer token of this request")
    public jakarta.ws.rs.core.Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        // Only bearer callers reach the API (the mechanism ignores console sessions there).
        authentication.logout(authorization == null ? null : authorization.substring("Bearer ".length()).trim(),
                caller.name(), caller.clientAddress());
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @GET
    @Path("me")
    @RolesAllowed({Role.GUEST_NAME, Role.CUSTOMER_NAME, Role.SUPPORT_AGENT_NAME})
    @Operation(summary = "Who the caller is: roles, permissions and customer id")
    public CallerView me() {
        Set<String> roles = new TreeSet<>();
        caller.roles().forEach(role -> roles.add(role.roleName()));
        String displayName = caller.account().map(account -> account.getDisplayName()).orElse(caller.name());
        return new CallerView(caller.name(), displayName, roles, names(caller.permissions()),
                caller.actor().customerId());
    }

    private static Set<String> names(Set<Permission> permissions) {
        Set<String> names = new TreeSet<>();
        permissions.forEach(permission -> names.add(permission.name()));
        return names;
    }
}
