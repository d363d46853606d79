package org.praxis.membership;

import java.util.List;

/** What an invitation batch did: how many were invited, and which addresses were skipped and why (kept in the session for the next page). */
public record InviteResult(int invited, List<String> alreadyMembers, List<String> banned, List<String> invalid)
        implements java.io.Serializable {
}
