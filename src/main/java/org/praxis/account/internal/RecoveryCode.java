package org.praxis.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use recovery code for two-factor sign-in; only the SHA-256 of the code is stored. */
@Entity
@Table(name = "account_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    public Long getId() { return id; }
    public Instant getUsedAt() { return usedAt; }
}
