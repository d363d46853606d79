package org.praxis.membership.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person excluded from a community until unbanned. */
@Entity
@Table(name = "community_ban")
@IdClass(Ban.Key.class)
public class Ban {

    /** Community and account. */
    public static class Key implements Serializable {
        private Long communityId;
        private Long accountId;

        public Key() {
        }

        public Key(Long communityId, Long accountId) {
            this.communityId = communityId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(communityId, k.communityId)
                    && java.util.Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(communityId, accountId);
        }
    }

    @Id
    private Long communityId;
    @Id
    private Long accountId;
    private String reason;
    private Long bannedBy;
    private Instant createdAt;

    protected Ban() {
    }

    public Ban(long communityId, long accountId, String reason, long bannedBy, Instant now) {
        this.communityId = communityId;
        this.accountId = accountId;
        this.reason = reason;
        this.bannedBy = bannedBy;
        this.createdAt = now;
    }

    public Long getCommunityId() { return communityId; }
    public Long getAccountId() { return accountId; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
}
