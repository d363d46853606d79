package org.praxis.membership;

import org.praxis.account.MemberCard;

/** A platform user an inviter may pick, and whether they are already a member or banned (then not invitable). */
public record InviteCandidate(MemberCard person, boolean member, boolean banned) {

    public boolean invitable() {
        return !member && !banned;
    }
}
