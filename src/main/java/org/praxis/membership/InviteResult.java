package org.praxis.membership;

import java.util.List;

/**
 * What an invitation batch did: how many were invited, and which addresses were skipped and why
 * (kept in the session for the next page). {@code outsideParent}: people a working group cannot
 * invite because they are not members of its parent community.
 */
public record InviteResult(int invited, List<String> alreadyMembers, List<String> banned, List<String> invalid,
                           List<String> outsideParent)
        implements java.io.Serializable {
}
