package org.praxis.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.Actor;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.notification.internal.NotificationStore;
import org.praxis.notification.internal.PreferenceStore;
import org.praxis.notification.internal.PreferenceStore.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each kind of notification reaches each member by e-mail. The most specific choice wins: for
 * this kind in this community, for this community, for this kind everywhere, for everything,
 * and finally the kind's default.
 */
@Service
public class Preferences {

    private final PreferenceStore store;
    private final NotificationStore notifications;
    private final CommunityMembership membership;
    private final CommunityCatalog catalog;

    Preferences(PreferenceStore store, NotificationStore notifications, CommunityMembership membership, CommunityCatalog catalog) {
        this.notifications = notifications;
        this.store = store;
        this.membership = membership;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public PreferencesView view(Actor actor) {
        long me = requireSignedIn(actor);
        List<Row> rows = store.rowsOf(me);
        Set<Long> unfollowed = store.unfollowedBy(me);
        List<PreferencesView.CommunityChoice> choices = new ArrayList<>();
        for (CommunityRef c : myCommunities(actor)) {
            Delivery all = null;
            Map<NotificationKind, Delivery> byKind = new EnumMap<>(NotificationKind.class);
            for (Row row : rows) {
                if (row.communityId() == c.id()) {
                    if (row.kind().equals(PreferenceStore.ANY_KIND)) {
                        all = row.delivery();
                    } else {
                        kindOf(row.kind()).ifPresent(k -> byKind.put(k, row.delivery()));
                    }
                }
            }
            choices.add(new PreferencesView.CommunityChoice(c.id(), c.name(), !unfollowed.contains(c.id()), all, byKind));
        }
        return new PreferencesView(platformWide(rows), choices);
    }

    /**
     * Saves the whole form: {@code d.KIND} for all communities, {@code c.ID.ANY} and
     * {@code c.ID.KIND} per community (INHERIT clears), {@code f.ID} present when followed. Values
     * outside the lists are refused before anything changes; communities the actor does not
     * belong to are ignored.
     */
    @Transactional
    public void save(Actor actor, Map<String, String> form) {
        long me = requireSignedIn(actor);
        Map<NotificationKind, Delivery> platform = new EnumMap<>(NotificationKind.class);
        Map<Long, Map<String, Delivery>> perCommunity = new HashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            if (!kind.isChoosable()) {
                continue;
            }
            String value = form.get("d." + kind.name());
            if (value != null) {
                platform.put(kind, delivery(value, kind));
            }
        }
        List<CommunityRef> mine = myCommunities(actor);
        for (CommunityRef c : mine) {
            Map<String, Delivery> choices = new HashMap<>();
            String all = form.get("c." + c.id() + "." + PreferenceStore.ANY_KIND);
            if (all != null) {
                choices.put(PreferenceStore.ANY_KIND, inheritOr(all));
            }
            for (NotificationKind kind : NotificationKind.values()) {
                String value = form.get("c." + c.id() + "." + kind.name());
                if (kind.isChoosable() && value != null) {
                    Delivery d = inheritOr(value);
                    choices.put(kind.name(), d == null ? null : delivery(value, kind));
                }
            }
            perCommunity.put(c.id(), choices);
        }
        platform.forEach((kind, d) -> {
            if (d == kind.defaultDelivery()) {
                store.clear(me, PreferenceStore.ALL_COMMUNITIES, kind.name());
            } else {
                store.set(me, PreferenceStore.ALL_COMMUNITIES, kind.name(), d);
            }
        });
        // "Everything off" (set by unsubscribing from all) gives way only to a choice for every kind.
        if (platform.size() == Arrays.stream(NotificationKind.values()).filter(NotificationKind::isChoosable).count()) {
            store.clear(me, PreferenceStore.ALL_COMMUNITIES, PreferenceStore.ANY_KIND);
        }
        perCommunity.forEach((communityId, choices) -> choices.forEach((kind, d) -> {
            if (d == null) {
                store.clear(me, communityId, kind);
            } else {
                store.set(me, communityId, kind, d);
            }
        }));
        for (CommunityRef c : mine) {
            // Only communities the form (or API body) speaks of: the box is absent when unticked.
            if (form.containsKey("c." + c.id() + "." + PreferenceStore.ANY_KIND)) {
                store.follow(me, c.id(), form.containsKey("f." + c.id()));
            }
        }
    }

    /**
     * What an unsubscribe link asks, read from its secret and parameters: all e-mail (no kind),
     * the digests, or one kind, from one community when the member belongs to it (a community
     * they do not belong to is neither named nor used). Empty when the secret or kind is unknown.
     */
    @Transactional(readOnly = true)
    public Optional<Unsubscribe> unsubscribeLink(String token, Long communityId, String kind) {
        Optional<Long> account = store.accountByToken(token);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        long me = account.get();
        if (kind != null && !DIGEST.equals(kind) && kindOf(kind).isEmpty()) {
            return Optional.empty();
        }
        CommunityRef community = null;
        if (communityId != null && membership.communityIdsOf(Actor.member(me)).contains(communityId)) {
            community = catalog.refs(List.of(communityId)).get(communityId);
        }
        return Optional.of(new Unsubscribe(me, kind, community == null ? null : community.id(),
                community == null ? null : community.name()));
    }

    /** A resolved unsubscribe link: kind null for all e-mail, {@link #DIGEST} for the digests. */
    public record Unsubscribe(long accountId, String kind, Long communityId, String communityName) {
    }

