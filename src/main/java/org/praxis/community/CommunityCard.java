package org.praxis.community;

import java.util.List;

import org.praxis.policy.CommunityStatus;
import org.praxis.policy.Privacy;

/**
 * A community in the directory, as one viewer sees it. {@code logoUrl} is null when there is no
 * logo; {@code languages} are ISO 639-1 codes.
 */
public record CommunityCard(long id, String slug, String name, String shortDescription, Privacy privacy,
                            CommunityStatus status, long members, ViewerState viewerState, List<String> languages,
                            String logoUrl) {
}
