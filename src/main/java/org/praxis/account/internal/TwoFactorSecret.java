package org.praxis.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account's TOTP secret, encrypted as {@link TotpSecretEncryption} keeps it. It exists from
 * the start of the set-up; two-factor sign-in is on once the member confirmed it with a code.
 */
@Entity
@Table(name = "account_two_factor")
public class TwoFactorSecret {

    @Id
    private Long accountId;
    private String secret;
    private Instant enabledAt;
    private Long lastUsedStep;
    private Instant createdAt;

    protected TwoFactorSecret() {
    }

    public TwoFactorSecret(long accountId, String storedSecret, Instant now) {
        this.accountId = accountId;
        this.secret = storedSecret;
        this.createdAt = now;
    }

    public void enable(long confirmedStep, Instant now) {
        this.enabledAt = now;
        this.lastUsedStep = confirmedStep;
    }

    public boolean isEnabled() {
        return enabledAt != null;
    }

    public Long getAccountId() { return accountId; }
    public String getSecret() { return secret; }
    public Instant getEnabledAt() { return enabledAt; }
    public Long getLastUsedStep() { return lastUsedStep; }
}
