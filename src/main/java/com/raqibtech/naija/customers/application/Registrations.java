package com.raqibtech.naija.customers.application;

import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerRepository;
import com.raqibtech.naija.customers.domain.CustomerTier;
import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.identity.application.AccountService;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.shared.phone.NigerianPhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;

/** Customers registering themselves: a sign-in account (identity) and a customer record, together or not at all. */
@ApplicationScoped
public class Registrations {

    @Inject
    CustomerRepository customers;

    @Inject
    AccountService accounts;

    @Inject
    StateDirectory states;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What a customer gives to register; already validated at the boundary. */
    public record Registration(String fullName, String email, String phone, String password, String state,
                               String city, String address) {
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
        if (accounts.exists(email) || customers.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("email-taken",
                    "An account with this e-mail already exists. Sign in, or reset your password.");
        }
        if (customers.findByPhone(phone).isPresent()) {
            throw ProblemException.conflict("phone-taken", "This phone number is already registered.");
        }
        String state = null;
        if (registration.state() != null && !registration.state().isBlank()) {
            state = states.requireCode(registration.state());
        }
        String name = registration.fullName().trim();
        long accountId = accounts.createCustomerAccount(email, registration.password(), name);
        CustomerTier bronze = customers.tier("BRONZE").orElseThrow();
        Customer customer = new Customer(name, email, phone, bronze, clock.instant());
        customer.linkAccount(accountId);
        if (state != null) {
            customer.moveTo(state, trimToNull(registration.city()), trimToNull(registration.address()));
        }
        customers.save(customer);
        audit.record(email, clientAddress, Action.ACCOUNT_REGISTERED, Outcome.SUCCESS, "customer", email, null);
        return customer;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
