package org.praxis.membership.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.praxis.policy.Role;

/** One person's membership of one community, with their role. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Instant joinedAt;
    private Instant postingSuspendedUntil;

    protected Membership() {
    }

    public Membership(long communityId, long accountId, Role role, Instant now) {
        this.communityId = communityId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = now;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    /** Stops the member posting until then; null lifts a suspension. */
    public void suspendPostingUntil(Instant until) {
        this.postingSuspendedUntil = until;
    }

    public boolean isPostingSuspendedAt(Instant now) {
        return postingSuspendedUntil != null && postingSuspendedUntil.isAfter(now);
    }

    public Instant getPostingSuspendedUntil() { return postingSuspendedUntil; }
    public Long getCommunityId() { return communityId; }
    public Long getAccountId() { return accountId; }
    public Role getRole() { return role; }
    public Instant getJoinedAt() { return joinedAt; }
}
