package org.praxis.account.internal;

import java.time.Instant;
import java.util.List;

import org.praxis.account.PersonalDataPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's own share of an export: the profile, the names of API tokens and whether
 * two-step sign-in is on. Secrets (password hash, token secrets, the TOTP key) never leave.
 */
@Component
class AccountData implements PersonalDataPart {

    /** The account and profile as the member entered them. */
    public record Profile(String email, String displayName, String realName, String institution, String country,
                          List<String> languages, List<String> interests, String bio, String language,
                          Instant createdAt, boolean twoStepSignIn, List<Token> apiTokens) {
    }

    /** An API token, by name only. */
    public record Token(String name, Instant createdAt, Instant lastUsedAt) {
    }

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final TwoFactorSecrets twoFactor;

    AccountData(Accounts accounts, AccessTokens tokens, TwoFactorSecrets twoFactor) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.twoFactor = twoFactor;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long accountId) {
        Account a = accounts.findById(accountId).orElseThrow();
        List<Token> names = tokens.findByAccountIdAndRevokedAtIsNullOrderByCreatedAtDesc(accountId).stream()
                .map(t -> new Token(t.getName(), t.getCreatedAt(), t.getLastUsedAt())).toList();
        boolean twoStep = twoFactor.findById(accountId).map(TwoFactorSecret::isEnabled).orElse(false);
        return new Profile(a.getEmail(), a.getDisplayName(), a.getRealName(),
                a.getInstitution() == null ? null : a.getInstitution().getName(), a.getCountry(),
                List.copyOf(a.getLanguages()), List.copyOf(a.getInterests()), a.getBio(), a.getPreferredLanguage(),
                a.getCreatedAt(), twoStep, names);
    }
}
