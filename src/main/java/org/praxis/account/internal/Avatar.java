package org.praxis.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's picture, already cropped and re-encoded as a small PNG. */
@Entity
@Table(name = "account_avatar")
public class Avatar {

    @Id
    private Long accountId;
    private byte[] content;
    private Instant updatedAt;

    protected Avatar() {
    }

    public Avatar(Long accountId, byte[] content, Instant now) {
        this.accountId = accountId;
        this.content = content;
        this.updatedAt = now;
    }

    public void replace(byte[] content, Instant now) {
        this.content = content;
        this.updatedAt = now;
    }

    public Long getAccountId() { return accountId; }
    public byte[] getContent() { return content; }
    public Instant getUpdatedAt() { return updatedAt; }
}
