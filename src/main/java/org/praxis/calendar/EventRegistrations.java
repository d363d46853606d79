package org.praxis.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.praxis.account.AccountLookup;
import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.calendar.internal.Attendance;
import org.praxis.calendar.internal.Attendances;
import org.praxis.calendar.internal.Event;
import org.praxis.calendar.internal.CalendarEvents;
import org.praxis.calendar.internal.Registration;
import org.praxis.calendar.internal.Registrations;
import org.praxis.membership.MembershipEvents.MemberLeft;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations for events: members take a place or, when the event is full, a turn on the
 * waiting list; cancelling gives the place to the first in line. Moderators and admins see who
 * registered and mark who attended.
 */
@Service
public class EventRegistrations {

    public static final int CSV_MAX = 200_000;

    private final CalendarEvents events;
    private final Registrations registrations;
    private final Attendances attendances;
    private final CalendarRules calendar;
    private final MemberDirectory directory;
    private final AccountLookup accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventRegistrations(CalendarEvents events, Registrations registrations, Attendances attendances, CalendarRules calendar,
                       MemberDirectory directory, AccountLookup accounts, ApplicationEventPublisher publisher,
                       Clock clock) {
        this.publisher = publisher;
        this.events = events;
        this.registrations = registrations;
        this.attendances = attendances;
        this.calendar = calendar;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Registers the member: a place while there is one, the waiting list otherwise. The event's
     * row is locked first, so registrations for one event count places one after another and
     * never give more places than there are.
     */
    @Transactional
    public RegistrationStatus register(Actor actor, CommunityFacts community, long id) {
        Relation relation = calendar.relation(actor, community);
        Event readable = calendar.readable(actor, community, relation, id);
        if (readable.getStatus() != EventStatus.PUBLISHED || !calendar.rules().canRegister(actor, community, relation)) {
            calendar.refuse(community, "register");
        }
        Event e = events.lockById(id).orElseThrow(() -> new NotFoundException("event"));
        if (e.getLastEndsAt().isBefore(clock.instant())) {
            throw new NotAllowedException("event over");
        }
        Optional<Registration> existing = registrations.findByEventIdAndAccountId(id, actor.accountId());
        if (existing.isPresent()) {
            return existing.get().getStatus();
        }
        RegistrationStatus status = e.getCapacity() == null
                || registrations.countByEventIdAndStatus(id, RegistrationStatus.REGISTERED) < e.getCapacity()
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        Instant now = clock.instant();
        registrations.save(new Registration(id, actor.accountId(), status, now));
        publisher.publishEvent(new CalendarDomainEvents.Registered(id, e.getCommunityId(), actor.accountId(), status, now));
        return status;
    }

    /** Cancels the member's registration; a place freed goes to the first on the waiting list. */
    @Transactional
    public void cancel(Actor actor, CommunityFacts community, long id) {
        Relation relation = calendar.relation(actor, community);
        calendar.readable(actor, community, relation, id);
        if (!calendar.rules().canRegister(actor, community, relation)) {
            calendar.refuse(community, "cancel registration");
        }
        release(id, actor.accountId());
    }

    /**
     * A member who leaves the community, or is removed or banned from it, gives up their
     * registrations for its events still to come, so that their places go to those waiting.
     */
    @ApplicationModuleListener
    void on(MemberLeft left) {
        Instant now = clock.instant();
        List<Long> eventIds = registrations.findByAccountId(left.accountId()).stream().map(Registration::getEventId).toList();
        for (Event e : events.findAllById(eventIds)) {
            if (e.getCommunityId() == left.communityId() && !e.getLastEndsAt().isBefore(now)) {
                release(e.getId(), left.accountId());
            }
        }
    }

    /** Removes a registration, the event's row locked, and gives any place freed to those waiting. */
    private void release(long eventId, long accountId) {
        Event e = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event"));
        Optional<Registration> mine = registrations.findByEventIdAndAccountId(eventId, accountId);
        if (mine.isEmpty()) {
            return;
        }
        registrations.delete(mine.get());
        registrations.flush();
        fillPlaces(e);
    }

    /**
     * Gives free places to the waiting list, first come first served. The caller holds the
     * event's row lock (or has just changed the event in the same transaction).
     */
    void fillPlaces(Event e) {
        long taken = registrations.countByEventIdAndStatus(e.getId(), RegistrationStatus.REGISTERED);
        while (e.getCapacity() == null || taken < e.getCapacity()) {
            Optional<Registration> next = registrations.findFirstByEventIdAndStatusOrderByRegisteredAtAscIdAsc(e.getId(),
                    RegistrationStatus.WAITING);
            if (next.isEmpty()) {
                return;
            }
            next.get().promote();
            registrations.flush();
            publisher.publishEvent(new CalendarDomainEvents.PlaceGiven(e.getId(), e.getCommunityId(),
                    next.get().getAccountId(), clock.instant()));
            taken++;
        }
    }

    /** Who registered, places first then the waiting list in order (moderators, admins, staff). */
    @Transactional(readOnly = true)
    public List<Registrant> registrants(Actor actor, CommunityFacts community, long id) {
        Relation relation = calendar.relation(actor, community);
        calendar.readable(actor, community, relation, id);
        if (!calendar.rules().canSeeRegistrants(actor, community, relation)) {
            throw new NotAllowedException("registrants");
        }
        List<Registration> all = registrations.findByEventIdOrderByRegisteredAtAscIdAsc(id);
        Map<Long, MemberName> names = directory.names(all.stream().map(Registration::getAccountId).toList());
        Set<Long> attended = new HashSet<>();
        attendances.findByEventId(id).forEach(a -> attended.add(a.getAccountId()));
        List<Registrant> rows = new ArrayList<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            for (Registration r : all) {
                if (r.getStatus() == status) {
                    MemberName name = names.get(r.getAccountId());
                    rows.add(new Registrant(r.getAccountId(), name == null ? null : name.displayName(),
                            accounts.emailKeyOf(r.getAccountId()).orElse(null), r.getStatus(), r.getRegisteredAt(),
                            attended.contains(r.getAccountId())));
                }
            }
        }
        return rows;
    }

