package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.identity.domain.UserAccount;
import com.raqibtech.naija.identity.domain.UserAccountRepository;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Signing in and out. Every attempt is throttled and audited; the account is read afresh on every request that
 * carries a token, so a role change or a disabled account takes effect on the very next request.
 */
@ApplicationScoped
public class AuthenticationService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Logins logins;

    @Inject
    com.raqibtech.naija.shared.access.CustomerAccounts customers;

    @Inject
    SignInRecorder signIns;

    @Inject
    AccessTokens tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Who a request is, as the container needs it: a name and the groups that become roles; databaseAccount is
     * false for callers from another identity store.
     */
    public record Identity(String username, String displayName, Set<Role> roles, boolean databaseAccount) {
        public Set<String> groups() {
            return Role.groupsFor(roles);
        }
    }

    public record SignedIn(AccessTokens.Issued token, Identity identity) {
    }

    /**
     * Checks a password and, when right, issues a bearer token.
     *
     * @param login an e-mail address, or a customer's phone number in any common writing
     * @throws ProblemException 401 for a wrong login or a disabled account, 429 while locked out
     */
    public SignedIn login(String login, String password, String clientAddress) {
        Identity identity = verify(login, password, clientAddress);
        return new SignedIn(tokens.issueForAccount(identity), identity);
    }

    /**
     * Verifies a login without issuing a token (the staff console keeps the identity in its session). Same
     * throttling, auditing and errors as {@link #login}. No transaction is open during the slow password check.
     */
    public Identity verify(String login, String password, String clientAddress) {
        String attempted = login == null ? "" : login.trim();
        String shown = attempted.length() > Logins.MAX_LENGTH ? attempted.substring(0, Logins.MAX_LENGTH) : attempted;
        String throttleKey = logins.throttleKey(attempted);
        Optional<Duration> locked = throttle.attempt(throttleKey, clientAddress);
        if (locked.isPresent()) {
            audit.record(shown, clientAddress, Action.LOGIN_THROTTLED, Outcome.DENIED, "user", shown, null);
            long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
            throw new ProblemException(Status.TOO_MANY_REQUESTS, "login-throttled", "Too many attempts",
                    "Too many failed sign-ins. Try again in " + minutes + " minute" + (minutes == 1 ? "" : "s")
                            + ".");
        }
        CredentialValidationResult result = attempted.length() > Logins.MAX_LENGTH
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(new UsernamePasswordCredential(attempted, password == null ? "" : password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.recordFailure(clientAddress);
            audit.record(shown, clientAddress, Action.LOGIN, Outcome.FAILURE, "user", shown, null);
            throw ProblemException.unauthorized("login-failed",
                    "Wrong e-mail, phone number or password, or the account is disabled.");
        }
        String username = result.getCallerPrincipal().getName();
        throttle.recordSuccess(throttleKey);
        Optional<UserAccount> account = signIns.succeeded(username, clientAddress);
        return account.map(AuthenticationService::identityOf)
                .orElseGet(() -> externalIdentity(username, result.getCallerGroups()));
    }

    /** The customer record of a signed-in identity, for customers. */
    public Long customerIdOf(Identity identity) {
        return accounts.findByUsername(identity.username())
                .flatMap(account -> customers.customerOfAccount(account.getId())).orElse(null);
    }

    public void logout(String token, String username, String clientAddress) {
        tokens.revoke(token);
        audit.record(username, clientAddress, Action.LOGOUT, Outcome.SUCCESS, "user", username, null);
    }

    /**
     * The identity behind an account token, if the token is live: database accounts are read afresh (so role
     * changes and disabling apply at once); callers from another identity store keep the groups they signed in with.
     */
    public Optional<Identity> identifyToken(String token) {
        return tokens.holderOf(token).flatMap(holder -> {
            if (holder.databaseAccount()) {
                return accounts.findByUsername(holder.username()).filter(UserAccount::isEnabled)
                        .map(AuthenticationService::identityOf);
            }
            return Optional.of(externalIdentity(holder.username(), holder.groups()));
        });
    }

    /** The identity of a username kept in a console session, if the account is still enabled. */
    public Optional<Identity> identifyUsername(String username) {
        return accounts.findByUsername(username).filter(UserAccount::isEnabled)
                .map(AuthenticationService::identityOf);
    }

    static Identity identityOf(UserAccount user) {
        return new Identity(user.getUsername(), user.getDisplayName(), user.getRoles(), true);
    }

    /** A caller known to another identity store (LDAP, say): roles are the groups it reported. */
    private static Identity externalIdentity(String username, Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> Role.fromName(group).ifPresent(roles::add));
        return new Identity(username, username, roles, false);
    }
}
