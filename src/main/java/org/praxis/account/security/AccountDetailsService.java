package org.praxis.account.security;

import java.util.Optional;

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
        return accounts.findByEmailKey(Account.keyOf(email)).filter(a -> !a.isDeleted()).map(AccountDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    /** The same, by account id, for the second step of a sign-in. */
    @Transactional(readOnly = true)
    public Optional<PraxisPrincipal> loadById(long accountId) {
        return accounts.findById(accountId).filter(a -> !a.isDeleted()).map(AccountDetailsService::principal);
    }

    private static PraxisPrincipal principal(Account account) {
        return new PraxisPrincipal(account.getId(), account.isStaff(), account.getEmailVerifiedAt() != null,
                account.getSuspendedAt() != null, account.getPasswordHash());
    }
}
