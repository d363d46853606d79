package org.praxis.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facts about an account that other modules need to do their work (matching an invited
 * address, writing an e-mail in the person's language). Never shown to other members.
 */
@Service
public class AccountLookup {

    private final Accounts accounts;

    public AccountLookup(Accounts accounts) {
        this.accounts = accounts;
    }

    /** A confirmed, unsuspended account using this e-mail address. */
    @Transactional(readOnly = true)
    public Optional<Long> listedIdByEmail(String email) {
        return email == null ? Optional.empty()
                : accounts.findByEmailKey(Account.keyOf(email)).filter(Account::isListed).map(Account::getId);
    }

    /** The e-mail address, lower-cased, of an account. */
    @Transactional(readOnly = true)
    public Optional<String> emailKeyOf(long accountId) {
        return accounts.findById(accountId).map(a -> Account.keyOf(a.getEmail()));
    }

    /** The interface language the account uses, for e-mails ("en" or "fr"). */
    @Transactional(readOnly = true)
    public String languageOf(long accountId) {
        return accounts.findById(accountId).map(Account::getPreferredLanguage)
                .filter(Languages::isInterfaceLanguage).orElse(Languages.INTERFACE.get(0));
    }

    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName);
    }

    /** How to reach each of these accounts (unknown ids are left out), in one query. */
    @Transactional(readOnly = true)
    public Map<Long, Contact> contacts(Collection<Long> ids) {
        Map<Long, Contact> result = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Account a : accounts.findAllById(ids)) {
                String language = Languages.isInterfaceLanguage(a.getPreferredLanguage()) ? a.getPreferredLanguage()
                        : Languages.INTERFACE.get(0);
                result.put(a.getId(), new Contact(a.getId(), Account.keyOf(a.getEmail()), language, a.getDisplayName(),
                        a.isListed()));
            }
        }
        return result;
    }
}
