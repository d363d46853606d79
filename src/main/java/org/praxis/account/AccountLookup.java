package org.praxis.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * How to reach each of some accounts, in one query. Accounts that no longer exist are left
     * out; suspended and unconfirmed ones are there with {@code active} false, so a sender can
     * tell "do not write" from "unknown".
     */
    @Transactional(readOnly = true)
    public Map<Long, Contact> contacts(Collection<Long> ids) {
        Map<Long, Contact> contacts = new HashMap<>();
        if (ids.isEmpty()) {
            return contacts;
        }
        List<Long> all = List.copyOf(Set.copyOf(ids));
        List<Accounts.ContactRow> rows = new java.util.ArrayList<>();
        // In slices: one bind parameter per id, and drivers limit how many a statement takes.
        for (int from = 0; from < all.size(); from += 1000) {
            rows.addAll(accounts.contactRows(Set.copyOf(all.subList(from, Math.min(from + 1000, all.size())))));
        }
        for (Accounts.ContactRow row : rows) {
            String language = Languages.isInterfaceLanguage(row.getLanguage()) ? row.getLanguage()
                    : Languages.INTERFACE.get(0);
            contacts.put(row.getId(), new Contact(row.getId(), row.getEmail(), language, row.getDisplayName(),
                    row.getVerifiedAt() != null && row.getSuspendedAt() == null));
        }
        return contacts;
    }

    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(long accountId) {
        return accounts.findById(accountId).filter(a -> !a.isDeleted()).map(Account::getDisplayName);
    }
}
