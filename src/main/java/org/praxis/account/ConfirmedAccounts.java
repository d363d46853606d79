package org.praxis.account;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts whose e-mail is known to be right without a confirmation mail: the first staff
 * account, and the demo data's people.
 */
@Service
public class ConfirmedAccounts {

    private final SignUp signUp;

    public ConfirmedAccounts(SignUp signUp) {
        this.signUp = signUp;
    }

    /** Creates the account; its id. */
    @Transactional
    public long create(SignUpCommand command, Locale locale) {
        return signUp.registerConfirmed(command, locale).getId();
    }
}
