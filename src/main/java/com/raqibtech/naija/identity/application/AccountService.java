package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerRepository;
import com.raqibtech.naija.customers.domain.CustomerTier;
import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.delivery.domain.State;
import com.raqibtech.naija.identity.domain.AuditEvent.Action;
import com.raqibtech.naija.identity.domain.AuditEvent.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.identity.domain.UserAccount;
import com.raqibtech.naija.identity.domain.UserAccountRepository;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.phone.NigerianPhoneNumbers;
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
    CustomerRepository customers;

    @Inject
    StateDirectory states;

    @Inject
    PasswordHasher passwords;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What a customer gives to register; already validated at the boundary. */
    public record Registration(String fullName, String email, String phone, String password, String state,
                               String city, String address) {
    }

    /** What an admin gives to create a staff account. */
    public record NewStaff(String email, String displayName, String password, Set<Role> roles) {
    }

    /**
     * Creates the customer's account (group {@code customer}) and customer record (Bronze tier).
     *
     * @throws ProblemException 409 when the e-mail or phone number is already registered, 400 for an unknown state
     */
    @Transactional
    public Customer register(Registration registration, String clientAddress) {
        String email = registration.email().trim().toLowerCase(Locale.ROOT);
        String phone = NigerianPhoneNumbers.toE164(registration.phone());
        if (accounts.findByUsername(email).isPresent() || customers.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("email-taken",
                    "An account with this e-mail already exists. Sign in, or reset your password.");
        }
        if (customers.findByPhone(phone).isPresent()) {
            throw ProblemException.conflict("phone-taken", "This phone number is already registered.");
        }
        State state = null;
        if (registration.state() != null && !registration.state().isBlank()) {
            state = states.require(registration.state());
        }
        UserAccount account = accounts.save(new UserAccount(email, passwords.hash(registration.password()),
                registration.fullName().trim(), EnumSet.of(Role.CUSTOMER), clock.instant()));
        CustomerTier bronze = customers.tier("BRONZE").orElseThrow();
        Customer customer = new Customer(registration.fullName().trim(), email, phone, bronze, clock.instant());
        customer.linkAccount(account);
        if (state != null) {
            customer.moveTo(state, trimToNull(registration.city()), trimToNull(registration.address()));
        }
        customers.save(customer);
        audit.record(email, clientAddress, Action.ACCOUNT_REGISTERED, Outcome.SUCCESS, "customer", email, null);
        return customer;
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

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
