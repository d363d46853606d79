package org.praxis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.praxis.calendar.CommunityCalendar;
import org.praxis.calendar.EventDraft;
import org.praxis.calendar.EventFollowUp;
import org.praxis.calendar.EventKind;
import org.praxis.calendar.EventRegistrations;
import org.praxis.calendar.Recurrence;
import org.praxis.community.CommunityCatalog;
import org.praxis.library.CommunityPages;
import org.praxis.library.PageText;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.springframework.stereotype.Component;

/**
 * The demo's calendar: a webinar series with a past webinar (recording, slides, questions and a
 * summary) and a coming one with registrations, a monthly members' call, and a page listing them.
 */
@Component
class DemoCalendar {

    private static final String AMMAN = "Asia/Amman";

    private final CommunityCatalog catalog;
    private final CommunityCalendar calendar;
    private final EventRegistrations registrations;
    private final CommunityPages pages;
    private final Clock clock;

    DemoCalendar(CommunityCatalog catalog, CommunityCalendar calendar, EventRegistrations registrations,
                 CommunityPages pages, Clock clock) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.registrations = registrations;
        this.pages = pages;
        this.clock = clock;
    }

    void fill(Actor amina, Actor jean, Actor kofi, String mena) {
        CommunityFacts facts = catalog.facts(amina, mena);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(AMMAN)));
        long series = calendar.createSeries(amina, facts, "Shock-responsive social protection webinars",
                "One webinar a month with a ministry of the region, then questions from members. Recordings and slides stay here.");
        long past = calendar.create(amina, facts, webinar("Scaling up cash transfers after the 2023 earthquake",
                today.minusWeeks(5), series, 100));
        calendar.followUp(amina, facts, past, new EventFollowUp("https://video.example.org/praxis/earthquake-response",
                "https://example.org/praxis/earthquake-response-slides.pdf", """
                **Q: How long did it take to pay the first households?**

                A: Eleven days, using the existing registry and mobile money.

                **Q: Were new households added?**

                A: Yes, through a short on-demand registration in the affected districts.
                """, "The ministry showed how the social registry let it pay affected households within two weeks."));
        long next = calendar.create(amina, facts, webinar("Financing social protection from domestic resources",
                today.plusWeeks(3), series, 50));
        registrations.register(jean, facts, next);
        registrations.register(kofi, facts, next);
        calendar.create(amina, facts, new EventDraft("Members' monthly call",
                "Updates from each country, then the agenda of the next webinar.", EventKind.MEETING,
                LocalDateTime.of(today.plusDays(10), LocalTime.of(14, 0)), LocalDateTime.of(today.plusDays(10), LocalTime.of(15, 0)),
                AMMAN, null, "https://meet.example.org/mena-monthly", null, true, Recurrence.MONTHLY, 6, null));
        pages.create(amina, facts, new PageText("Calendar of webinars", """
                Coming webinars and meetings:

                {{events}}

                Past webinars, with their recordings:

                {{events past="true"}}
                """, false, null));
    }

    private static EventDraft webinar(String title, LocalDate day, long series, int capacity) {
        return new EventDraft(title, "A ministry of the region presents its experience, then answers members' questions.",
                EventKind.WEBINAR, LocalDateTime.of(day, LocalTime.of(13, 0)), LocalDateTime.of(day, LocalTime.of(14, 30)),
                AMMAN, null, "https://meet.example.org/mena-webinar", capacity, false, null, null, series);
    }
}