    /**
     * One-click unsubscribe from an e-mail. What waits for a digest under the choices it turns
     * off is not sent either. Returns false when the link is not valid.
     */
    @Transactional
    public boolean unsubscribe(String token, Long communityId, String kind) {
        Optional<Unsubscribe> link = unsubscribeLink(token, communityId, kind);
        if (link.isEmpty()) {
            return false;
        }
        long me = link.get().accountId();
        if (kind == null) {
            store.clearAll(me);
            store.set(me, PreferenceStore.ALL_COMMUNITIES, PreferenceStore.ANY_KIND, Delivery.OFF);
            notifications.cancelWaitingMail(me, null, null);
            return true;
        }
        if (DIGEST.equals(kind)) {
            stopDigests(me);
            notifications.cancelWaitingMail(me, null, null);
            return true;
        }
        Long community = link.get().communityId();
        store.set(me, community == null ? PreferenceStore.ALL_COMMUNITIES : community, kind, Delivery.OFF);
        notifications.cancelWaitingMail(me, community, kind);
        return true;
    }

    /** The kind named in a digest's unsubscribe link: every choice that leads to a digest becomes "off". */
    public static final String DIGEST = "DIGEST";

    private void stopDigests(long me) {
        List<Row> rows = store.rowsOf(me);
        for (Row row : rows) {
            if (row.delivery() == Delivery.DAILY || row.delivery() == Delivery.WEEKLY) {
                store.set(me, row.communityId(), row.kind(), Delivery.OFF);
            }
        }
        platformWide(rows).forEach((k, d) -> {
            if (d == Delivery.DAILY || d == Delivery.WEEKLY) {
                store.set(me, PreferenceStore.ALL_COMMUNITIES, k.name(), Delivery.OFF);
            }
        });
    }

    @Transactional
    public void follow(Actor actor, long communityId, boolean following) {
        long me = requireSignedIn(actor);
        if (membership.communityIdsOf(actor).contains(communityId)) {
            store.follow(me, communityId, following);
        }
    }

    private List<CommunityRef> myCommunities(Actor actor) {
        return catalog.refs(membership.communityIdsOf(actor)).values().stream()
                .sorted(Comparator.comparing(CommunityRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Optional<NotificationKind> kindOf(String name) {
        try {
            NotificationKind k = NotificationKind.valueOf(name);
            return k.isChoosable() ? Optional.of(k) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Delivery inheritOr(String value) {
        return "INHERIT".equals(value) ? null : delivery(value);
    }

    private static Delivery delivery(String value, NotificationKind kind) {
        Delivery d = delivery(value);
        if (!kind.deliveries().contains(d)) {
            new InputErrors().add("delivery", "notification.prefs.invalid").throwIfAny();
        }
        return d;
    }

    private static Delivery delivery(String value) {
        try {
            return Delivery.valueOf(value);
        } catch (IllegalArgumentException e) {
            new InputErrors().add("delivery", "notification.prefs.invalid").throwIfAny();
            throw e;
        }
    }

    private static long requireSignedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("preferences");
        }
        return actor.accountId();
    }

    /** The delivery of one kind from one community (null for platform-wide news) to each account. */
    @Transactional(readOnly = true)
    public Map<Long, Delivery> deliveries(Collection<Long> accountIds, Long communityId, NotificationKind kind) {
        Map<Long, Map<Integer, Delivery>> byRank = new HashMap<>();
        for (Row row : store.rowsDeciding(accountIds, communityId, kind)) {
            byRank.computeIfAbsent(row.accountId(), a -> new HashMap<>()).put(rank(row), row.delivery());
        }
        Map<Long, Delivery> result = new HashMap<>();
        for (Long id : accountIds) {
            result.put(id, resolve(byRank.getOrDefault(id, Map.of()), kind));
        }
        return result;
    }

    /** Resolves the rows of one account (all of its rows) for a community and kind. */
    static Delivery resolve(List<Row> rows, Long communityId, NotificationKind kind) {
        Map<Integer, Delivery> byRank = new HashMap<>();
        for (Row row : rows) {
            boolean communityFits = row.communityId() == PreferenceStore.ALL_COMMUNITIES
                    || (communityId != null && row.communityId() == communityId);
            boolean kindFits = row.kind().equals(PreferenceStore.ANY_KIND) || row.kind().equals(kind.name());
            if (communityFits && kindFits) {
                byRank.put(rank(row), row.delivery());
            }
        }
        return resolve(byRank, kind);
    }

    private static Delivery resolve(Map<Integer, Delivery> byRank, NotificationKind kind) {
        for (int rank = 3; rank >= 0; rank--) {
            Delivery d = byRank.get(rank);
            if (d != null) {
                return d;
            }
        }
        return kind.defaultDelivery();
    }

    /** 3: this community and kind; 2: this community; 1: this kind everywhere; 0: everything. */
    private static int rank(Row row) {
        boolean community = row.communityId() != PreferenceStore.ALL_COMMUNITIES;
        boolean kind = !row.kind().equals(PreferenceStore.ANY_KIND);
        return (community ? 2 : 0) + (kind ? 1 : 0);
    }

    /** Which of these accounts stopped following the community (they get no news from it). */
    @Transactional(readOnly = true)
    public Set<Long> unfollowedAmong(Collection<Long> accountIds, long communityId) {
        return accountIds.isEmpty() ? Set.of() : store.unfollowedAmong(accountIds, communityId);
    }

    /** The platform-wide choice per kind, with defaults filled in, for the preferences page. */
    static Map<NotificationKind, Delivery> platformWide(List<Row> rows) {
        Map<NotificationKind, Delivery> result = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.isChoosable()) {
                result.put(kind, resolve(rows, null, kind));
            }
        }
        return result;
    }
}
