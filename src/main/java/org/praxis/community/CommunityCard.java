package org.praxis.community;

import org.praxis.policy.CommunityStatus;
import org.praxis.policy.Privacy;

/** A community in the directory, as one viewer sees it. */
public record CommunityCard(long id, String slug, String name, String shortDescription, Privacy privacy,
                            CommunityStatus status, long members, ViewerState viewerState) {
}
