package org.praxis.notification.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.discussion.DiscussionEvents.DiscussionMoved;
import org.praxis.discussion.DiscussionEvents.HeldPostDecided;
import org.praxis.discussion.DiscussionEvents.PostHeld;
import org.praxis.library.FileEvents.FileRemoved;
import org.praxis.membership.CommunityMembership;
import org.praxis.membership.MembershipEvents.MemberSanctioned;
import org.praxis.moderation.ModerationEvents.MemberWarned;
import org.praxis.moderation.ModerationEvents.ReportFiled;
import org.praxis.notification.NotificationKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what about moderation: a member whose file was removed, who was warned or whose
 * posting was suspended (with the reason, without exposing the content to anyone else), and the
 * moderators and admins of a community when something in it is reported.
 */
@Component
class ModerationNotices {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Notifier notifier;
    private final NotificationStore store;
    private final NewsStore news;
    private final ContentChecks checks;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;

    ModerationNotices(Notifier notifier, NotificationStore store, NewsStore news, ContentChecks checks,
                      CommunityCatalog catalog, CommunityMembership membership) {
        this.news = news;
        this.notifier = notifier;
        this.store = store;
        this.checks = checks;
        this.catalog = catalog;
        this.membership = membership;
    }

    @ApplicationModuleListener
    void on(FileRemoved event) {
        store.deleteAbout("FILE", event.fileId(), NotificationKind.CONTENT_REMOVED);
        CommunityRef c = community(event.communityId());
        if (c != null) {
            notifier.tell(new Occurrence(NotificationKind.CONTENT_REMOVED, "FILE", event.communityId(), "COMMUNITY", null, null,
                            event.title(), event.reason(), "/c/" + c.slug(), "removed:FILE:" + event.fileId(), event.at()),
                    checks.whoMayRead("COMMUNITY", null, event.communityId(), List.of(event.uploaderId())));
        }
    }

    @ApplicationModuleListener
    void on(MemberWarned event) {
        CommunityRef c = community(event.communityId());
        if (c != null) {
            notifier.tell(new Occurrence(NotificationKind.MODERATION, "WARNED", event.communityId(), "COMMUNITY", null, null,
                            null, event.message(), "/c/" + c.slug(),
                            "warned:" + event.communityId() + ":" + event.accountId() + ":" + event.at().toEpochMilli(), event.at()),
                    checks.whoMayRead("COMMUNITY", null, event.communityId(), List.of(event.accountId())));
        }
    }

    @ApplicationModuleListener
    void on(MemberSanctioned event) {
        if (event.sanction() != MemberSanctioned.Sanction.POSTING_SUSPENDED) {
            return;
        }
        CommunityRef c = community(event.communityId());
        if (c != null) {
            notifier.tell(new Occurrence(NotificationKind.MODERATION, "SUSPENDED", event.communityId(), "COMMUNITY", null, null,
                            UNTIL.format(event.until()), event.reason(), "/c/" + c.slug(),
                            "suspended:" + event.communityId() + ":" + event.accountId() + ":" + event.at().toEpochMilli(),
                            event.at()),
                    checks.whoMayRead("COMMUNITY", null, event.communityId(), List.of(event.accountId())));
        }
    }

    /** A moved discussion's news goes with it: the old community's newsletter no longer offers it. */
    @ApplicationModuleListener
    void on(DiscussionMoved event) {
        news.move("DISCUSSION", event.discussionId(), event.toCommunityId());
    }

    /** A post waits for approval: the community's moderators are told. */
    @ApplicationModuleListener
    void on(PostHeld event) {
        CommunityRef c = community(event.communityId());
        if (c != null) {
            notifier.tell(new Occurrence(NotificationKind.REPORT, "HELD", event.communityId(), "COMMUNITY", null, null, null, null,
                            "/c/" + c.slug() + "/manage/reports", "held:" + event.heldId(), event.at()),
                    checks.whoMayRead("COMMUNITY", null, event.communityId(), membership.moderatorIds(event.communityId())));
        }
    }

    /** Its author learns whether a held post was published, or why not. */
    @ApplicationModuleListener
    void on(HeldPostDecided event) {
        CommunityRef c = community(event.communityId());
        if (c == null) {
            return;
        }
        String path = !event.approved() || event.discussionId() == null ? "/c/" + c.slug()
                : "/c/" + c.slug() + "/discussions/" + event.discussionId()
                + (event.commentId() == null ? "" : "#comment-" + event.commentId());
        notifier.tell(new Occurrence(NotificationKind.MODERATION, event.approved() ? "APPROVED" : "REJECTED",
                        event.communityId(), "COMMUNITY", null, null, event.title(), event.reason(), path,
                        "held-decided:" + event.heldId(), event.at()),
                checks.whoMayRead("COMMUNITY", null, event.communityId(), List.of(event.authorId())));
    }

    /** The moderators of the community are told; the reporter's name is not in the notification. */
    @ApplicationModuleListener
    void on(ReportFiled event) {
        if (event.communityId() == null) {
            return;
        }
        CommunityRef c = community(event.communityId());
        if (c != null) {
            notifier.tell(new Occurrence(NotificationKind.REPORT, event.targetType().name(), event.communityId(), "COMMUNITY",
                            null, null, null, null, "/c/" + c.slug() + "/manage/reports/" + event.reportId(),
                            "report:" + event.reportId(), event.at()),
                    checks.whoMayRead("COMMUNITY", null, event.communityId(), membership.moderatorIds(event.communityId())));
        }
    }

    private CommunityRef community(long id) {
        Map<Long, CommunityRef> refs = catalog.refs(List.of(id));
        return refs.get(id);
    }
}
