package org.praxis.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.servlet.http.Cookie;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The calendar's use cases over the pages and the API: times in the viewer's zone, repeating
 * meetings, proposals, registrations with a waiting list, series, follow-up and attendance, and
 * iCalendar files that ical4j reads back and validates.
 */
@PraxisIntegrationTest
class CalendarIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    private static Browser inZone(Browser browser, String zone) {
        browser.cookies().put("praxis_tz", new Cookie("praxis_tz", zone));
        return browser;
    }

    @Test
    void aCommunityPageListsComingEventsAndMembersOnlyOnesOnlyToMembers() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Webinars page " + System.nanoTime(), "OPEN");
        long open = Scheduling.create(admin, slug, "Financing webinar", "kind", "WEBINAR");
        long closed = Scheduling.create(admin, slug, "Members planning call", "membersOnly", "true");
        admin.get("/c/" + slug + "/pages/new");
        String page = admin.post("/c/" + slug + "/pages/new", "title", "Webinars", "body", "Coming up:\n\n{{events}}\n")
                .getResponse().getRedirectedUrl();

        String asAdmin = Browser.body(admin.get(page));
        assertThat(asAdmin).contains("href=\"" + Scheduling.page(slug, open) + "\"").contains("2099-03-10 10:00 (Europe/Paris)")
                .contains("href=\"" + Scheduling.page(slug, closed) + "\"");
        String asVisitor = Browser.body(accounts.browser().get(page));
        assertThat(asVisitor).contains("Financing webinar").doesNotContain("Members planning call");
    }

    @Test
    void eventInTunisShowsSaoPauloLocalTimesAcrossTheirDaylightSavingChangeOnThePageAndInTheFeed() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Tunis " + System.nanoTime(), "OPEN");
        // 10:00 in Tunis (UTC+1) is 09:00 UTC: 06:00 in Sao Paulo on 1 November 2018 (UTC-3), and
        // 07:00 a week later, after Sao Paulo moved its clocks to UTC-2 on 4 November.
        long id = Scheduling.create(admin, slug, "Weekly sync", "start", "2018-11-01T10:00", "end", "2018-11-01T11:30",
                "timeZone", "Africa/Tunis", "recurrence", "WEEKLY", "occurrences", "2");

        String page = Browser.body(inZone(accounts.browser(), "America/Sao_Paulo").get(Scheduling.page(slug, id)));
        assertThat(page).contains("2018-11-01 06:00").contains("2018-11-01 07:30")
                .contains("2018-11-08 07:00").contains("2018-11-08 08:30")
                .contains("America/Sao_Paulo").contains("Africa/Tunis");
        String inTunis = Browser.body(inZone(accounts.browser(), "Africa/Tunis").get(Scheduling.page(slug, id)));
        assertThat(inTunis).contains("2018-11-01 10:00").contains("2018-11-08 10:00");
        String badZone = Browser.body(inZone(accounts.browser(), "Mars/Olympus").get(Scheduling.page(slug, id)));
        assertThat(badZone).as("an unknown zone falls back to the server's, and says so")
                .contains(java.time.ZoneId.systemDefault().getId());

        String ics = Browser.body(accounts.browser().get(Scheduling.page(slug, id) + "/event.ics"));
        Calendar calendar = Scheduling.parseValid(ics);
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertThat(ics).contains("DTSTART;TZID=Africa/Tunis:20181101T100000").contains("RRULE:FREQ=WEEKLY;COUNT=2")
                .contains("BEGIN:VTIMEZONE").contains("TZID:Africa/Tunis").contains("UID:event-" + id + "@");
        Instant start = ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant();
        assertThat(start).isEqualTo(Instant.parse("2018-11-01T09:00:00Z"));
        assertThat(start.atZone(java.time.ZoneId.of("America/Sao_Paulo")).getHour()).isEqualTo(6);
        assertThat(event.getUrl().getValue()).endsWith(Scheduling.page(slug, id));

        String feed = Browser.body(accounts.browser().get("/c/" + slug + "/calendar.ics"));
        Scheduling.parseValid(feed);
        assertThat(feed).contains("Weekly sync").contains("DTSTART;TZID=Africa/Tunis:20181101T100000");
    }

    @Test
    void monthlyMeetingKeepsItsParisHourAcrossDaylightSaving() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Paris " + System.nanoTime(), "OPEN");
        long id = Scheduling.create(admin, slug, "Monthly circle", "start", "2099-02-10T18:00", "end", "2099-02-10T19:00",
                "timeZone", "Europe/Paris", "recurrence", "MONTHLY", "occurrences", "3");
        String page = Browser.body(inZone(accounts.browser(), "UTC").get(Scheduling.page(slug, id)));
        // 18:00 in Paris is 17:00 UTC in winter and 16:00 UTC once summer time starts (29 March 2099).
        assertThat(page).contains("2099-02-10 17:00").contains("2099-03-10 17:00").contains("2099-04-10 16:00");
        String overview = Browser.body(inZone(accounts.browser(), "UTC").get("/c/" + slug + "/calendar"));
        assertThat(overview).contains("Monthly circle").contains("2099-02-10 17:00");
    }

    @Test
    void memberProposesModeratorSeesAndPublishesOthersDoNotSeeTheProposal() throws InterruptedException {
        Member adminMember = accounts.member("Admin");
        Browser admin = accounts.signedIn(adminMember);
        String slug = CommunityFixtures.create(admin, "Proposals " + System.nanoTime(), "OPEN");
        Member proposer = CommunityFixtures.memberOf(accounts, admin, slug, "Proposer");
        Member other = CommunityFixtures.memberOf(accounts, admin, slug, "Other");
        Browser proposerWeb = accounts.signedIn(proposer);
        long id = Scheduling.create(proposerWeb, slug, "My workshop idea", "kind", "WORKSHOP");
        assertThat(accounts.jdbc().queryForObject("select status from calendar_event where id = ?", String.class, id))
                .isEqualTo("PROPOSED");

        assertThat(proposerWeb.get(Scheduling.page(slug, id)).getResponse().getStatus()).isEqualTo(200);
        assertThat(accounts.signedIn(other).get(Scheduling.page(slug, id)).getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get(Scheduling.page(slug, id)).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(accounts.browser().get("/c/" + slug + "/calendar"))).doesNotContain("My workshop idea");
        assertThat(Browser.body(accounts.browser().get("/c/" + slug + "/calendar.ics"))).doesNotContain("My workshop idea");
        assertThat(Browser.body(admin.get("/c/" + slug + "/calendar"))).contains("My workshop idea");
        assertThat(proposerWeb.post(Scheduling.page(slug, id) + "/publish").getResponse().getStatus())
                .as("a member cannot publish their own proposal").isEqualTo(403);

        accounts.jdbc().update("update community set last_activity_at = ? where slug = ?",
                java.sql.Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")), slug);
        admin.get(Scheduling.page(slug, id));
        assertThat(admin.post(Scheduling.page(slug, id) + "/publish").getResponse().getStatus()).isEqualTo(302);
        for (int i = 0; i < 100 && lastActivity(slug).isBefore(Instant.parse("2021-01-01T00:00:00Z")); i++) {
            Thread.sleep(50);
        }
        assertThat(lastActivity(slug)).as("a published event is activity").isAfter(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(accounts.browser().get(Scheduling.page(slug, id)).getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(accounts.browser().get("/events"))).contains("My workshop idea");

        long declined = Scheduling.create(proposerWeb, slug, "Declined idea");
        ApiClient api = ApiClient.as(accounts, adminMember, port);
        assertThat(api.post("/api/v1/communities/" + slug + "/calendar/events/" + declined + "/decline", null).status())
                .isEqualTo(204);
        assertThat(accounts.signedIn(other).get(Scheduling.page(slug, declined)).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void registrationFillsPlacesThenTheWaitingListAndCancellingPromotesTheFirstInLine() {
        Member adminMember = accounts.member("Admin");
        Browser admin = accounts.signedIn(adminMember);
        String slug = CommunityFixtures.create(admin, "Places " + System.nanoTime(), "PUBLIC");
        long id = Scheduling.create(admin, slug, "Small workshop", "capacity", "2");
        Member a = CommunityFixtures.memberOf(accounts, admin, slug, "Ana");
        Member b = CommunityFixtures.memberOf(accounts, admin, slug, "Ben");
        Member c = CommunityFixtures.memberOf(accounts, admin, slug, "Cy");
        Browser aWeb = accounts.signedIn(a);
        aWeb.get(Scheduling.page(slug, id));
        aWeb.post(Scheduling.page(slug, id) + "/register");
        ApiClient bApi = ApiClient.as(accounts, b, port);
        ApiClient cApi = ApiClient.as(accounts, c, port);
        String api = "/api/v1/communities/" + slug + "/calendar/events/" + id;
        assertThat(bApi.call("PUT", api + "/registration", null).body().get("status").asString()).isEqualTo("REGISTERED");
        assertThat(cApi.call("PUT", api + "/registration", null).body().get("status").asString()).isEqualTo("WAITING");
        assertThat(Browser.body(aWeb.get(Scheduling.page(slug, id)))).contains("You are registered.");

        aWeb.post(Scheduling.page(slug, id) + "/cancel");
        assertThat(cApi.get(api).body().get("myRegistration").asString()).as("the first in line gets the place")
                .isEqualTo("REGISTERED");

        String list = Browser.body(admin.get(Scheduling.page(slug, id) + "/registrants"));
        assertThat(list).contains(b.displayName()).contains(c.displayName()).doesNotContain(a.displayName());
        MvcResult csv = admin.get(Scheduling.page(slug, id) + "/registrants.csv");
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(Browser.body(csv)).contains(b.email().toLowerCase()).contains("REGISTERED");
        assertThat(bApi.get(api + "/registrants").status()).as("members do not see the registrants").isEqualTo(403);
        assertThat(accounts.signedIn(b).get(Scheduling.page(slug, id) + "/registrants.csv").getResponse().getStatus())
                .isEqualTo(403);

        // Attendance: ticked among registrants, or imported from e-mail addresses (strangers are skipped).
        admin.get(Scheduling.page(slug, id) + "/registrants");
        admin.post(Scheduling.page(slug, id) + "/attendance", "attended", String.valueOf(b.id()), "attended",
                String.valueOf(a.id()));
        assertThat(attendance(id)).containsExactly(b.id());
        admin.get(Scheduling.page(slug, id) + "/registrants");
        admin.post(Scheduling.page(slug, id) + "/attendance/import", "csv", "\"" + c.email() + "\"\nstranger@example.org");
        assertThat(attendance(id)).containsExactlyInAnyOrder(b.id(), c.id());
        admin.get(Scheduling.page(slug, id) + "/registrants");
        admin.post(Scheduling.page(slug, id) + "/attendance", "attended", String.valueOf(b.id()));
        admin.get(Scheduling.page(slug, id) + "/registrants");
        admin.postFiles(Scheduling.page(slug, id) + "/attendance/import", List.of(new org.springframework.mock.web.MockMultipartFile(
                "file", "attendees.csv", "text/csv", ("email\r\n" + c.email().toUpperCase() + "\r\n" + a.email() + "\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(attendance(id)).as("a CSV file: registrants only, whatever the case")
                .containsExactlyInAnyOrder(b.id(), c.id());
        assertThat(accounts.jdbc().queryForObject("select count(*) from calendar_attendance where community_id = "
                + "(select id from community where slug = ?)", Long.class, slug)).isEqualTo(2);
    }

    @Test
    void seriesPageListsItsWebinarsAndFollowUpShowsRecordingSlidesAndQuestions() {
        Member adminMember = accounts.member("Admin");
        Browser admin = accounts.signedIn(adminMember);
        String slug = CommunityFixtures.create(admin, "Series " + System.nanoTime(), "OPEN");
        MvcResult created = admin.submit("/c/" + slug + "/calendar/series/new", "/c/" + slug + "/calendar/series/new",
                "title", "Data for development", "description", "A **monthly** webinar");
        String seriesPath = created.getResponse().getRedirectedUrl();
        long seriesId = Long.parseLong(seriesPath.substring(seriesPath.lastIndexOf('/') + 1));
        long webinar = Scheduling.create(admin, slug, "Open data 101", "kind", "WEBINAR", "seriesId", String.valueOf(seriesId),
                "onlineUrl", "https://meet.example.org/open-data");
        Scheduling.create(admin, slug, "Unrelated meeting");

        String series = Browser.body(accounts.browser().get(seriesPath));
        assertThat(series).contains("Data for development").contains("<strong>monthly</strong>").contains("Open data 101")
                .doesNotContain("Unrelated meeting");

        admin.get(Scheduling.page(slug, webinar) + "/follow-up");
        admin.post(Scheduling.page(slug, webinar) + "/follow-up", "recordingUrl", "https://video.example.org/1",
                "slidesUrl", "https://slides.example.org/1", "questions", "**Q:** Why?\n\nA: Because.", "summary", "It went well.");
        String page = Browser.body(accounts.browser().get(Scheduling.page(slug, webinar)));
        assertThat(page).contains("https://video.example.org/1").contains("https://slides.example.org/1")
                .contains("<strong>Q:</strong>").contains("It went well.").contains("https://meet.example.org/open-data");

        ApiClient api = ApiClient.as(accounts, adminMember, port);
        var view = api.get("/api/v1/communities/" + slug + "/calendar/series/" + seriesId);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body().toString()).contains("Open data 101");
    }

    @Test
    void placesFreedByAMemberWhoLeavesOrAddedByAnEditGoToTheWaitingList() throws InterruptedException {
        Member adminMember = accounts.member("Admin");
        Browser admin = accounts.signedIn(adminMember);
        String slug = CommunityFixtures.create(admin, "Freed " + System.nanoTime(), "PUBLIC");
        long id = Scheduling.create(admin, slug, "Tiny room", "capacity", "1");
        Member first = CommunityFixtures.memberOf(accounts, admin, slug, "First");
        Member second = CommunityFixtures.memberOf(accounts, admin, slug, "Second");
        Member third = CommunityFixtures.memberOf(accounts, admin, slug, "Third");
        String api = "/api/v1/communities/" + slug + "/calendar/events/" + id + "/registration";
        for (Member m : List.of(first, second, third)) {
            ApiClient.as(accounts, m, port).call("PUT", api, null);
        }
        assertThat(status(id, second)).isEqualTo("WAITING");

        Browser firstWeb = accounts.signedIn(first);
        firstWeb.get("/c/" + slug);
        firstWeb.post("/c/" + slug + "/leave");
        for (int i = 0; i < 100 && !"REGISTERED".equals(status(id, second)); i++) {
            Thread.sleep(50);
        }
        assertThat(status(id, first)).as("a member who leaves gives up the place").isNull();
        assertThat(status(id, second)).as("the first in line gets it").isEqualTo("REGISTERED");
        assertThat(status(id, third)).isEqualTo("WAITING");

        ApiClient adminApi = ApiClient.as(accounts, adminMember, port);
        assertThat(adminApi.call("PUT", "/api/v1/communities/" + slug + "/calendar/events/" + id,
                "{\"title\":\"Bigger room\",\"kind\":\"MEETING\",\"start\":\"2099-03-10T10:00\","
                        + "\"end\":\"2099-03-10T11:00\",\"timeZone\":\"Europe/Paris\",\"capacity\":5}").status())
                .isEqualTo(204);
        assertThat(status(id, third)).as("more places go to those waiting").isEqualTo("REGISTERED");
    }

    @Test
    void pastEventsTakeNoRegistrations() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Past " + System.nanoTime(), "PUBLIC");
        long id = Scheduling.create(admin, slug, "Last year", "start", "2020-03-10T10:00", "end", "2020-03-10T11:00");
        Member late = CommunityFixtures.memberOf(accounts, admin, slug, "Late");
        Browser lateWeb = accounts.signedIn(late);
        assertThat(Browser.body(lateWeb.get(Scheduling.page(slug, id)))).doesNotContain("/register\"");
        assertThat(lateWeb.post(Scheduling.page(slug, id) + "/register").getResponse().getStatus()).isEqualTo(403);
        assertThat(status(id, late)).isNull();
        assertThat(Browser.body(lateWeb.get("/c/" + slug + "/calendar"))).contains("Past events").contains("Last year");
    }

    @Test
    void moderatorsEditEventsMembersCannotAndSeriesOfAnotherCommunityAreRefused() {
        Member adminMember = accounts.member("Admin");
        Browser admin = accounts.signedIn(adminMember);
        String slug = CommunityFixtures.create(admin, "Editing " + System.nanoTime(), "OPEN");
        String other = CommunityFixtures.create(admin, "Other series " + System.nanoTime(), "OPEN");
        String foreignSeries = admin.submit("/c/" + other + "/calendar/series/new", "/c/" + other + "/calendar/series/new",
                "title", "Foreign series").getResponse().getRedirectedUrl();
        long foreignId = Long.parseLong(foreignSeries.substring(foreignSeries.lastIndexOf('/') + 1));
        long id = Scheduling.create(admin, slug, "Draft title", "start", "2099-06-01T09:00", "end", "2099-06-01T10:00",
                "timeZone", "Africa/Tunis");

        String form = Browser.body(admin.get(Scheduling.page(slug, id) + "/edit"));
        assertThat(form).contains("value=\"Draft title\"").contains("value=\"2099-06-01T09:00\"").contains("Africa/Tunis");
        MvcResult saved = admin.post(Scheduling.page(slug, id) + "/edit", "title", "Final title", "kind", "WORKSHOP",
                "start", "2099-06-01T09:30", "end", "2099-06-01T10:30", "timeZone", "Africa/Tunis");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(Scheduling.page(slug, id));
        assertThat(accounts.jdbc().queryForObject("select title from calendar_event where id = ?", String.class, id))
                .isEqualTo("Final title");
        assertThat(accounts.jdbc().queryForObject("select starts_at from calendar_event where id = ?", java.sql.Timestamp.class,
                id).toInstant()).isEqualTo(Instant.parse("2099-06-01T08:30:00Z"));

        MvcResult astray = admin.submit(Scheduling.page(slug, id) + "/edit", Scheduling.page(slug, id) + "/edit",
                "title", "Astray", "kind", "MEETING", "start", "2099-06-01T09:30", "end", "2099-06-01T10:30",
                "timeZone", "Africa/Tunis", "seriesId", String.valueOf(foreignId));
        assertThat(Browser.body(astray)).contains("id=\"seriesId-error\"");
        assertThat(accounts.signedIn(adminMember).get("/c/" + slug + "/calendar/series/" + foreignId).getResponse()
                .getStatus()).as("another community's series under this address").isEqualTo(404);

        Member member = CommunityFixtures.memberOf(accounts, admin, slug, "Plain member");
        Browser memberWeb = accounts.signedIn(member);
        assertThat(memberWeb.get(Scheduling.page(slug, id) + "/edit").getResponse().getStatus()).isEqualTo(403);
        memberWeb.get(Scheduling.page(slug, id));
        assertThat(memberWeb.post(Scheduling.page(slug, id) + "/edit", "title", "Hijacked", "kind", "MEETING",
                "start", "2099-06-01T09:30", "end", "2099-06-01T10:30", "timeZone", "Africa/Tunis").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(memberWeb.get("/c/" + slug + "/calendar/series/new").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.jdbc().queryForObject("select title from calendar_event where id = ?", String.class, id))
                .isEqualTo("Final title");
    }

    private Instant lastActivity(String slug) {
        return accounts.jdbc().queryForObject("select last_activity_at from community where slug = ?", java.sql.Timestamp.class,
                slug).toInstant();
    }

    private String status(long eventId, Member member) {
        return accounts.jdbc().queryForList("select status from calendar_registration where event_id = ? and account_id = ?",
                String.class, eventId, member.id()).stream().findFirst().orElse(null);
    }

    private List<Long> attendance(long eventId) {
        return accounts.jdbc().queryForList("select account_id from calendar_attendance where event_id = ?", Long.class,
                eventId);
    }
}
