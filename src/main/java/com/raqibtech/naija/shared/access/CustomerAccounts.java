package com.raqibtech.naija.shared.access;

import java.util.Optional;

/**
 * How sign-in finds the customer behind an account and the account behind a customer's phone number. Identity asks
 * through this interface and the customers capability answers it, so identity (which every edge uses to know who
 * calls) does not depend on customers.
 */
public interface CustomerAccounts {

    /** The customer whose sign-in account this is. */
    Optional<Long> customerOfAccount(long accountId);

    /** The sign-in account of the customer with this phone number (E.164), if they have one. */
    Optional<Long> accountOfPhone(String e164);
}
