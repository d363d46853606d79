package org.praxis.notification.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.praxis.calendar.CalendarDomainEvents.EventPublished;
import org.praxis.calendar.CalendarDomainEvents.ReminderDue;
import org.praxis.calendar.EventBriefs;
import org.praxis.calendar.EventRegistrations;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityEvents.CommunityGoingQuiet;
import org.praxis.community.CommunityEvents.CommunityStatusChanged;
import org.praxis.policy.CommunityStatus;
import org.praxis.community.CommunityRef;
import org.praxis.discussion.DiscussionBoard;
import org.praxis.discussion.DiscussionEvents.CommentPosted;
import org.praxis.discussion.DiscussionEvents.ContentRemoved;
import org.praxis.discussion.DiscussionEvents.DiscussionStarted;
import org.praxis.discussion.DiscussionEvents.Mentioned;
import org.praxis.discussion.DiscussionKind;
import org.praxis.discussion.Headline;
import org.praxis.library.FileEvents.FilesUploaded;
import org.praxis.library.LibraryItem;
import org.praxis.library.LibraryItems;
import org.praxis.library.PageEvents.PageDeleted;
import org.praxis.library.PageEvents.PageSaved;
import org.praxis.membership.CommunityMembership;
import org.praxis.membership.MembershipEvents.InvitationSent;
import org.praxis.membership.MembershipEvents.JoinRequestDecided;
import org.praxis.membership.MembershipEvents.JoinRequested;
import org.praxis.membership.MembershipEvents.MemberLeft;
import org.praxis.notification.NotificationKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what, for each domain event, from the persistent event registry: a crash between
 * the commit and the notification only delays it (the event is handled again on restart, and
 * the dedupe keys make the second handling add nothing). Recipients are checked against the
 * access rules as they are when the event is handled.
 */
@Component
class NotificationTriggers {

    private final Notifier notifier;
    private final NotificationStore store;
    private final ContentChecks checks;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DiscussionBoard discussions;
    private final LibraryItems library;
    private final EventBriefs events;
    private final EventRegistrations registrations;
    private final Clock clock;

    NotificationTriggers(Notifier notifier, NotificationStore store, ContentChecks checks, CommunityCatalog catalog,
                         CommunityMembership membership, DiscussionBoard discussions, LibraryItems library, EventBriefs events,
                         EventRegistrations registrations, Clock clock) {
        this.library = library;
        this.events = events;
        this.registrations = registrations;
        this.notifier = notifier;
        this.store = store;
        this.checks = checks;
        this.catalog = catalog;
        this.membership = membership;
        this.discussions = discussions;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DiscussionStarted event) {
        Headline d = discussions.headlines(List.of(event.discussionId()), List.of()).discussions().get(event.discussionId());
        Optional<CommunityRef> community = community(event.communityId());
        if (d == null || community.isEmpty()) {
            return;
        }
        NotificationKind kind = event.kind() == DiscussionKind.ANNOUNCEMENT ? NotificationKind.ANNOUNCEMENT : NotificationKind.DISCUSSION;
        notifier.tell(new Occurrence(kind, null, event.communityId(), "DISCUSSION", event.discussionId(), event.authorId(),
                        d.title(), null, discussionPath(community.get(), event.discussionId()),
                        "discussion:" + event.discussionId(), event.at()),
                checks.membersWhoMayRead("DISCUSSION", event.discussionId(), event.communityId(),
                        membership.memberIds(event.communityId())));
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        Headline c = discussions.headlines(List.of(event.discussionId()), List.of(event.commentId())).comments().get(event.commentId());
        Optional<CommunityRef> community = community(event.communityId());
        if (c == null || community.isEmpty()) {
            return;
        }
        Set<Long> candidates = new java.util.LinkedHashSet<>();
        if (event.replyToAuthorId() != null) {
            candidates.add(event.replyToAuthorId());
        }
        if (event.discussionAuthorId() != null) {
            candidates.add(event.discussionAuthorId());
        }
        // One key per comment for replies and mentions alike: someone both answered and named is told once.
        notifier.tell(new Occurrence(NotificationKind.REPLY, null, event.communityId(), "COMMENT", event.commentId(),
                        event.authorId(), c.title(), null, commentPath(community.get(), c), "comment:" + event.commentId(),
                        event.at()),
                checks.whoMayRead("COMMENT", event.commentId(), event.communityId(), candidates));
    }

