package org.praxis.discussion;

/**
 * A discussion ({@code commentId} null) or one of its comments as a report names it: where it
 * is, who wrote it, its title and first words, and whether it was removed. It carries no access
 * decision: the caller has checked who may read it.
 */
public record PostRef(long discussionId, Long commentId, long communityId, long authorId, String title,
                      String excerpt, boolean removed) {

    public String path(String communitySlug) {
        String thread = "/c/" + communitySlug + "/discussions/" + discussionId;
        return commentId == null ? thread : thread + "#comment-" + commentId;
    }
}
