package org.praxis.policy;

/** The facts about a community that its rules depend on. */
public record CommunityFacts(long id, CommunityAccess access, CommunityStatus status) {
}
