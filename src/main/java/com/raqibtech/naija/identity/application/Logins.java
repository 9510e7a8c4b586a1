package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.shared.access.CustomerAccounts;
import com.raqibtech.naija.identity.domain.UserAccount;
import com.raqibtech.naija.identity.domain.UserAccountRepository;
import com.raqibtech.naija.shared.phone.NigerianPhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/** What people type to sign in: an e-mail address, or a customer's phone number in any common writing. */
@ApplicationScoped
public class Logins {

    public static final int MAX_LENGTH = 254;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CustomerAccounts customers;

    public Optional<UserAccount> account(String login) {
        if (login == null || login.isBlank() || login.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String typed = login.trim();
        if (typed.contains("@")) {
            return accounts.findByUsername(typed);
        }
        NigerianPhoneNumbers.Result phone = NigerianPhoneNumbers.read(typed);
        if (!phone.valid()) {
            return Optional.empty();
        }
        return customers.accountOfPhone(phone.e164()).flatMap(accounts::find);
    }

    /**
     * One name per account for counting failed sign-ins, however it was typed: the account's username when the
     * login names one, else the login in canonical form (E.164 for phone numbers, lower case otherwise).
     */
    public String throttleKey(String login) {
        Optional<UserAccount> account = account(login);
        if (account.isPresent()) {
            return account.get().getUsername().toLowerCase(Locale.ROOT);
        }
        String typed = login == null ? "" : login.trim();
        NigerianPhoneNumbers.Result phone = NigerianPhoneNumbers.read(typed);
        return phone.valid() ? phone.e164() : typed.toLowerCase(Locale.ROOT);
    }
}
