package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.shared.access.Channel;
import com.raqibtech.naija.shared.access.CustomerAccounts;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.identity.domain.UserAccount;
import com.raqibtech.naija.identity.domain.UserAccountRepository;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling in this HTTP request: their name, roles, customer record and address, read from the security
 * context. It stays at the REST and Faces edge: {@link #actor()} turns it into the channel-independent
 * {@link Actor} that the services take.
 */
@RequestScoped
public class Caller {

    /** Principal names of guests are "guest:" and the conversation their token grants. */
    public static final String GUEST_PREFIX = Actor.GUEST_PREFIX;

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CustomerAccounts customers;

    private Optional<UserAccount> account;
    private Actor actor;

    /** The caller as an actor on the web channel, for the services. */
    public Actor actor() {
        if (actor == null) {
            String address = clientAddress();
            if (!isAuthenticated()) {
                actor = Actor.anonymous(Channel.WEB, address);
            } else if (guestConversationId().isPresent()) {
                actor = Actor.guest(guestConversationId().get(), Channel.WEB, address);
            } else {
                Optional<UserAccount> signedIn = account();
                actor = new Actor(name(), signedIn.map(UserAccount::getDisplayName).orElse(null),
                        signedIn.map(UserAccount::getId).orElse(null),
                        signedIn.flatMap(found -> customers.customerOfAccount(found.getId())).orElse(null),
                        roles(), null, Channel.WEB, address, false, false);
            }
        }
        return actor;
    }

    public boolean isAuthenticated() {
        return security.getCallerPrincipal() != null;
    }

    public String name() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public Set<Permission> permissions() {
        return Role.permissionsOf(roles());
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            account = isAuthenticated() && !name().startsWith(GUEST_PREFIX)
                    ? accounts.findByUsername(name()) : Optional.empty();
        }
        return account;
    }

    /** @throws ProblemException 401/403 unless the caller is a signed-in customer; their customer id */
    public long requireCustomer() {
        return actor().requireCustomer();
    }

    /** For a guest, the one conversation their token grants. */
    public Optional<String> guestConversationId() {
        String name = name();
        return name.startsWith(GUEST_PREFIX) ? Optional.of(name.substring(GUEST_PREFIX.length())) : Optional.empty();
    }

    public String clientAddress() {
        return request.getRemoteAddr();
    }
}
