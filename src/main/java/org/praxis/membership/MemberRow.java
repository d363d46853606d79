package org.praxis.membership;

import java.time.Instant;

import org.praxis.policy.Role;

/** A member of a community and their role. */
public record MemberRow(long accountId, Role role, Instant joinedAt) {
}
