package org.praxis.account.security;

import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account behind the e-mail typed on the sign-in form. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmailKey(Account.keyOf(email))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new PraxisPrincipal(account.getId(), account.isStaff(), account.getEmailVerifiedAt() != null,
                account.getSuspendedAt() != null, account.getPasswordHash());
    }
}
