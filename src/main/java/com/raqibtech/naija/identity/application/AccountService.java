package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.identity.domain.UserAccount;
import com.raqibtech.naija.identity.domain.UserAccountRepository;
import com.raqibtech.naija.shared.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Accounts: customers register themselves; admins create staff, grant and revoke roles, disable and enable
 * accounts. Who may do what is decided here (with {@link Role#mayAssign}) and every change is audited, refusals too.
 */
@ApplicationScoped
public class AccountService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What an admin gives to create a staff account. */
    public record NewStaff(String email, String displayName, String password, Set<Role> roles) {
    }

    /** Whether a sign-in account with this username (e-mail address, lower case) exists. */
    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    /**
     * A sign-in account made by the application's own set-up (the demo sign-ins), acting as the system.
     *
     * @return the account's id, or empty when the username exists already
     */
    @Transactional
    public java.util.Optional<Long> createForSetUp(Actor system, String username, String password,
                                                   String displayName, Role role) {
        system.require(Permission.SYSTEM_ADMINISTRATION);
        if (exists(username)) {
            return java.util.Optional.empty();
        }
        UserAccount account = accounts.save(new UserAccount(username, passwords.hash(password), displayName,
                EnumSet.of(role), clock.instant()));
        accounts.flush(); // its id
        return java.util.Optional.of(account.getId());
    }

    /**
     * A customer's sign-in account (group {@code customer}); the customers capability creates the customer record
     * that goes with it, in the same transaction.
     *
     * @return the account's id
     */
    @Transactional
    public long createCustomerAccount(String email, String password, String displayName) {
        UserAccount account = accounts.save(new UserAccount(email, passwords.hash(password), displayName,
                EnumSet.of(Role.CUSTOMER), clock.instant()));
        accounts.flush(); // its id, for the customer record
        return account.getId();
    }

    /** @throws ProblemException 403 when the caller may not assign one of the roles, 409 when the e-mail exists */
    @Transactional
    public UserAccount createStaff(Actor caller, NewStaff staff) {
        caller.require(Permission.MANAGE_USERS);
        Role actorRole = caller.highestStaffRole().orElseThrow();
        if (staff.roles().isEmpty() || staff.roles().stream().anyMatch(role -> !role.isStaff())) {
            throw ProblemException.badRequest("invalid-roles",
                    "Staff accounts need one or more of support_agent, admin, super_admin.");
        }
        for (Role role : staff.roles()) {
            if (!actorRole.mayAssign(role)) {
                audit.record(caller, Action.ACCOUNT_CREATED, Outcome.DENIED, "user", staff.email(),
                        "may not grant " + role.roleName());
                throw ProblemException.forbidden("role-not-assignable",
                        "Only a super_admin may create accounts with the " + role.roleName() + " role.");
            }
        }
        String email = staff.email().trim().toLowerCase(Locale.ROOT);
        if (accounts.findByUsername(email).isPresent()) {
            throw ProblemException.conflict("email-taken", "An account with this e-mail already exists.");
        }
        UserAccount account = accounts.save(new UserAccount(email, passwords.hash(staff.password()),
                staff.displayName().trim(), staff.roles(), clock.instant()));
        audit.record(caller, Action.ACCOUNT_CREATED, Outcome.SUCCESS, "user", account.getId(),
                "roles " + Role.groupsFor(staff.roles()));
        return account;
    }

    @Transactional
    public UserAccount grant(Actor caller, long userId, Role role) {
        return changeRole(caller, userId, role, true);
    }

    @Transactional
    public UserAccount revoke(Actor caller, long userId, Role role) {
        return changeRole(caller, userId, role, false);
    }

    @Transactional
    public UserAccount disable(Actor caller, long userId) {
        return changeEnabled(caller, userId, false);
    }

    @Transactional
    public UserAccount enable(Actor caller, long userId) {
        return changeEnabled(caller, userId, true);
    }

    public List<UserAccount> staff(Actor caller) {
        caller.require(Permission.MANAGE_USERS);
        return accounts.findStaff();
    }

    public UserAccount account(Actor caller, long userId) {
        caller.require(Permission.MANAGE_USERS);
        return accounts.find(userId).orElseThrow(() -> ProblemException.notFound("no-such-user",
                "There is no user account " + userId + "."));
    }

    private UserAccount changeRole(Actor caller, long userId, Role role, boolean granting) {
        UserAccount target = account(caller, userId);
        Action action = granting ? Action.ROLE_GRANTED : Action.ROLE_REVOKED;
        Role actorRole = caller.highestStaffRole().orElseThrow();
        if (!actorRole.mayAssign(role)) {
            audit.record(caller, action, Outcome.DENIED, "user", userId, role.roleName());
            throw ProblemException.forbidden("role-not-assignable", role.isStaff()
                    ? "Only a super_admin may grant or revoke the " + role.roleName() + " role."
                    : "The " + role.roleName() + " role is not granted by staff.");
        }
        if (target.getUsername().equalsIgnoreCase(caller.name())) {
            audit.record(caller, action, Outcome.DENIED, "user", userId, "own account");
            throw ProblemException.forbidden("own-account", "You cannot change your own roles.");
        }
        boolean changed = granting ? target.grant(role) : target.revoke(role);
        audit.record(caller, action, Outcome.SUCCESS, "user", userId, role.roleName() + (changed ? "" : " (no change)"));
        return target;
    }

    private UserAccount changeEnabled(Actor caller, long userId, boolean enabled) {
        UserAccount target = account(caller, userId);
        Action action = enabled ? Action.ACCOUNT_ENABLED : Action.ACCOUNT_DISABLED;
        if (target.getUsername().equalsIgnoreCase(caller.name())) {
            audit.record(caller, action, Outcome.DENIED, "user", userId, "own account");
            throw ProblemException.forbidden("own-account", "You cannot disable or enable your own account.");
        }
        Role actorRole = caller.highestStaffRole().orElseThrow();
        boolean targetIsAdmin = target.hasRole(Role.ADMIN) || target.hasRole(Role.SUPER_ADMIN);
        if (targetIsAdmin && actorRole != Role.SUPER_ADMIN) {
            audit.record(caller, action, Outcome.DENIED, "user", userId, "target is an admin");
            throw ProblemException.forbidden("admin-account", "Only a super_admin may disable or enable an admin.");
        }
        if (enabled) {
            target.enable();
        } else {
            target.disable();
        }
        audit.record(caller, action, Outcome.SUCCESS, "user", userId, null);
        return target;
    }
}
