package org.praxis.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.membership.CommunityMembership;
import org.praxis.notification.internal.ContentChecks;
import org.praxis.notification.internal.ContentChecks.StoredRef;
import org.praxis.notification.internal.NotificationStore;
import org.praxis.notification.internal.NotificationTexts;
import org.praxis.notification.internal.StoredNotification;
import org.praxis.policy.Actor;
import org.praxis.shared.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell and the notifications page: a member's notifications, each checked again against the
 * access rules when it is shown (what they may no longer read is left out), marked read one by
 * one or all at once.
 */
@Service
public class NotificationCenter {

    public static final int PAGE_SIZE = 30;

    private final NotificationStore store;
    private final ContentChecks checks;
    private final NotificationTexts texts;
    private final MemberDirectory directory;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final LiveUpdates live;
    private final Clock clock;

    NotificationCenter(LiveUpdates live, NotificationStore store, ContentChecks checks, NotificationTexts texts, MemberDirectory directory,
                       CommunityCatalog catalog, CommunityMembership membership, Clock clock) {
        this.membership = membership;
        this.live = live;
        this.store = store;
        this.checks = checks;
        this.texts = texts;
        this.directory = directory;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unreadCount(Actor actor) {
        return actor.signedIn() ? store.countUnread(actor.accountId()) : 0;
    }

    /** Newest first, older than {@code before} when given, from one community when given. */
    @Transactional(readOnly = true)
    public NotificationPage page(Actor actor, Long communityId, Long before, Locale locale) {
        long me = requireSignedIn(actor);
        List<StoredNotification> shown = new ArrayList<>();
        Long cursor = before;
        boolean more = true;
        // Rows the reader may no longer read are skipped; read a little further so a page stays full.
        for (int round = 0; round < 5 && shown.size() < PAGE_SIZE && more; round++) {
            List<StoredNotification> batch = store.newest(me, communityId, cursor, PAGE_SIZE + 1);
            more = batch.size() > PAGE_SIZE;
            List<StoredNotification> candidates = more ? batch.subList(0, PAGE_SIZE) : batch;
            if (candidates.isEmpty()) {
                break;
            }
            cursor = candidates.get(candidates.size() - 1).id();
            Set<Long> readable = checks.readable(actor, candidates.stream()
                    .map(n -> new StoredRef(n.id(), n.subjectType(), n.subjectId(), n.communityId())).toList());
            candidates.stream().filter(n -> readable.contains(n.id())).forEach(shown::add);
        }
        if (shown.size() > PAGE_SIZE) {
            shown = shown.subList(0, PAGE_SIZE);
            more = true;
        }
        // Shown items passed the check, so their communities may be named; the filter offers the
        // communities the reader belongs to that have told them something.
        Set<Long> communityIds = new HashSet<>(store.communityIds(me));
        communityIds.retainAll(membership.communityIdsOf(actor));
        Set<Long> actorIds = new HashSet<>();
        shown.forEach(n -> {
            if (n.actorId() != null) {
                actorIds.add(n.actorId());
            }
            if (n.communityId() != null) {
                communityIds.add(n.communityId());
            }
        });
        Map<Long, CommunityRef> communities = catalog.refs(communityIds);
        Map<Long, MemberName> names = directory.names(actorIds);
        List<NotificationView> views = new ArrayList<>();
        for (StoredNotification n : shown) {
            CommunityRef c = n.communityId() == null ? null : communities.get(n.communityId());
            MemberName who = n.actorId() == null ? null : names.get(n.actorId());
            views.add(new NotificationView(n.id(), n.kind(),
                    texts.sentence(n.kind(), n.variant(), who == null ? null : who.displayName(), c == null ? null : c.name(),
                            n.title(), n.detail(), locale),
                    n.link(), n.communityId(), c == null ? null : c.name(), n.createdAt(), n.readAt() == null));
        }
        Set<Long> mine = membership.communityIdsOf(actor);
        List<CommunityRef> filter = communities.values().stream().filter(c -> mine.contains(c.id()))
                .sorted(Comparator.comparing(CommunityRef::name)).toList();
        Long olderThan = more && !shown.isEmpty() ? shown.get(shown.size() - 1).id() : null;
        return new NotificationPage(views, filter, store.countUnread(me), olderThan);
    }

    /**
     * Marks one of the actor's notifications read and returns it, or null when it is not theirs
     * or tells about something they may no longer read.
     */
    @Transactional
    public NotificationView open(Actor actor, long id) {
        long me = requireSignedIn(actor);
        StoredNotification n = store.find(me, id).orElse(null);
        if (n == null || checks.readable(actor, List.of(new StoredRef(n.id(), n.subjectType(), n.subjectId(), n.communityId()))).isEmpty()) {
            return null;
        }
        if (store.markRead(me, List.of(id), clock.instant()) > 0) {
            live.toAccount(me, "notifications");
        }
        return new NotificationView(n.id(), n.kind(), null, n.link(), n.communityId(), null, n.createdAt(), false);
    }

    @Transactional
    public void markRead(Actor actor, long id) {
        long me = requireSignedIn(actor);
        if (store.markRead(me, List.of(id), clock.instant()) > 0) {
            // Other open tabs of the same member update their bell too.
            live.toAccount(me, "notifications");
        }
    }

    @Transactional
    public void markAllRead(Actor actor, Long communityId) {
        long me = requireSignedIn(actor);
        if (store.markAllRead(me, communityId, clock.instant()) > 0) {
            live.toAccount(me, "notifications");
        }
    }

    private static long requireSignedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("notifications");
        }
        return actor.accountId();
    }
}
