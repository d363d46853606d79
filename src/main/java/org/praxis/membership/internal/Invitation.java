package org.praxis.membership.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An invitation to a community, to an account or to an e-mail address without one yet. The
 * e-mailed link carries a secret of which only the hash is stored.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    /** Where an invitation stands. */
    public enum Status { PENDING, ACCEPTED, DECLINED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    private Long accountId;
    private String email;
    private String tokenHash;
    private String message;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant decidedAt;

    protected Invitation() {
    }

    public Invitation(long communityId, Long accountId, String email, String message, long invitedBy, Instant now,
                      Instant expiresAt) {
        this.communityId = communityId;
        this.accountId = accountId;
        this.email = email;
        this.message = message;
        this.status = Status.PENDING;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isOpen(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }

    public void decide(Status outcome, Long accountId, Instant now) {
        this.status = outcome;
        if (accountId != null) {
            this.accountId = accountId;
        }
        this.decidedAt = now;
    }

    public void renew(String message, long invitedBy, Instant now, Instant expiresAt) {
        this.message = message;
        this.invitedBy = invitedBy;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.decidedAt = null;
        // The old link (perhaps leaked, revoked or declined) must not come back to life.
        this.tokenHash = null;
    }

    public void useToken(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    public Long getId() { return id; }
    public Long getCommunityId() { return communityId; }
    public Long getAccountId() { return accountId; }
    public String getEmail() { return email; }
    public String getMessage() { return message; }
    public Status getStatus() { return status; }
    public Long getInvitedBy() { return invitedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