    @ApplicationModuleListener
    void on(Mentioned event) {
        Optional<CommunityRef> community = community(event.communityId());
        if (community.isEmpty()) {
            return;
        }
        if (event.commentId() == null) {
            Headline d = discussions.headlines(List.of(event.discussionId()), List.of()).discussions().get(event.discussionId());
            if (d != null) {
                // Its own key: a follower mentioned in a new discussion is told of the mention at once,
                // besides the news of the discussion; someone named only when the text is edited is told too.
                notifier.tell(new Occurrence(NotificationKind.MENTION, null, event.communityId(), "DISCUSSION",
                                event.discussionId(), event.byId(), d.title(), null, discussionPath(community.get(), event.discussionId()),
                                "mention:discussion:" + event.discussionId(), event.at()),
                        checks.whoMayRead("DISCUSSION", event.discussionId(), event.communityId(), List.of(event.accountId())));
            }
            return;
        }
        Headline c = discussions.headlines(List.of(event.discussionId()), List.of(event.commentId())).comments().get(event.commentId());
        if (c != null) {
            notifier.tell(new Occurrence(NotificationKind.MENTION, null, event.communityId(), "COMMENT", event.commentId(),
                            event.byId(), c.title(), null, commentPath(community.get(), c), "comment:" + event.commentId(), event.at()),
                    checks.whoMayRead("COMMENT", event.commentId(), event.communityId(), List.of(event.accountId())));
        }
    }

    @ApplicationModuleListener
    void on(ContentRemoved event) {
        boolean comment = event.commentId() != null;
        String type = comment ? "COMMENT" : "DISCUSSION";
        long id = comment ? event.commentId() : event.discussionId();
        store.deleteAbout(type, id, NotificationKind.CONTENT_REMOVED);
        if (event.removedBy() == event.authorId()) {
            return;
        }
        Optional<CommunityRef> community = community(event.communityId());
        if (community.isEmpty()) {
            return;
        }
        // The author is told which content and why; the link leads to the community, not to the removed text.
        Headline d = comment ? discussions.headlines(List.of(event.discussionId()), List.of()).discussions().get(event.discussionId()) : null;
        notifier.tell(new Occurrence(NotificationKind.CONTENT_REMOVED, comment ? "COMMENT" : "DISCUSSION", event.communityId(),
                        "COMMUNITY", null, null, d == null ? null : d.title(), event.reason(), "/c/" + community.get().slug(),
                        "removed:" + type + ":" + id, event.at()),
                checks.whoMayRead("COMMUNITY", null, event.communityId(), List.of(event.authorId())));
    }

    @ApplicationModuleListener
    void on(JoinRequested event) {
        community(event.communityId()).ifPresent(c -> notifier.tell(
                new Occurrence(NotificationKind.JOIN_REQUEST, null, event.communityId(), "JOIN_REQUEST", event.accountId(),
                        event.accountId(), null, null, "/c/" + c.slug() + "/manage/requests",
                        "join-request:" + event.communityId() + ":" + event.accountId() + ":" + event.at().toEpochMilli(), event.at()),
                membership.moderatorIds(event.communityId())));
    }

    @ApplicationModuleListener
    void on(JoinRequestDecided event) {
        // The request is handled: moderators need no reminder of it any more.
        store.deleteAboutIn(event.communityId(), "JOIN_REQUEST", event.accountId());
        community(event.communityId()).ifPresent(c -> notifier.tell(
                new Occurrence(NotificationKind.REQUEST_DECIDED, event.approved() ? "APPROVED" : "DECLINED", event.communityId(),
                        "REQUEST", null, null, null, null, "/c/" + c.slug(),
                        "request-decided:" + event.communityId() + ":" + event.at().toEpochMilli(), event.at()),
                checks.whoMayRead("REQUEST", null, event.communityId(), List.of(event.accountId()))));
    }

    @ApplicationModuleListener
    void on(InvitationSent event) {
        if (event.inviteeId() == null) {
            return;
        }
        notifier.tell(new Occurrence(NotificationKind.INVITATION, null, event.communityId(), "INVITATION", null,
                        event.inviterId(), null, null, "/c/" + event.communitySlug(), "invitation:" + event.invitationId(),
                        clock.instant()),
                checks.whoMayRead("INVITATION", null, event.communityId(), List.of(event.inviteeId())));
    }

    @ApplicationModuleListener
    void on(FilesUploaded event) {
        Map<Long, LibraryItem> files = library.files(event.fileIds());
        Optional<LibraryItem> first = event.fileIds().stream().map(files::get).filter(java.util.Objects::nonNull).findFirst();
        if (first.isEmpty()) {
            return;
        }
        String titles = event.fileIds().stream().map(files::get).filter(java.util.Objects::nonNull).map(LibraryItem::title)
                .limit(3).collect(java.util.stream.Collectors.joining(", "));
        if (files.size() > 3) {
            titles += ", \u2026";
        }
        // One notification per upload: someone who shares ten reports at once rings the bell once.
        notifier.tell(new Occurrence(NotificationKind.NEW_RESOURCE, "FILE", event.communityId(), "FILE", first.get().id(),
                        event.uploaderId(), titles, null, first.get().path(), "files:" + first.get().id(), event.at()),
                checks.membersWhoMayRead("FILE", first.get().id(), event.communityId(), membership.memberIds(event.communityId())));
    }

