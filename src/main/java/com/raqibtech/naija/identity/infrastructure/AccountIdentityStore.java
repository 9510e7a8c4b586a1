package com.raqibtech.naija.identity.infrastructure;

import com.raqibtech.naija.identity.application.Logins;
import com.raqibtech.naija.identity.application.PasswordHasher;
import com.raqibtech.naija.shared.access.Role;
import com.raqibtech.naija.identity.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * Users and their groups from the database: the caller signs in with an e-mail address or, for customers, a
 * phone number; the password is checked against its PBKDF2 hash; disabled accounts are refused. Groups are the
 * granted roles with the roles they include (see {@link Role#groupsFor}). Another store (LDAP, say) can sit
 * beside this one: Jakarta Security asks every store, and group names become roles of the same name.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Logins logins;

    @Inject
    PasswordHasher passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> account = logins.account(login.getCaller());
        if (account.isEmpty()) {
            passwords.verifyDecoy(login.getPasswordAsString());
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount user = account.get();
        if (!passwords.verify(login.getPasswordAsString(), user.getPasswordHash()) || !user.isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.getUsername(), Role.groupsFor(user.getRoles()));
    }
}
