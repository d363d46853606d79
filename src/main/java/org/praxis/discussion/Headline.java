package org.praxis.discussion;

/**
 * What a stream or feed says about a discussion, or about one of its comments (then
 * {@code commentId}, {@code threadId} and {@code excerpt} are set).
 */
public record Headline(long discussionId, long communityId, DiscussionKind kind, String title, boolean membersOnly,
                       Long commentId, Long threadId, String excerpt) {
}
