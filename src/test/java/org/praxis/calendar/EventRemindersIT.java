package org.praxis.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.calendar.CalendarDomainEvents.ReminderDue;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Reminders of events: a day and an hour before each occurrence, once each however often the
 * job runs, only the hour one for an occurrence first seen within the hour, never for proposals;
 * and the reads a notification needs (who holds a place, the event's brief).
 */
@PraxisIntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventRemindersIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired TestAccounts accounts;
    @Autowired EventReminders reminders;
    @Autowired EventRegistrations registrations;
    @Autowired EventBriefs briefs;
    @Autowired ApplicationEvents events;

    private String slug;
    private Browser admin;
    private long communityId;

    @BeforeAll
    void community() {
        Member founder = accounts.member("Organiser");
        admin = accounts.signedIn(founder);
        slug = CommunityFixtures.create(admin, "Reminders " + System.nanoTime(), "OPEN");
        communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
    }

    /** An event at that local time in Paris, on a day of 2098 no other test uses. */
    private long event(String title, String start, String end, String... fields) {
        String[] all = new String[fields.length + 4];
        all[0] = "start";
        all[1] = start;
        all[2] = "end";
        all[3] = end;
        System.arraycopy(fields, 0, all, 4, fields.length);
        return Scheduling.create(admin, slug, title, all);
    }

    private static Instant paris(String local) {
        return LocalDateTime.parse(local).atZone(PARIS).toInstant();
    }

    private List<ReminderDue> remindersOf(long eventId) {
        return events.stream(ReminderDue.class).filter(r -> r.eventId() == eventId).toList();
    }

    @Test
    void anEventIsRemindedADayAndAnHourBeforeOnceEach() {
        long id = event("Day and hour " + System.nanoTime(), "2098-02-10T10:00", "2098-02-10T11:00");
        Instant start = paris("2098-02-10T10:00");

        reminders.sendDue(start.minus(Duration.ofHours(25)));
        assertThat(remindersOf(id)).as("more than a day before: nothing yet").isEmpty();

        reminders.sendDue(start.minus(Duration.ofHours(23)));
        reminders.sendDue(start.minus(Duration.ofHours(22)));
        assertThat(remindersOf(id)).as("the day reminder, once").containsExactly(
                new ReminderDue(id, communityId, ReminderDue.DAY, start));

        reminders.sendDue(start.minus(Duration.ofMinutes(55)));
        reminders.sendDue(start.minus(Duration.ofMinutes(50)));
        assertThat(remindersOf(id)).as("then the hour reminder, once").containsExactly(
                new ReminderDue(id, communityId, ReminderDue.DAY, start),
                new ReminderDue(id, communityId, ReminderDue.HOUR, start));

        reminders.sendDue(start.plus(Duration.ofMinutes(5)));
        assertThat(remindersOf(id)).as("nothing once it has begun").hasSize(2);
    }

    @Test
    void anEventFirstSeenWithinTheHourGetsOnlyTheHourReminder() {
        long id = event("Last minute " + System.nanoTime(), "2098-03-10T10:00", "2098-03-10T11:00");
        Instant start = paris("2098-03-10T10:00");
        reminders.sendDue(start.minus(Duration.ofMinutes(30)));
        reminders.sendDue(start.minus(Duration.ofMinutes(25)));
        assertThat(remindersOf(id)).containsExactly(new ReminderDue(id, communityId, ReminderDue.HOUR, start));
    }

    @Test
    void aWeeklyEventIsRemindedForEachOccurrence() {
        long id = event("Weekly " + System.nanoTime(), "2098-04-07T18:00", "2098-04-07T19:00",
                "recurrence", "WEEKLY", "occurrences", "3");
        Instant first = paris("2098-04-07T18:00");
        Instant second = paris("2098-04-14T18:00");
        reminders.sendDue(first.minus(Duration.ofHours(20)));
        reminders.sendDue(first.plus(Duration.ofHours(3)));
        reminders.sendDue(second.minus(Duration.ofHours(20)));
        reminders.sendDue(second.minus(Duration.ofHours(19)));
        assertThat(remindersOf(id)).containsExactly(new ReminderDue(id, communityId, ReminderDue.DAY, first),
                new ReminderDue(id, communityId, ReminderDue.DAY, second));
    }

    @Test
    void aProposalOrADeclinedEventIsNeverReminded() {
        Member proposer = CommunityFixtures.memberOf(accounts, admin, slug, "Proposer");
        Browser proposerWeb = accounts.signedIn(proposer);
        long proposal = Scheduling.create(proposerWeb, slug, "Proposed " + System.nanoTime(),
                "start", "2098-05-10T10:00", "end", "2098-05-10T11:00");
        long declined = Scheduling.create(proposerWeb, slug, "Declined " + System.nanoTime(),
                "start", "2098-05-10T10:00", "end", "2098-05-10T11:00");
        admin.get(Scheduling.page(slug, declined));
        admin.post(Scheduling.page(slug, declined) + "/decline");
        reminders.sendDue(paris("2098-05-10T09:30"));
        assertThat(remindersOf(proposal)).isEmpty();
        assertThat(remindersOf(declined)).isEmpty();
    }

    @Test
    void registrantIdsAreThoseHoldingAPlaceNotTheWaitingList() {
        long id = event("Small room " + System.nanoTime(), "2098-06-10T10:00", "2098-06-10T11:00", "capacity", "1");
        Member first = CommunityFixtures.memberOf(accounts, admin, slug, "First");
        Member second = CommunityFixtures.memberOf(accounts, admin, slug, "Second");
        for (Member m : List.of(first, second)) {
            Browser web = accounts.signedIn(m);
            web.get(Scheduling.page(slug, id));
            web.post(Scheduling.page(slug, id) + "/register");
        }
        assertThat(registrations.registrantIds(id)).containsExactly(first.id());
    }

    @Test
    void theBriefSaysWhatAndWhenAndWhere() {
        String title = "Brief " + System.nanoTime();
        long id = event(title, "2098-07-10T10:00", "2098-07-10T11:30", "membersOnly", "true");
        EventBrief brief = briefs.brief(id).orElseThrow();
        assertThat(brief.title()).isEqualTo(title);
        assertThat(brief.communityId()).isEqualTo(communityId);
        assertThat(brief.communitySlug()).isEqualTo(slug);
        assertThat(brief.startsAt()).isEqualTo(paris("2098-07-10T10:00"));
        assertThat(brief.endsAt()).isEqualTo(paris("2098-07-10T11:30"));
        assertThat(brief.timeZone()).isEqualTo("Europe/Paris");
        assertThat(brief.membersOnly()).isTrue();
        assertThat(brief.path()).isEqualTo(Scheduling.page(slug, id));
        assertThat(briefs.brief(Long.MAX_VALUE - 3)).isEmpty();
    }
}
