package org.praxis.discussion;

import java.time.Instant;

/** Domain events of discussions; activity, notifications and counters react to them after commit. */
public final class DiscussionEvents {

    private DiscussionEvents() {
    }

    /** A discussion was started or an announcement posted. */
    public record DiscussionStarted(long discussionId, long communityId, long authorId, DiscussionKind kind,
                                    Instant at) {
    }

    /** A comment was posted; {@code replyToAuthorId} is the author of the comment it answers, if any. */
    public record CommentPosted(long commentId, long discussionId, long communityId, long authorId,
                                Long discussionAuthorId, Long replyToAuthorId, Instant at) {
    }

    /**
     * A member was mentioned in a discussion's opening post ({@code commentId} null) or in a
     * comment. Whoever tells them checks again that they may read it.
     */
    public record Mentioned(long accountId, long discussionId, Long commentId, long communityId, long byId, Instant at) {
    }

    /**
     * A moderator removed someone's discussion ({@code commentId} null) or comment, with a reason
     * the author is told.
     */
    public record ContentRemoved(long discussionId, Long commentId, long communityId, long authorId, long removedBy,
                                 String reason, Instant at) {
    }

    /** A moderator locked a discussion (only moderators comment then) or opened it again. */
    public record DiscussionLocked(long discussionId, long communityId, long authorId, long byId, boolean locked,
                                   String reason, Instant at) {
    }

    /**
     * A post was held for a moderator ({@code reason} PERSONAL_DATA, FIRST_POST or ALL_POSTS); it is
     * published only when approved.
     */
    public record PostHeld(long heldId, long communityId, long authorId, String reason, Instant at) {
    }

    /**
     * A moderator approved a held post ({@code publishedId} the discussion it became, or its
     * comment), or rejected it with a reason its author is told.
     */
    public record HeldPostDecided(long heldId, long communityId, long authorId, long byId, boolean approved,
                                  Long discussionId, Long commentId, String title, String reason, Instant at) {
    }

    /**
     * A moderator moved a discussion, with its comments, to another community they moderate.
     * Published inside the moving transaction (the moderation log is written with it); streams
     * and news follow after commit.
     */
    public record DiscussionMoved(long discussionId, long fromCommunityId, long toCommunityId, long authorId, long byId,
                                  String title, String reason, Instant at) {
    }
}
