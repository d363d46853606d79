package org.praxis.calendar;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.praxis.calendar.internal.Event;
import org.praxis.calendar.internal.CalendarEvents;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CalendarPolicy;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.Markdown;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ReadOnlyException;
import org.praxis.shared.Text;
import org.springframework.stereotype.Component;

/**
 * What the calendar's use cases share: the limits on what organisers write, loading an event
 * the reader may read (404 otherwise, so ids of other communities reveal nothing), the reason a
 * write is refused, and the summary line of an event.
 */
@Component
class CalendarRules {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 50_000;
    static final int LOCATION_MAX = 300;
    static final int URL_MAX = 2000;
    static final int SUMMARY_MAX = 2000;
    static final int CAPACITY_MAX = 100_000;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final CalendarEvents events;
    private final CommunityMembership membership;
    private final AccessPolicy policy;
    private final Clock clock;

    CalendarRules(CalendarEvents events, CommunityMembership membership, AccessPolicy policy, Clock clock) {
        this.events = events;
        this.membership = membership;
        this.policy = policy;
        this.clock = clock;
    }

    CalendarPolicy rules() {
        return policy.calendar();
    }

    Relation relation(Actor actor, CommunityFacts community) {
        return membership.relation(actor, community);
    }

    /** The calendar of the community, or why not: visitors are asked to sign in, others refused. */
    void requireContent(Actor actor, CommunityFacts community, Relation relation) {
        if (!policy.communities().canReadContent(actor, community, relation)) {
            throw new NotAllowedException("read calendar");
        }
        if (actor.staff() && !relation.isMember()
                && !policy.communities().canReadContent(Actor.member(actor.accountId()), community, relation)) {
            audit.info("staff {} read the calendar of community {}", actor.accountId(), community.id());
        }
    }

    /**
     * An event of this community the reader may read: published and within the rules, or a
     * proposal the reader made or decides on. Anything else is 404.
     */
    Event readable(Actor actor, CommunityFacts community, Relation relation, long id) {
        requireContent(actor, community, relation);
        Event e = events.findById(id).filter(x -> x.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("event"));
        if (!mayRead(actor, community, relation, e)) {
            throw new NotFoundException("event");
        }
        if (actor.staff() && !relation.isMember() && e.isMembersOnly()) {
            audit.info("staff {} read members-only event {} of community {}", actor.accountId(), id, community.id());
        }
        return e;
    }

    boolean mayRead(Actor actor, CommunityFacts community, Relation relation, Event e) {
        if (e.getStatus() == EventStatus.PUBLISHED) {
            return rules().canRead(actor, community, relation, e.isMembersOnly());
        }
        return rules().canReadProposal(actor, community, relation, e.getCreatedBy());
    }

    /** A write the rules refuse: a clear "archived" answer when that is why, otherwise 403. */
    void refuse(CommunityFacts community, String action) {
        if (community.status().isReadOnly()) {
            throw new ReadOnlyException();
        }
        throw new NotAllowedException(action);
    }

    EventSummary summary(Event e, String slug, String name) {
        java.time.Instant now = clock.instant();
        Recurrence.Occurrence next = occurrences(e).stream().filter(o -> !o.end().isBefore(now)).findFirst()
                .orElseGet(() -> new Recurrence.Occurrence(e.getStartsAt(), e.getEndsAt()));
        return new EventSummary(e.getId(), slug, name, e.getTitle(), e.getKind(), e.getStatus(), e.getStartsAt(),
                e.getEndsAt(), e.getTimeZone(), next.start(), next.end(), e.isMembersOnly(), e.getRecurrence(),
                e.getLocation(), e.getOnlineUrl() != null);
    }

    static List<Recurrence.Occurrence> occurrences(Event e) {
        return Recurrence.expand(e.getStartsAt(), e.getEndsAt(), java.time.ZoneId.of(e.getTimeZone()), e.getRecurrence(),
                e.getOccurrences());
    }

    static IcsEntry ics(Event e, String slug) {
        return new IcsEntry(e.getId(), e.getTitle(), e.getDescription(), e.getStartsAt(), e.getEndsAt(), e.getTimeZone(),
                e.getLocation(), e.getOnlineUrl(), e.getRecurrence(), e.getOccurrences(), e.getCreatedAt(),
                "/c/" + slug + "/calendar/" + e.getId());
    }

    static String html(String markdown) {
        return markdown == null ? null : Markdown.toSafeHtml(markdown);
    }

    static String title(InputErrors errors, String value) {
        String title = Text.line(value);
        errors.required("title", title, TITLE_MAX);
        return title;
    }

    static String optionalBody(InputErrors errors, String field, String value, int max) {
        String body = Text.body(value);
        errors.optional(field, body, max);
        return body;
    }

    static String optionalLine(InputErrors errors, String field, String value, int max) {
        String line = Text.line(value);
        errors.optional(field, line, max);
        return line;
    }

    /** A link people will follow: http or https with a host, nothing else (no javascript: or data:). */
    static String link(InputErrors errors, String field, String value) {
        String link = Text.line(value);
        if (link == null) {
            return null;
        }
        if (link.length() > URL_MAX) {
            errors.add(field, "input.tooLong", URL_MAX);
            return null;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return link;
            }
        } catch (java.net.URISyntaxException e) {
            // Reported below like any other unusable link.
        }
        errors.add(field, "event.error.link");
        return null;
    }
}
