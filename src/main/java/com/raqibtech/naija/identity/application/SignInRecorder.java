package com.raqibtech.naija.identity.application;

import com.raqibtech.naija.identity.application.AuditLog.Action;
import com.raqibtech.naija.identity.application.AuditLog.Outcome;
import com.raqibtech.naija.identity.domain.UserAccount;
import com.raqibtech.naija.identity.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The short transaction after a right password: the account's last sign-in and the audit entry, together. */
@ApplicationScoped
class SignInRecorder {

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Optional<UserAccount> succeeded(String username, String clientAddress) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        account.ifPresent(user -> accounts.recordLogin(user.getId(), clock.instant()));
        audit.record(username, clientAddress, Action.LOGIN, Outcome.SUCCESS, "user", username, null);
        return account;
    }
}
