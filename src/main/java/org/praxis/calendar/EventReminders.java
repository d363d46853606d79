package org.praxis.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.praxis.calendar.CalendarDomainEvents.ReminderDue;
import org.praxis.calendar.internal.CalendarEvents;
import org.praxis.calendar.internal.Event;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of events to their registrants: one a day before an occurrence starts, one an hour
 * before. A repeating event is one row with its rule, so the reminders follow its next
 * occurrence, each occurrence once. The job only says an occurrence is due
 * ({@link ReminderDue}); whoever tells people checks who registered and who may still read it.
 */
@Service
public class EventReminders {

    public static final Duration DAY_BEFORE = Duration.ofHours(24);
    public static final Duration HOUR_BEFORE = Duration.ofHours(1);

    private final CalendarEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventReminders(CalendarEvents events, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Every five minutes, on one node at a time. */
    @Scheduled(cron = "${praxis.jobs.event-reminders:0 */5 * * * *}")
    @SchedulerLock(name = "calendar.eventReminders", lockAtMostFor = "PT4M")
    public void run() {
        sendDue(clock.instant());
    }

    /**
     * Publishes the reminders due at {@code now}: for each published event whose next occurrence
     * starts within (now, now + 1 h], the hour reminder (and no day reminder after it); within
     * (now, now + 24 h], the day reminder. Each is marked given by a conditional update in the
     * same transaction as the event it publishes, so a second run, here or on another node,
     * finds nothing to do. Returns how many reminders were published.
     */
    @Transactional
    public int sendDue(Instant now) {
        int sent = 0;
        for (Event e : events.mayStartBy(now, now.plus(DAY_BEFORE))) {
            Optional<Instant> next = nextStart(e, now);
            if (next.isEmpty() || next.get().isAfter(now.plus(DAY_BEFORE))) {
                continue;
            }
            Instant start = next.get();
            if (!start.isAfter(now.plus(HOUR_BEFORE))) {
                if (!start.equals(e.getHourReminderFor()) && events.markHourReminder(e.getId(), start) == 1) {
                    publisher.publishEvent(new ReminderDue(e.getId(), e.getCommunityId(), ReminderDue.HOUR, start));
                    sent++;
                }
            } else if (!start.equals(e.getDayReminderFor()) && events.markDayReminder(e.getId(), start) == 1) {
                publisher.publishEvent(new ReminderDue(e.getId(), e.getCommunityId(), ReminderDue.DAY, start));
                sent++;
            }
        }
        return sent;
    }

    /** The start of the first occurrence after {@code now}, if the event has one. */
    static Optional<Instant> nextStart(Event e, Instant now) {
        return CalendarRules.occurrences(e).stream().map(Recurrence.Occurrence::start).filter(s -> s.isAfter(now))
                .findFirst();
    }
}
