package org.praxis.calendar.api;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.calendar.CalendarOverview;
import org.praxis.calendar.CommunityCalendar;
import org.praxis.calendar.EventDraft;
import org.praxis.calendar.EventFollowUp;
import org.praxis.calendar.EventKind;
import org.praxis.calendar.EventRegistrations;
import org.praxis.calendar.EventSummary;
import org.praxis.calendar.EventView;
import org.praxis.calendar.PlatformEvents;
import org.praxis.calendar.Recurrence;
import org.praxis.calendar.Registrant;
import org.praxis.calendar.RegistrationStatus;
import org.praxis.calendar.SeriesView;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.policy.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A community's calendar over the API, under the same rules as the pages: events, proposals,
 * registrations, registrants and attendance, series and what follows a webinar; and the
 * platform's upcoming events.
 */
@RestController
@Tag(name = "Calendar", description = "Events, webinars, series, registrations")
class CalendarApi {

    /** An event to create (published for moderators and admins, proposed for members) or its new text. */
    record EventBody(String title, String description, EventKind kind, LocalDateTime start, LocalDateTime end,
                     String timeZone, String location, String onlineUrl, Integer capacity, Boolean membersOnly,
                     Recurrence recurrence, Integer occurrences, Long seriesId) {

        EventDraft draft() {
            return new EventDraft(title, description, kind, start, end, timeZone, location, onlineUrl, capacity,
                    Boolean.TRUE.equals(membersOnly), recurrence, occurrences, seriesId);
        }
    }

    /** A series of webinars to start. */
    record SeriesBody(String title, String description) {
    }

    /** Who attended, by account id, among the registrants. */
    record AttendanceBody(List<Long> accountIds) {
    }

    /** A CSV of e-mail addresses of people who attended. */
    record AttendanceImport(String csv) {
    }

    /** A member's registration after the request. */
    record RegistrationAnswer(RegistrationStatus status) {
    }

    /** How many attendance rows were added or set. */
    record AttendanceAnswer(int marked) {
    }

    /** What was created, and where to read it. */
    record Created(long id, String url) {
    }

    private static final String BASE = "/api/v1/communities/{slug}/calendar";

    private final CommunityCatalog catalog;
    private final CommunityCalendar calendar;
    private final EventRegistrations registrations;
    private final PlatformEvents platform;

