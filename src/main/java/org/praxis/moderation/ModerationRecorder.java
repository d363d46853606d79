package org.praxis.moderation;

import org.praxis.discussion.DiscussionEvents.ContentRemoved;
import org.praxis.discussion.DiscussionEvents.DiscussionLocked;
import org.praxis.discussion.DiscussionEvents.DiscussionMoved;
import org.praxis.discussion.DiscussionEvents.HeldPostDecided;
import org.praxis.library.FileEvents.FileRemoved;
import org.praxis.membership.MembershipEvents.MemberSanctioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the moderation log what moderators do anywhere (in the report queue, on a thread, on
 * a file's page, in the members list). It listens synchronously, inside the transaction that
 * acts, so an action and its log entry are committed together or not at all. A removal also
 * closes the open reports about what was removed.
 */
@Component
class ModerationRecorder {

    private final ModerationLog log;
    private final Reports reports;

    ModerationRecorder(ModerationLog log, Reports reports) {
        this.log = log;
        this.reports = reports;
    }

    @EventListener
    void on(ContentRemoved e) {
        TargetType type = e.commentId() == null ? TargetType.DISCUSSION : TargetType.COMMENT;
        long id = e.commentId() == null ? e.discussionId() : e.commentId();
        log.append(e.communityId(), e.removedBy(), ModerationAction.CONTENT_REMOVED, type, id, e.authorId(), e.reason(),
                null, e.at());
        reports.resolve(type, id, e.communityId(), e.removedBy(), "REMOVE");
    }

    @EventListener
    void on(FileRemoved e) {
        log.append(e.communityId(), e.removedBy(), ModerationAction.CONTENT_REMOVED, TargetType.FILE, e.fileId(),
                e.uploaderId(), e.reason(), e.title(), e.at());
        reports.resolve(TargetType.FILE, e.fileId(), e.communityId(), e.removedBy(), "REMOVE");
    }

    @EventListener
    void on(HeldPostDecided e) {
        log.append(e.communityId(), e.byId(), e.approved() ? ModerationAction.POST_APPROVED : ModerationAction.POST_REJECTED,
                e.commentId() != null ? TargetType.COMMENT : e.discussionId() != null ? TargetType.DISCUSSION : null,
                e.commentId() != null ? e.commentId() : e.discussionId(), e.authorId(), e.reason(), e.title(), e.at());
    }

    /**
     * Written in both communities: each one's admins see what left or arrived. Neither names the
     * other, which may be hidden from them.
     */
    @EventListener
    void on(DiscussionMoved e) {
        log.append(e.fromCommunityId(), e.byId(), ModerationAction.DISCUSSION_MOVED, TargetType.DISCUSSION, e.discussionId(),
                e.authorId(), e.reason(), e.title(), e.at());
        log.append(e.toCommunityId(), e.byId(), ModerationAction.DISCUSSION_MOVED, TargetType.DISCUSSION, e.discussionId(),
                e.authorId(), e.reason(), e.title(), e.at());
        reports.resolve(TargetType.DISCUSSION, e.discussionId(), e.fromCommunityId(), e.byId(), "MOVE");
    }

    @EventListener
    void on(DiscussionLocked e) {
        log.append(e.communityId(), e.byId(), e.locked() ? ModerationAction.THREAD_LOCKED : ModerationAction.THREAD_UNLOCKED,
                TargetType.DISCUSSION, e.discussionId(), e.authorId(), e.reason(), null, e.at());
    }

    @EventListener
    void on(MemberSanctioned e) {
        ModerationAction action = switch (e.sanction()) {
            case REMOVED -> ModerationAction.MEMBER_REMOVED;
            case BANNED -> ModerationAction.MEMBER_BANNED;
            case UNBANNED -> ModerationAction.MEMBER_UNBANNED;
            case POSTING_SUSPENDED -> ModerationAction.POSTING_SUSPENDED;
            case POSTING_RESTORED -> ModerationAction.POSTING_RESTORED;
        };
        log.append(e.communityId(), e.byId(), action, TargetType.PROFILE, e.accountId(), e.accountId(), e.reason(),
                e.until() == null ? null : e.until().toString(), e.at());
    }
}