    @ApplicationModuleListener
    void on(PageSaved event) {
        if (!event.created()) {
            return;
        }
        LibraryItem page = library.pages(List.of(event.pageId())).get(event.pageId());
        if (page != null) {
            notifier.tell(new Occurrence(NotificationKind.NEW_RESOURCE, "PAGE", event.communityId(), "PAGE", page.id(),
                            event.editorId(), page.title(), null, page.path(), "page:" + page.id(), event.at()),
                    checks.membersWhoMayRead("PAGE", page.id(), event.communityId(), membership.memberIds(event.communityId())));
        }
    }

    @ApplicationModuleListener
    void on(EventPublished event) {
        events.brief(event.eventId()).ifPresent(e -> notifier.tell(
                new Occurrence(NotificationKind.EVENT_PUBLISHED, null, event.communityId(), "EVENT", e.id(), event.byId(),
                        e.title(), null, e.path(), "event:" + e.id(), event.at()),
                checks.membersWhoMayRead("EVENT", e.id(), event.communityId(), membership.memberIds(event.communityId()))));
    }

    @ApplicationModuleListener
    void on(ReminderDue event) {
        events.brief(event.eventId()).ifPresent(e -> {
            List<Long> registrants = registrations.registrantIds(event.eventId());
            if (registrants.isEmpty() || !event.startsAt().isAfter(clock.instant())) {
                // Handled late (a restart, a backlog): "in one hour" after the start would be wrong.
                return;
            }
            // The start in the organiser's zone, named, as on the event page.
            String when = WHEN.format(event.startsAt().atZone(ZoneId.of(e.timeZone()))) + " (" + e.timeZone() + ")";
            notifier.tell(new Occurrence(NotificationKind.EVENT_REMINDER, event.window(), event.communityId(), "EVENT", e.id(),
                            null, e.title(), when, e.path(),
                            "reminder:" + e.id() + ":" + event.window() + ":" + event.startsAt().toEpochMilli(), clock.instant()),
                    checks.whoMayRead("EVENT", e.id(), event.communityId(), registrants));
        });
    }

    @ApplicationModuleListener
    void on(CommunityStatusChanged event) {
        if (event.status() != CommunityStatus.ARCHIVED && event.status() != CommunityStatus.ACTIVE) {
            return;
        }
        notifier.tell(new Occurrence(NotificationKind.COMMUNITY_STATUS, event.status().name(), event.communityId(), "COMMUNITY",
                        null, event.byId(), null, null, "/c/" + event.slug(),
                        "status:" + event.communityId() + ":" + event.at().toEpochMilli(), event.at()),
                membership.memberIds(event.communityId()));
    }

    @ApplicationModuleListener
    void on(CommunityGoingQuiet event) {
        String deadline = DateTimeFormatter.ISO_LOCAL_DATE.format(event.inactiveFrom().atZone(ZoneOffset.UTC));
        notifier.tell(new Occurrence(NotificationKind.INACTIVITY, null, event.communityId(), "COMMUNITY", null, null, null,
                        deadline, "/c/" + event.slug(), "quiet:" + event.communityId() + ":" + event.lastActivityAt().toEpochMilli(),
                        clock.instant()),
                membership.adminIds(event.communityId()));
    }

    @ApplicationModuleListener
    void on(PageDeleted event) {
        store.deleteAbout("PAGE", event.pageId(), NotificationKind.CONTENT_REMOVED);
    }

    @ApplicationModuleListener
    void on(MemberLeft event) {
        // What they were told about a community they no longer belong to is no longer theirs to read.
        store.deleteForRecipientIn(event.accountId(), event.communityId());
    }

    private Optional<CommunityRef> community(long id) {
        Map<Long, CommunityRef> refs = catalog.refs(List.of(id));
        return Optional.ofNullable(refs.get(id));
    }

    static String discussionPath(CommunityRef community, long discussionId) {
        return "/c/" + community.slug() + "/discussions/" + discussionId;
    }

    private static String commentPath(CommunityRef community, Headline c) {
        return discussionPath(community, c.discussionId()) + "?after=" + (c.threadId() - 1) + "#comment-" + c.commentId();
    }
}