    /** Marks who attended, among the registrants; the list replaces the previous one. */
    @Transactional
    public int markAttendance(Actor actor, CommunityFacts community, long id, Collection<Long> accountIds) {
        Relation relation = calendar.relation(actor, community);
        Event e = calendar.readable(actor, community, relation, id);
        if (!calendar.rules().canManage(actor, community, relation)) {
            calendar.refuse(community, "mark attendance");
        }
        Set<Long> registered = new HashSet<>();
        registrations.findByEventIdOrderByRegisteredAtAscIdAsc(id).forEach(r -> registered.add(r.getAccountId()));
        attendances.deleteAll(attendances.findByEventId(id));
        attendances.flush();
        Instant now = clock.instant();
        int marked = 0;
        for (Long accountId : new HashSet<>(accountIds)) {
            if (accountId != null && registered.contains(accountId)) {
                attendances.save(new Attendance(id, accountId, e.getCommunityId(), now));
                marked++;
            }
        }
        return marked;
    }

    /**
     * Adds attendees from a CSV of e-mail addresses (one a line, or separated by commas or
     * semicolons). Addresses of people who are not registrants or members are skipped, so an
     * import never reveals who has an account.
     */
    @Transactional
    public int importAttendance(Actor actor, CommunityFacts community, long id, String csv) {
        Relation relation = calendar.relation(actor, community);
        Event e = calendar.readable(actor, community, relation, id);
        if (!calendar.rules().canManage(actor, community, relation)) {
            calendar.refuse(community, "import attendance");
        }
        InputErrors errors = new InputErrors();
        if (csv == null || csv.isBlank()) {
            errors.add("csv", "input.required");
        } else if (csv.length() > CSV_MAX) {
            errors.add("csv", "input.tooLong", CSV_MAX);
        }
        errors.throwIfAny();
        Set<Long> registered = new HashSet<>();
        registrations.findByEventIdOrderByRegisteredAtAscIdAsc(id).forEach(r -> registered.add(r.getAccountId()));
        Set<Long> already = new HashSet<>();
        attendances.findByEventId(id).forEach(a -> already.add(a.getAccountId()));
        Instant now = clock.instant();
        int added = 0;
        for (String cell : csv.split("[,;\\r\\n]+")) {
            String email = cell.strip().replace("\"", "").toLowerCase(Locale.ROOT);
            if (email.isEmpty() || !email.contains("@")) {
                continue;
            }
            Optional<Long> account = accounts.listedIdByEmail(email);
            if (account.isPresent() && registered.contains(account.get()) && already.add(account.get())) {
                attendances.save(new Attendance(id, account.get(), e.getCommunityId(), now));
                added++;
            }
        }
        return added;
    }

    /**
     * The accounts holding a place at an event (confirmed registrations, not the waiting list),
     * in the order they registered: whom a reminder goes to. One query; no access check, as the
     * sender checks each reader again.
     */
    @Transactional(readOnly = true)
    public List<Long> registrantIds(long eventId) {
        return registrations.accountIdsByStatus(eventId, RegistrationStatus.REGISTERED);
    }

    /** How many attended an event, for indicators. */
    @Transactional(readOnly = true)
    public long attendanceCount(long eventId) {
        return attendances.countByEventId(eventId);
    }
}
