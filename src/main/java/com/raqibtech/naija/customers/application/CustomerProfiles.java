package com.raqibtech.naija.customers.application;

import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerRepository;
import com.raqibtech.naija.delivery.application.StateDirectory;
import com.raqibtech.naija.identity.application.AuditLog;
import com.raqibtech.naija.shared.access.Actor;
import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.shared.access.Permission;
import com.raqibtech.naija.shared.error.ProblemException;
import com.raqibtech.naija.customers.domain.CustomerTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.math.BigDecimal;

/** Customer profiles: customers read and change their own; staff read any, and every staff read is audited. */
@ApplicationScoped
public class CustomerProfiles {

    @Inject
    CustomerRepository customers;

    @Inject
    StateDirectory states;

    @Inject
    AuditLog audit;

    /** Changes to a profile; null fields stay as they are. */
    public record ProfileChange(String fullName, String state, String city, String address) {
    }

    /** The customer the actor is, as a read model; empty for an actor who is not a customer. */
    public java.util.Optional<CustomerSummary> summaryOf(Actor actor) {
        return actor.customer().flatMap(customers::find).map(this::summarise);
    }

    /** A customer as other capabilities see them (they have checked who may ask already). */
    public Optional<CustomerSummary> summary(long customerId) {
        return customers.find(customerId).map(this::summarise);
    }

    /** The name customers see for a tier code. */
    public String tierName(String code) {
        return customers.tier(code).map(CustomerTier::getName).orElse(code);
    }

    /**
     * Adds to (or, for a returned order, takes from) what the customer has spent, never below zero, and gives them
     * the tier it earns: only a higher one, unless {@code mayDrop} (after a return the tier follows the spend down).
     */
    @Transactional
    public void recordSpend(Actor actor, long customerId, BigDecimal amount, boolean mayDrop) {
        actor.require(Permission.MANAGE_ORDERS);
        Customer customer = customers.find(customerId).orElseThrow();
        customer.addSpend(amount.max(customer.getTotalSpent().negate()));
        Tiers.earnedBy(customer.getTotalSpent(), customers.tiersByRankDescending(), CustomerTier::getMinSpend)
                .filter(tier -> mayDrop || tier.getRank() > customer.getTier().getRank())
                .ifPresent(customer::promoteTo);
    }

    /** The customer with this e-mail address, if any (demo sign-ins are linked to demo customers by it). */
    public Optional<CustomerSummary> byEmail(String email) {
        return customers.findByEmail(email).map(this::summarise);
    }

    /**
     * The customer with this mobile number, in E.164 ({@code +2348031234567}), account or not (a WhatsApp customer
     * may have none); callers check who may ask.
     */
    public Optional<CustomerSummary> byPhone(String e164) {
        return customers.findByPhone(e164).map(this::summarise);
    }

    /** Gives a customer their sign-in account (set-up and account administration only). */
    @Transactional
    public void linkAccount(Actor actor, long customerId, long accountId) {
        actor.require(Permission.MANAGE_USERS);
        customers.find(customerId).orElseThrow().linkAccount(accountId);
    }

    /** The name of the state a customer takes delivery in, for pages and views. */
    public String stateNameOf(Customer customer) {
        return states.nameOf(customer.getStateCode());
    }

    private CustomerSummary summarise(Customer customer) {
        return CustomerSummary.of(customer, states.nameOf(customer.getStateCode()));
    }

    /** How many customers there are (the status page). */
    public long count() {
        return customers.count();
    }

    public Customer own(Actor caller) {
        return customers.find(caller.requireCustomer()).orElseThrow();
    }

    @Transactional
    public Customer changeOwn(Actor caller, ProfileChange change) {
        Customer customer = customers.find(caller.requireCustomer()).orElseThrow();
        String state = customer.getStateCode();
        if (change.state() != null && !change.state().isBlank()) {
            state = states.requireCode(change.state());
        }
        customer.moveTo(state, change.city() != null ? change.city().trim() : customer.getCity(),
                change.address() != null ? change.address().trim() : customer.getAddress());
        if (change.fullName() != null) {
            customer.rename(change.fullName().trim());
        }
        return customer;
    }

    /** Staff check that a customer exists before acting on their behalf (404 otherwise); the read is audited. */
    public CustomerSummary requireForStaff(Actor caller, long customerId) {
        return summarise(forStaff(caller, customerId));
    }

    /** A customer's profile for staff; audited. */
    public Customer forStaff(Actor caller, long customerId) {
        caller.require(Permission.READ_ALL_CUSTOMER_DATA);
        Customer customer = customers.find(customerId).orElseThrow(() -> ProblemException.notFound(
                "no-such-customer", "There is no customer " + customerId + "."));
        audit.record(caller, Action.CUSTOMER_DATA_READ, Outcome.SUCCESS, "customer", customerId, "profile");
        return customer;
    }

    /** Staff search by name, e-mail or phone; audited with the search text. */
    public List<Customer> search(Actor caller, String text, int offset, int limit) {
        caller.require(Permission.READ_ALL_CUSTOMER_DATA);
        List<Customer> found = customers.search(text, offset, limit);
        audit.record(caller, Action.CUSTOMER_DATA_READ, Outcome.SUCCESS, "customer", null, "search '" + text
                + "' returned " + found.stream().map(customer -> customer.getId().toString()).toList());
        return found;
    }
}
