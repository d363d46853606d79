package org.praxis.calendar;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.praxis.calendar.internal.AllSeries;
import org.praxis.calendar.internal.Event;
import org.praxis.calendar.internal.CalendarEvents;
import org.praxis.calendar.internal.Registration;
import org.praxis.calendar.internal.Registrations;
import org.praxis.calendar.internal.Series;
import org.praxis.policy.Actor;
import org.praxis.policy.CalendarPolicy;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's calendar: the Calendar tab, an event's page, creating (moderators and admins)
 * or proposing (members) an event, publishing or declining proposals, series of webinars and
 * what follows a webinar.
 */
@Service
public class CommunityCalendar {

    public static final int LIST_SIZE = 50;
    public static final int PAST_SIZE = 20;
    static final int EARLIEST_YEAR = 1970;
    static final int YEARS_AHEAD = 100;

    private final CalendarEvents events;
    private final AllSeries series;
    private final Registrations registrations;
    private final CalendarRules calendar;
    private final EventRegistrations registrationsOf;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CommunityCalendar(CalendarEvents events, AllSeries series, Registrations registrations, CalendarRules calendar,
                      EventRegistrations registrationsOf, ApplicationEventPublisher publisher, Clock clock) {
        this.registrationsOf = registrationsOf;
        this.publisher = publisher;
        this.events = events;
        this.series = series;
        this.registrations = registrations;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The Calendar tab: upcoming and recent events, visible proposals and the series. */
    @Transactional(readOnly = true)
    public CalendarOverview overview(Actor actor, CommunityFacts community, String slug, String name) {
        Relation relation = calendar.relation(actor, community);
        calendar.requireContent(actor, community, relation);
        boolean membersOnly = rules().seesMembersOnly(actor, relation);
        Instant now = clock.instant();
        List<EventSummary> upcoming = events.upcoming(community.id(), EventStatus.PUBLISHED, now, membersOnly,
                PageRequest.of(0, LIST_SIZE)).stream().map(e -> calendar.summary(e, slug, name)).toList();
        List<EventSummary> past = events.past(community.id(), EventStatus.PUBLISHED, now, membersOnly,
                PageRequest.of(0, PAST_SIZE)).stream().map(e -> calendar.summary(e, slug, name)).toList();
        List<EventSummary> proposals = actor.signedIn() && (relation.isMember() || actor.staff())
                ? events.proposals(community.id(), EventStatus.PROPOSED, rules().seesAllProposals(actor, relation),
                        actor.accountId()).stream().map(e -> calendar.summary(e, slug, name)).toList()
                : List.of();
        List<SeriesView> all = series.findByCommunityIdOrderByTitleAsc(community.id()).stream()
                .map(s -> new SeriesView(s.getId(), s.getTitle(), s.getDescription(), null, List.of())).toList();
        return new CalendarOverview(upcoming, past, proposals, all, rules().canCreate(actor, community, relation),
                rules().canPropose(actor, community, relation));
    }

    /** Upcoming published events the reader may read, for the tab's counter. */
    @Transactional(readOnly = true)
    public long upcomingCount(long communityId, boolean seesMembersOnly) {
        return events.countUpcoming(communityId, EventStatus.PUBLISHED, clock.instant(), seesMembersOnly);
    }

    /** An event's page; 404 for an event the reader may not know exists. */
    @Transactional(readOnly = true)
    public EventView event(Actor actor, CommunityFacts community, long id) {
        Relation relation = calendar.relation(actor, community);
        Event e = calendar.readable(actor, community, relation, id);
        RegistrationStatus mine = actor.signedIn() ? registrations.findByEventIdAndAccountId(id, actor.accountId())
                .map(Registration::getStatus).orElse(null) : null;
        EventView.SeriesRef seriesRef = e.getSeriesId() == null ? null : series.findById(e.getSeriesId())
                .map(s -> new EventView.SeriesRef(s.getId(), s.getTitle())).orElse(null);
        boolean published = e.getStatus() == EventStatus.PUBLISHED;
        EventView.FollowUp followUp = e.getRecordingUrl() == null && e.getSlidesUrl() == null && e.getQuestions() == null
                && e.getSummary() == null ? null
                : new EventView.FollowUp(e.getRecordingUrl(), e.getSlidesUrl(), e.getQuestions(),
                        CalendarRules.html(e.getQuestions()), e.getSummary());
        return new EventView(e.getId(), e.getTitle(), e.getDescription(), CalendarRules.html(e.getDescription()),
                e.getKind(), e.getStatus(), e.getStartsAt(), e.getEndsAt(), e.getTimeZone(), e.getLocation(),
                e.getOnlineUrl(), e.getCapacity(), e.isMembersOnly(), e.getRecurrence(), CalendarRules.occurrences(e),
                registrations.countByEventIdAndStatus(id, RegistrationStatus.REGISTERED),
                registrations.countByEventIdAndStatus(id, RegistrationStatus.WAITING), mine, seriesRef, followUp,
                new EventView.Actions(published && !e.getLastEndsAt().isBefore(clock.instant())
                        && rules().canRegister(actor, community, relation),
                        rules().canManage(actor, community, relation),
                        rules().canSeeRegistrants(actor, community, relation)));
    }

    /** Whether the actor may create (moderators, admins) or propose (members) an event here now. */
    @Transactional(readOnly = true)
    public boolean canWrite(Actor actor, CommunityFacts community) {
        Relation relation = calendar.relation(actor, community);
        return rules().canCreate(actor, community, relation) || rules().canPropose(actor, community, relation);
    }

    /** Whether the actor may create events and series here now (moderators and admins). */
    @Transactional(readOnly = true)
    public boolean canCreate(Actor actor, CommunityFacts community) {
        return rules().canCreate(actor, community, calendar.relation(actor, community));
    }

    /** Refuses a form the actor may not use: "archived" when that is why, otherwise 403. */
    @Transactional(readOnly = true)
    public void requireWrite(Actor actor, CommunityFacts community) {
        Relation relation = calendar.relation(actor, community);
        calendar.requireContent(actor, community, relation);
        if (!rules().canCreate(actor, community, relation) && !rules().canPropose(actor, community, relation)) {
            calendar.refuse(community, "write calendar");
        }
    }

    /** The series of a community, for the event form. */
    @Transactional(readOnly = true)
    public List<EventView.SeriesRef> seriesOf(long communityId) {
        return series.findByCommunityIdOrderByTitleAsc(communityId).stream()
                .map(s -> new EventView.SeriesRef(s.getId(), s.getTitle())).toList();
    }

    /**
     * Creates an event: published at once when a moderator or an admin creates it, proposed
     * (seen by its proposer and moderators only) when a member does.
     */
    @Transactional
    public long create(Actor actor, CommunityFacts community, EventDraft draft) {
        Relation relation = calendar.relation(actor, community);
        calendar.requireContent(actor, community, relation);
        boolean direct = rules().canCreate(actor, community, relation);
        if (!direct && !rules().canPropose(actor, community, relation)) {
            calendar.refuse(community, "create event");
        }
        Instant now = clock.instant();
        Event e = new Event(community.id(), actor.accountId(), direct ? EventStatus.PUBLISHED : EventStatus.PROPOSED, now);
        describe(e, community, draft);
        long id = events.save(e).getId();
        publisher.publishEvent(direct ? new CalendarDomainEvents.EventPublished(id, community.id(), actor.accountId(), now)
                : new CalendarDomainEvents.EventProposed(id, community.id(), actor.accountId(), now));
        return id;
    }

    /** Changes an event (moderators and admins). */
    @Transactional
    public void edit(Actor actor, CommunityFacts community, long id, EventDraft draft) {
        Relation relation = calendar.relation(actor, community);
        Event e = calendar.readable(actor, community, relation, id);
        if (!rules().canManage(actor, community, relation)) {
            calendar.refuse(community, "edit event");
        }
        events.lockById(id);
        describe(e, community, draft);
        // More places (or none limited any more) go to those waiting at once.
        registrationsOf.fillPlaces(e);
    }

    /** Publishes or declines a member's proposal (moderators and admins). */
    @Transactional
    public void decide(Actor actor, CommunityFacts community, long id, boolean publish) {
        Relation relation = calendar.relation(actor, community);
        Event e = calendar.readable(actor, community, relation, id);
        if (!rules().canManage(actor, community, relation)) {
            calendar.refuse(community, "decide on event");
        }
        if (e.getStatus() != EventStatus.PROPOSED) {
            throw new NotFoundException("proposal");
        }
        e.decide(publish ? EventStatus.PUBLISHED : EventStatus.DECLINED);
        Instant now = clock.instant();
        publisher.publishEvent(publish ? new CalendarDomainEvents.EventPublished(id, community.id(), actor.accountId(), now)
                : new CalendarDomainEvents.ProposalDeclined(id, community.id(), e.getCreatedBy(), now));
    }

    /** Attaches what followed an event: recording and slides links, questions and answers, a summary. */
    @Transactional
    public void followUp(Actor actor, CommunityFacts community, long id, EventFollowUp followUp) {
        Relation relation = calendar.relation(actor, community);
        Event e = calendar.readable(actor, community, relation, id);
        if (!rules().canManage(actor, community, relation)) {
            calendar.refuse(community, "follow up event");
        }
        InputErrors errors = new InputErrors();
        String recording = CalendarRules.link(errors, "recordingUrl", followUp.recordingUrl());
        String slides = CalendarRules.link(errors, "slidesUrl", followUp.slidesUrl());
        String questions = CalendarRules.optionalBody(errors, "questions", followUp.questions(), CalendarRules.DESCRIPTION_MAX);
        String summary = CalendarRules.optionalBody(errors, "summary", followUp.summary(), CalendarRules.SUMMARY_MAX);
        errors.throwIfAny();
        e.followUp(recording, slides, questions, summary);
    }

    /** Starts a series of webinars (moderators and admins). */
    @Transactional
    public long createSeries(Actor actor, CommunityFacts community, String title, String description) {
        Relation relation = calendar.relation(actor, community);
        calendar.requireContent(actor, community, relation);
        if (!rules().canCreate(actor, community, relation)) {
            calendar.refuse(community, "create series");
        }
        InputErrors errors = new InputErrors();
        String cleanTitle = CalendarRules.title(errors, title);
        String body = CalendarRules.optionalBody(errors, "description", description, CalendarRules.DESCRIPTION_MAX);
        errors.throwIfAny();
        return series.save(new Series(community.id(), cleanTitle, body, actor.accountId(), clock.instant())).getId();
    }

    /** A series' page with the webinars of it the reader may read. */
    @Transactional(readOnly = true)
    public SeriesView series(Actor actor, CommunityFacts community, long id, String slug, String name) {
        Relation relation = calendar.relation(actor, community);
        calendar.requireContent(actor, community, relation);
        Series s = series.findById(id).filter(x -> x.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("series"));
        List<EventSummary> list = events.inSeries(community.id(), id, EventStatus.PUBLISHED,
                rules().seesMembersOnly(actor, relation)).stream().map(e -> calendar.summary(e, slug, name)).toList();
        return new SeriesView(s.getId(), s.getTitle(), s.getDescription(), CalendarRules.html(s.getDescription()), list);
    }

    private void describe(Event e, CommunityFacts community, EventDraft draft) {
        InputErrors errors = new InputErrors();
        String title = CalendarRules.title(errors, draft.title());
        String description = CalendarRules.optionalBody(errors, "description", draft.description(),
                CalendarRules.DESCRIPTION_MAX);
        if (draft.kind() == null) {
            errors.add("kind", "input.required");
        }
        ZoneId zone = zone(errors, draft.timeZone());
        if (draft.start() == null) {
            errors.add("start", "input.required");
        }
        if (draft.end() == null) {
            errors.add("end", "input.required");
        }
        Instant start = null;
        Instant end = null;
        // Dates far outside any calendar's use would overflow the arithmetic of repeating events.
        int thisYear = java.time.Year.now(clock).getValue();
        boolean yearsOk = true;
        for (var at : new java.time.LocalDateTime[] {draft.start(), draft.end()}) {
            if (at != null && (at.getYear() < EARLIEST_YEAR || at.getYear() > thisYear + YEARS_AHEAD)) {
                errors.add(at == draft.start() ? "start" : "end", "event.error.year", String.valueOf(EARLIEST_YEAR),
                        String.valueOf(thisYear + YEARS_AHEAD));
                yearsOk = false;
            }
        }
        if (yearsOk && zone != null && draft.start() != null && draft.end() != null) {
            start = draft.start().atZone(zone).toInstant();
            end = draft.end().atZone(zone).toInstant();
            if (!end.isAfter(start)) {
                errors.add("end", "event.error.endBeforeStart");
            }
        }
        String location = CalendarRules.optionalLine(errors, "location", draft.location(), CalendarRules.LOCATION_MAX);
        String online = CalendarRules.link(errors, "onlineUrl", draft.onlineUrl());
        if (draft.capacity() != null && (draft.capacity() < 1 || draft.capacity() > CalendarRules.CAPACITY_MAX)) {
            errors.add("capacity", "event.error.capacity", CalendarRules.CAPACITY_MAX);
        }
        Integer occurrences = null;
        if (draft.recurrence() != null) {
            occurrences = draft.occurrences();
            if (occurrences == null || occurrences < 2 || occurrences > Recurrence.MAX_OCCURRENCES) {
                errors.add("occurrences", "event.error.occurrences", Recurrence.MAX_OCCURRENCES);
            }
            if (draft.recurrence() == Recurrence.MONTHLY && draft.start() != null
                    && draft.start().getDayOfMonth() > Recurrence.MONTHLY_LAST_DAY) {
                errors.add("start", "event.error.monthlyDay", Recurrence.MONTHLY_LAST_DAY);
            }
        }
        Long seriesId = draft.seriesId();
        if (seriesId != null && series.findById(seriesId).filter(s -> s.getCommunityId() == community.id()).isEmpty()) {
            errors.add("seriesId", "event.error.series");
        }
        errors.throwIfAny();
        List<Recurrence.Occurrence> all = Recurrence.expand(start, end, zone, draft.recurrence(), occurrences);
        e.describe(seriesId, title, description, draft.kind(), start, end, zone.getId(), location, online,
                draft.capacity(), draft.membersOnly(), draft.recurrence(), occurrences, all.get(all.size() - 1).end());
    }

    private static ZoneId zone(InputErrors errors, String value) {
        String id = value == null ? null : value.strip();
        if (id == null || id.isEmpty()) {
            errors.add("timeZone", "input.required");
            return null;
        }
        // Region ids only (Europe/Paris), so the organiser's daylight-saving rules are the ones kept.
        if (id.length() > 64 || (!id.contains("/") && !id.equals("UTC"))) {
            errors.add("timeZone", "event.error.zone");
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            errors.add("timeZone", "event.error.zone");
            return null;
        }
    }

    private CalendarPolicy rules() {
        return calendar.rules();
    }
}