    CalendarApi(CommunityCatalog catalog, CommunityCalendar calendar, EventRegistrations registrations,
                PlatformEvents platform) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.registrations = registrations;
        this.platform = platform;
    }

    @GetMapping(path = "/api/v1/events", produces = "application/json")
    @Operation(summary = "Upcoming events across the communities whose calendar the caller may read")
    List<EventSummary> upcoming(Actor actor) {
        return platform.upcoming(actor);
    }

    @GetMapping(path = BASE, produces = "application/json")
    @Operation(summary = "A community's calendar: upcoming and recent events, visible proposals and series")
    CalendarOverview overview(Actor actor, @PathVariable String slug) {
        CommunityPage community = catalog.frame(actor, slug);
        return calendar.overview(actor, community.facts(), community.slug(), community.name());
    }

    @PostMapping(path = BASE + "/events", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Create an event (moderators, admins) or propose one (members)")
    ResponseEntity<Created> create(Actor actor, @PathVariable String slug, @RequestBody EventBody body) {
        long id = calendar.create(actor, catalog.facts(actor, slug), body.draft());
        String url = "/api/v1/communities/" + slug + "/calendar/events/" + id;
        return ResponseEntity.created(URI.create(url)).body(new Created(id, url));
    }

    @GetMapping(path = BASE + "/events/{id}", produces = "application/json")
    @Operation(summary = "An event, with every occurrence and the caller's registration")
    EventView event(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return calendar.event(actor, catalog.facts(actor, slug), id);
    }

    @PutMapping(path = BASE + "/events/{id}", consumes = "application/json")
    @Operation(summary = "Change an event (moderators, admins)")
    ResponseEntity<Void> edit(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody EventBody body) {
        calendar.edit(actor, catalog.facts(actor, slug), id, body.draft());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = BASE + "/events/{id}/publish")
    @Operation(summary = "Publish a proposal (moderators, admins)")
    ResponseEntity<Void> publish(Actor actor, @PathVariable String slug, @PathVariable long id) {
        calendar.decide(actor, catalog.facts(actor, slug), id, true);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = BASE + "/events/{id}/decline")
    @Operation(summary = "Decline a proposal (moderators, admins)")
    ResponseEntity<Void> decline(Actor actor, @PathVariable String slug, @PathVariable long id) {
        calendar.decide(actor, catalog.facts(actor, slug), id, false);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = BASE + "/events/{id}/follow-up", consumes = "application/json")
    @Operation(summary = "Attach the recording, slides, questions and answers and a summary (moderators, admins)")
    ResponseEntity<Void> followUp(Actor actor, @PathVariable String slug, @PathVariable long id,
                                  @RequestBody EventFollowUp body) {
        calendar.followUp(actor, catalog.facts(actor, slug), id, body);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = BASE + "/events/{id}/registration", produces = "application/json")
    @Operation(summary = "Register for an event (members): a place, or the waiting list when it is full")
    RegistrationAnswer register(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return new RegistrationAnswer(registrations.register(actor, catalog.facts(actor, slug), id));
    }

    @DeleteMapping(path = BASE + "/events/{id}/registration")
    @Operation(summary = "Cancel one's registration; the first on the waiting list gets the place")
    ResponseEntity<Void> cancel(Actor actor, @PathVariable String slug, @PathVariable long id) {
        registrations.cancel(actor, catalog.facts(actor, slug), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = BASE + "/events/{id}/registrants", produces = "application/json")
    @Operation(summary = "Who registered, places first (moderators, admins)")
    List<Registrant> registrants(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return registrations.registrants(actor, catalog.facts(actor, slug), id);
    }

    @PutMapping(path = BASE + "/events/{id}/attendance", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Set who attended, among the registrants (moderators, admins)")
    AttendanceAnswer attendance(Actor actor, @PathVariable String slug, @PathVariable long id,
                                @RequestBody AttendanceBody body) {
        return new AttendanceAnswer(registrations.markAttendance(actor, catalog.facts(actor, slug), id,
                body.accountIds() == null ? List.of() : body.accountIds()));
    }

    @PostMapping(path = BASE + "/events/{id}/attendance/import", consumes = "application/json",
            produces = "application/json")
    @Operation(summary = "Add attendees from a CSV of e-mail addresses (moderators, admins)")
    AttendanceAnswer importAttendance(Actor actor, @PathVariable String slug, @PathVariable long id,
                                      @RequestBody AttendanceImport body) {
        return new AttendanceAnswer(registrations.importAttendance(actor, catalog.facts(actor, slug), id, body.csv()));
    }

    @PostMapping(path = BASE + "/series", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Start a series of webinars (moderators, admins)")
    ResponseEntity<Created> createSeries(Actor actor, @PathVariable String slug, @RequestBody SeriesBody body) {
        long id = calendar.createSeries(actor, catalog.facts(actor, slug), body.title(), body.description());
        String url = "/api/v1/communities/" + slug + "/calendar/series/" + id;
        return ResponseEntity.created(URI.create(url)).body(new Created(id, url));
    }

    @GetMapping(path = BASE + "/series/{id}", produces = "application/json")
    @Operation(summary = "A series with the webinars of it the caller may read")
    SeriesView series(Actor actor, @PathVariable String slug, @PathVariable long id) {
        CommunityPage community = catalog.frame(actor, slug);
        return calendar.series(actor, community.facts(), id, community.slug(), community.name());
    }
}
