package org.praxis.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link we e-mailed (or printed on the console): only the SHA-256 of its secret is stored, it
 * expires, and it works once.
 */
@Entity
@Table(name = "one_time_token")
public class OneTimeToken {

    /** What a token lets its holder do. */
    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, STAFF_SETUP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected OneTimeToken() {
    }

    public OneTimeToken(Long accountId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Long getAccountId() { return accountId; }
    public Purpose getPurpose() { return purpose; }
}
