package org.praxis.calendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.praxis.calendar.internal.Event;
import org.praxis.calendar.internal.CalendarEvents;
import org.praxis.calendar.internal.CalendarFeedToken;
import org.praxis.calendar.internal.CalendarFeedTokens;
import org.praxis.calendar.internal.Registration;
import org.praxis.calendar.internal.Registrations;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.Secrets;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar feeds: a community's events (what a visitor may read, or through a member's private
 * address what that member may read), a member's personal feed of all their communities' events
 * and the ones they registered for, and one event to add to a calendar. The member's secret is
 * stored hashed and replaced to revoke it; every feed is decided when it is read.
 */
@Service
public class CalendarFeeds {

    public static final int ENTRIES = 500;

    private final CalendarEvents events;
    private final Registrations registrations;
    private final CalendarFeedTokens tokens;
    private final CalendarRules calendar;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final Clock clock;

    CalendarFeeds(CalendarEvents events, Registrations registrations, CalendarFeedTokens tokens, CalendarRules calendar,
                  CommunityCatalog catalog, CommunityMembership membership, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.tokens = tokens;
        this.calendar = calendar;
        this.catalog = catalog;
        this.membership = membership;
        this.clock = clock;
    }

    /** A new secret for the member's calendar feeds, replacing (revoking) the previous one. Shown once. */
    @Transactional
    public String newSecret(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("calendar feed");
        }
        String secret = Secrets.newSecret();
        Optional<CalendarFeedToken> existing = tokens.findById(actor.accountId());
        if (existing.isPresent()) {
            existing.get().replace(Secrets.sha256(secret), clock.instant());
        } else {
            tokens.save(new CalendarFeedToken(actor.accountId(), Secrets.sha256(secret), clock.instant()));
        }
        return secret;
    }

    /** Stops the member's private feed addresses from working, without a new one. */
    @Transactional
    public void revoke(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("calendar feed");
        }
        tokens.findById(actor.accountId()).ifPresent(tokens::delete);
    }

    /** Whether the member has a private feed address in use. */
    @Transactional(readOnly = true)
    public boolean hasSecret(Actor actor) {
        return actor.signedIn() && tokens.existsById(actor.accountId());
    }

    /** Who reads a feed: a visitor without a secret, the secret's member with one; an unknown secret is 404. */
    @Transactional(readOnly = true)
    public Actor reader(String secret) {
        if (secret == null || secret.isBlank()) {
            return Actor.visitor();
        }
        return tokens.findByTokenHash(Secrets.sha256(secret)).map(t -> Actor.member(t.getAccountId()))
                .orElseThrow(() -> new NotFoundException("feed"));
    }

    /** A community's published events the reader may read; 404 for a calendar they may not read. */
    @Transactional(readOnly = true)
    public List<IcsEntry> community(Actor reader, CommunityFacts community, String slug) {
        Relation relation = calendar.relation(reader, community);
        if (!calendar.rules().canRead(reader, community, relation, false)) {
            throw new NotFoundException("feed");
        }
        boolean membersOnly = calendar.rules().seesMembersOnly(reader, relation);
        return events.allIn(EventStatus.PUBLISHED, List.of(community.id()), PageRequest.of(0, ENTRIES)).stream()
                .filter(e -> membersOnly || !e.isMembersOnly()).map(e -> CalendarRules.ics(e, slug)).toList();
    }

    /** One event, to add to a calendar; 404 when the reader may not read it. */
    @Transactional(readOnly = true)
    public IcsEntry event(Actor reader, CommunityFacts community, String slug, long id) {
        Relation relation = calendar.relation(reader, community);
        Event e = calendar.readable(reader, community, relation, id);
        if (e.getStatus() != EventStatus.PUBLISHED) {
            throw new NotFoundException("event");
        }
        return CalendarRules.ics(e, slug);
    }

    /**
     * The member's personal feed: every published event of their communities and those they
     * registered for, each checked against the rules as they stand now (a member who left a
     * community no longer gets its events).
     */
    @Transactional(readOnly = true)
    public List<IcsEntry> personal(Actor reader) {
        if (!reader.signedIn()) {
            throw new NotFoundException("feed");
        }
        Set<Long> communityIds = new HashSet<>(membership.communityIdsOf(reader));
        Map<Long, Event> found = new LinkedHashMap<>();
        if (!communityIds.isEmpty()) {
            events.allIn(EventStatus.PUBLISHED, communityIds, PageRequest.of(0, ENTRIES)).forEach(e -> found.put(e.getId(), e));
        }
        List<Long> registered = registrations.findByAccountId(reader.accountId()).stream().map(Registration::getEventId)
                .filter(id -> !found.containsKey(id)).toList();
        events.findAllById(registered).forEach(e -> found.put(e.getId(), e));
        return readable(reader, new ArrayList<>(found.values())).stream()
                .map(r -> CalendarRules.ics(r.event(), r.community().slug())).toList();
    }

    /** An event with its community, once the rules let the reader read it. */
    record Readable(Event event, CommunityRef community) {
    }

    /** The events the reader may read now, asked of the policy community by community. */
    List<Readable> readable(Actor reader, List<Event> candidates) {
        Set<Long> ids = new HashSet<>();
        candidates.forEach(e -> ids.add(e.getCommunityId()));
        Map<Long, CommunityFacts> facts = catalog.factsOf(ids);
        Set<Long> withParents = new HashSet<>(ids);
        facts.values().stream().filter(CommunityFacts::isWorkingGroup).forEach(f -> withParents.add(f.parentId()));
        Map<Long, Relation> relations = membership.relations(reader, withParents);
        Map<Long, CommunityRef> refs = catalog.refs(ids);
        List<Readable> readable = new ArrayList<>();
        for (Event e : candidates) {
            CommunityFacts f = facts.get(e.getCommunityId());
            if (f == null || e.getStatus() != EventStatus.PUBLISHED) {
                continue;
            }
            Relation r = relations.getOrDefault(f.id(), Relation.none());
            if (f.isWorkingGroup()) {
                r = r.withParentRole(relations.getOrDefault(f.parentId(), Relation.none()).role());
            }
            if (calendar.rules().canListAcrossCommunities(reader, f, r, e.isMembersOnly())) {
                readable.add(new Readable(e, refs.get(e.getCommunityId())));
            }
        }
        return readable;
    }

    /** Upcoming published events the reader may read, across communities, soonest first. */
    List<EventSummary> upcoming(Actor reader, int limit) {
        java.time.Instant now = clock.instant();
        Map<Long, Event> candidates = new LinkedHashMap<>();
        events.upcomingIn(EventStatus.PUBLISHED, now, true, List.of(-1L), PageRequest.of(0, ENTRIES))
                .forEach(e -> candidates.put(e.getId(), e));
        // The reader's own communities are looked up apart, so a busy platform never crowds them out.
        Set<Long> mine = reader.signedIn() ? membership.communityIdsOf(reader) : Set.of();
        if (!mine.isEmpty()) {
            events.upcomingIn(EventStatus.PUBLISHED, now, false, mine, PageRequest.of(0, ENTRIES))
                    .forEach(e -> candidates.putIfAbsent(e.getId(), e));
        }
        List<Event> sorted = new ArrayList<>(candidates.values());
        sorted.sort(java.util.Comparator.comparing(Event::getStartsAt).thenComparing(Event::getId));
        return readable(reader, sorted).stream().limit(limit)
                .map(r -> calendar.summary(r.event(), r.community().slug(), r.community().name())).toList();
    }
}
