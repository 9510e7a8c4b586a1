package com.raqibtech.naija.customers.application;

import com.raqibtech.naija.customers.domain.Customer;
import com.raqibtech.naija.customers.domain.CustomerRepository;
import com.raqibtech.naija.shared.access.CustomerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The customers' side of sign-in: which customer an account belongs to, which account a phone number signs in. */
@ApplicationScoped
public class CustomerAccountsDirectory implements CustomerAccounts {

    @Inject
    CustomerRepository customers;

    @Override
    public Optional<Long> customerOfAccount(long accountId) {
        return customers.findByUserAccount(accountId).map(Customer::getId);
    }

    @Override
    public Optional<Long> accountOfPhone(String e164) {
        return customers.findByPhone(e164).map(Customer::getUserAccountId);
    }
}
