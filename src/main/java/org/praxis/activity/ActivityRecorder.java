package org.praxis.activity;

import java.time.Clock;

import org.praxis.activity.internal.ActivityEntries;
import org.praxis.activity.internal.ActivityEntry;
import org.praxis.discussion.DiscussionEvents.CommentPosted;
import org.praxis.discussion.DiscussionEvents.DiscussionStarted;
import org.praxis.discussion.DiscussionKind;
import org.praxis.membership.MembershipEvents.MemberJoined;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes what happened into the streams, in the transaction of the change itself: a stream
 * line exists exactly when what it tells about was committed, and is there as soon as the
 * author's next page loads.
 */
@Component
class ActivityRecorder {

    private final ActivityEntries entries;
    private final Clock clock;

    ActivityRecorder(ActivityEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(DiscussionStarted event) {
        ActivityKind kind = event.kind() == DiscussionKind.ANNOUNCEMENT ? ActivityKind.ANNOUNCEMENT_POSTED
                : ActivityKind.DISCUSSION_STARTED;
        entries.save(new ActivityEntry(event.communityId(), kind, event.authorId(), event.discussionId(), null, event.at()));
    }

    @EventListener
    void on(CommentPosted event) {
        entries.save(new ActivityEntry(event.communityId(), ActivityKind.COMMENT_POSTED, event.authorId(),
                event.discussionId(), event.commentId(), event.at()));
    }

    /** In the moving transaction: the old community's stream never shows a discussion that left it. */
    @EventListener
    void on(org.praxis.discussion.DiscussionEvents.DiscussionMoved event) {
        entries.moveDiscussion(event.discussionId(), event.toCommunityId());
    }

    @EventListener
    void on(MemberJoined event) {
        entries.save(new ActivityEntry(event.communityId(), ActivityKind.MEMBER_JOINED, event.accountId(), null, null,
                clock.instant()));
    }
}
