package org.praxis.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.AccessMatrix;
import org.praxis.community.Refusal;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who reads and writes a community's calendar, over every read path (event page, Calendar tab
 * and its counter, series page, registrants and their CSV, .ics of an event, community feed,
 * personal feed, the platform's Events page, the API) for every privacy, status and actor. The
 * table mirrors ACCESS-RULES.md and is written by hand, apart from the code.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarAccessMatrixIT {

    /**
     * see: the community's landing page opens (refusals are then 403, or sign-in for visitors;
     * otherwise 404). read: published events and the calendar. mo: members-only events too (else
     * 404 by direct address, absent from lists). write: C creates a published event, P proposes
     * one, N refused, A refused because the community is archived (409). register: Y, N or A.
     * registrants: the list, its CSV and the proposals of others. GROUP_* are working groups in
     * a PUBLIC parent.
     */
    private static final String TABLE = """
            # privacy            status    actor         see read mo write register registrants
            OPEN                 ACTIVE    visitor       Y   Y    N  N     N        N
            OPEN                 ACTIVE    user          Y   Y    N  N     N        N
            OPEN                 ACTIVE    invitee       Y   Y    N  N     N        N
            OPEN                 ACTIVE    member        Y   Y    Y  P     Y        N
            OPEN                 ACTIVE    moderator     Y   Y    Y  C     Y        Y
            OPEN                 ACTIVE    admin         Y   Y    Y  C     Y        Y
            OPEN                 ACTIVE    banned        Y   Y    N  N     N        N
            OPEN                 ACTIVE    staff         Y   Y    Y  N     N        Y
            PUBLIC               ACTIVE    visitor       Y   N    N  N     N        N
            PUBLIC               ACTIVE    user          Y   N    N  N     N        N
            PUBLIC               ACTIVE    invitee       Y   N    N  N     N        N
            PUBLIC               ACTIVE    member        Y   Y    Y  P     Y        N
            PUBLIC               ACTIVE    moderator     Y   Y    Y  C     Y        Y
            PUBLIC               ACTIVE    admin         Y   Y    Y  C     Y        Y
            PUBLIC               ACTIVE    banned        Y   N    N  N     N        N
            PUBLIC               ACTIVE    staff         Y   Y    Y  N     N        Y
            SEMI_PRIVATE         ACTIVE    visitor       Y   N    N  N     N        N
            SEMI_PRIVATE         ACTIVE    user          Y   N    N  N     N        N
            SEMI_PRIVATE         ACTIVE    requester     Y   N    N  N     N        N
            SEMI_PRIVATE         ACTIVE    invitee       Y   N    N  N     N        N
            SEMI_PRIVATE         ACTIVE    member        Y   Y    Y  P     Y        N
            SEMI_PRIVATE         ACTIVE    moderator     Y   Y    Y  C     Y        Y
            SEMI_PRIVATE         ACTIVE    admin         Y   Y    Y  C     Y        Y
            SEMI_PRIVATE         ACTIVE    banned        Y   N    N  N     N        N
            SEMI_PRIVATE         ACTIVE    staff         Y   Y    Y  N     N        Y
            PRIVATE              ACTIVE    visitor       Y   N    N  N     N        N
            PRIVATE              ACTIVE    user          Y   N    N  N     N        N
            PRIVATE              ACTIVE    invitee       Y   N    N  N     N        N
            PRIVATE              ACTIVE    member        Y   Y    Y  P     Y        N
            PRIVATE              ACTIVE    moderator     Y   Y    Y  C     Y        Y
            PRIVATE              ACTIVE    admin         Y   Y    Y  C     Y        Y
            PRIVATE              ACTIVE    banned        Y   N    N  N     N        N
            PRIVATE              ACTIVE    staff         Y   Y    Y  N     N        Y
            PRIVATE_HIDDEN       ACTIVE    visitor       N   N    N  N     N        N
            PRIVATE_HIDDEN       ACTIVE    user          N   N    N  N     N        N
            PRIVATE_HIDDEN       ACTIVE    invitee       Y   N    N  N     N        N
            PRIVATE_HIDDEN       ACTIVE    member        Y   Y    Y  P     Y        N
            PRIVATE_HIDDEN       ACTIVE    moderator     Y   Y    Y  C     Y        Y
            PRIVATE_HIDDEN       ACTIVE    admin         Y   Y    Y  C     Y        Y
            PRIVATE_HIDDEN       ACTIVE    banned        N   N    N  N     N        N
            PRIVATE_HIDDEN       ACTIVE    staff         Y   Y    Y  N     N        Y
            OPEN                 ARCHIVED  visitor       Y   Y    N  A     A        N
            OPEN                 ARCHIVED  user          Y   Y    N  A     A        N
            OPEN                 ARCHIVED  member        Y   Y    Y  A     A        N
            OPEN                 ARCHIVED  moderator     Y   Y    Y  A     A        Y
            OPEN                 ARCHIVED  banned        Y   Y    N  A     A        N
            OPEN                 ARCHIVED  staff         Y   Y    Y  A     A        Y
            PUBLIC               ARCHIVED  user          Y   N    N  N     N        N
            PUBLIC               ARCHIVED  member        Y   Y    Y  A     A        N
            PRIVATE_HIDDEN       ARCHIVED  user          N   N    N  N     N        N
            PRIVATE_HIDDEN       ARCHIVED  admin         Y   Y    Y  A     A        Y
            GROUP_PUBLIC         ACTIVE    visitor       N   N    N  N     N        N
            GROUP_PUBLIC         ACTIVE    outsider      N   N    N  N     N        N
            GROUP_PUBLIC         ACTIVE    parentMember  Y   N    N  N     N        N
            GROUP_PUBLIC         ACTIVE    parentAdmin   Y   N    N  N     N        N
            GROUP_PUBLIC         ACTIVE    invitee       Y   N    N  N     N        N
            GROUP_PUBLIC         ACTIVE    member        Y   Y    Y  P     Y        N
            GROUP_PUBLIC         ACTIVE    moderator     Y   Y    Y  C     Y        Y
            GROUP_PUBLIC         ACTIVE    admin         Y   Y    Y  C     Y        Y
            GROUP_PUBLIC         ACTIVE    banned        Y   N    N  N     N        N
            GROUP_PUBLIC         ACTIVE    staff         Y   Y    Y  N     N        Y
            GROUP_PRIVATE_HIDDEN ACTIVE    visitor       N   N    N  N     N        N
            GROUP_PRIVATE_HIDDEN ACTIVE    outsider      N   N    N  N     N        N
            GROUP_PRIVATE_HIDDEN ACTIVE    parentMember  N   N    N  N     N        N
            GROUP_PRIVATE_HIDDEN ACTIVE    parentAdmin   Y   N    N  N     N        N
            GROUP_PRIVATE_HIDDEN ACTIVE    invitee       Y   N    N  N     N        N
            GROUP_PRIVATE_HIDDEN ACTIVE    member        Y   Y    Y  P     Y        N
            GROUP_PRIVATE_HIDDEN ACTIVE    admin         Y   Y    Y  C     Y        Y
            GROUP_PRIVATE_HIDDEN ACTIVE    banned        N   N    N  N     N        N
            GROUP_PRIVATE_HIDDEN ACTIVE    staff         Y   Y    Y  N     N        Y
            GROUP_PUBLIC         ARCHIVED  parentMember  Y   N    N  N     N        N
            GROUP_PUBLIC         ARCHIVED  member        Y   Y    Y  A     A        N
            """;

    private static final Set<String> MEMBERS = Set.of("member", "moderator", "admin");
    private static final Pattern FEED = Pattern.compile("id=\"personal-feed\"[^>]*value=\"[^\"]*?token=([^\"&]+)\"");

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @LocalServerPort int port;

    /** One community per privacy and status, one person per role, and what the organisers put there. */
    private record Fixture(String slug, boolean open, Map<String, Browser> browsers, Map<String, ApiClient> apis,
                           Map<String, Long> ids,
                           long publicEvent, String publicTitle, long membersOnlyEvent, String membersOnlyTitle,
                           long proposal, String proposalTitle, long series) {
    }

    private final Map<String, Fixture> fixtures = new HashMap<>();
    private Long elsewhere;

    static Stream<Arguments> rows() {
        return AccessMatrix.lines(TABLE).stream().map(c -> Arguments.of(c[0], c[1], c[2], c[3].equals("Y"),
                c[4].equals("Y"), c[5].equals("Y"), c[6], c[7], c[8].equals("Y")));
    }

    @ParameterizedTest(name = "{2} in {0} {1}: reads and writes the calendar as the rules say")
    @MethodSource("rows")
    void actorReadsAndWritesTheCalendarAsTheRulesSay(String privacy, String status, String actor, boolean see,
                                                     boolean read, boolean membersOnly, String write, String register,
                                                     boolean registrants) {
        Fixture f = fixtures.computeIfAbsent(privacy + "/" + status, k -> build(privacy, status));
        Outcome outcome = new Outcome(actor.equals("visitor"), see);
        Browser web = f.browsers().get(actor);
        ApiClient api = outcome.visitor() ? ApiClient.anonymous(port) : f.apis().get(actor);
        String base = "/c/" + f.slug() + "/calendar";
        String apiBase = "/api/v1/communities/" + f.slug() + "/calendar";
        long other = elsewhere();
        boolean member = MEMBERS.contains(actor);

        // The Calendar tab and its counter.
        MvcResult tab = web.get(base);
        if (outcome.read(tab, read, "Calendar tab")) {
            String body = Browser.body(tab);
            assertThat(body).as("Calendar tab").contains(f.publicTitle())
                    .matches(b -> b.contains(f.membersOnlyTitle()) == membersOnly, "lists the members-only event: " + membersOnly)
                    .matches(b -> b.contains(f.proposalTitle()) == registrants, "lists another's proposal: " + registrants);
        }
        if (see) {
            assertThat(tabCount(Browser.body(web.get("/c/" + f.slug())))).as("Calendar counter")
                    .isEqualTo(read ? expectedCount(f, membersOnly) : null);
        }

        // An event's page, the members-only one, a proposal, another community's id, the .ics files.
        MvcResult page = web.get(base + "/" + f.publicEvent());
        if (outcome.read(page, read, "event page")) {
            assertThat(Browser.body(page)).contains(f.publicTitle());
        }
        MvcResult hidden = web.get(base + "/" + f.membersOnlyEvent());
        MvcResult hiddenIcs = web.get(base + "/" + f.membersOnlyEvent() + "/event.ics");
        if (read) {
            assertThat(hidden.getResponse().getStatus()).as("members-only event page").isEqualTo(membersOnly ? 200 : 404);
            assertThat(hidden.getResponse().getHeader("Cache-Control")).as("never cached").contains("no-store");
            assertThat(hiddenIcs.getResponse().getStatus()).as("members-only .ics").isEqualTo(membersOnly ? 200 : 404);
            assertThat(web.get(base + "/" + f.proposal()).getResponse().getStatus()).as("another's proposal")
                    .isEqualTo(registrants ? 200 : 404);
            assertThat(web.get(base + "/" + other).getResponse().getStatus()).as("another community's event here")
                    .isEqualTo(404);
            assertThat(web.get(base + "/" + other + "/event.ics").getResponse().getStatus())
                    .as("another community's event .ics here").isEqualTo(404);
        } else {
            outcome.assertRefused(hidden, "members-only event page");
            outcome.assertRefused(hiddenIcs, "members-only .ics");
        }
        MvcResult ics = web.get(base + "/" + f.publicEvent() + "/event.ics");
        if (outcome.read(ics, read, ".ics of an event")) {
            Scheduling.parseValid(Browser.body(ics));
            assertThat(Browser.body(ics)).contains(f.publicTitle());
        }

        // The series page.
        MvcResult series = web.get(base + "/series/" + f.series());
        if (outcome.read(series, read, "series page")) {
            assertThat(Browser.body(series)).contains(f.publicTitle())
                    .matches(b -> b.contains(f.membersOnlyTitle()) == membersOnly, "series lists members-only: " + membersOnly);
        }

        // Registrants and their CSV.
        MvcResult list = web.get(base + "/" + f.publicEvent() + "/registrants");
        MvcResult csv = web.get(base + "/" + f.publicEvent() + "/registrants.csv");
        if (registrants) {
            assertThat(list.getResponse().getStatus()).as("registrants").isEqualTo(200);
            assertThat(csv.getResponse().getStatus()).as("registrants CSV").isEqualTo(200);
            assertThat(csv.getResponse().getHeader("Cache-Control")).contains("no-store");
        } else if (read) {
            assertThat(list.getResponse().getStatus()).as("registrants").isIn(302, 403);
            assertThat(csv.getResponse().getStatus()).as("registrants CSV").isIn(302, 403);
        } else {
            outcome.assertRefused(list, "registrants");
            outcome.assertRefused(csv, "registrants CSV");
        }

        // The community feed: public for visitors where content is public; through the actor's secret otherwise.
        if (outcome.visitor()) {
            MvcResult feed = web.get("/c/" + f.slug() + "/calendar.ics");
            assertThat(feed.getResponse().getStatus()).as("public feed").isEqualTo(read ? 200 : 404);
            assertThat(Browser.body(feed)).as("public feed").doesNotContain(f.membersOnlyTitle());
        } else if (!actor.equals("staff")) {
            String secret = secret(web);
            MvcResult feed = accounts.browser().get("/c/" + f.slug() + "/calendar.ics?token=" + secret);
            assertThat(feed.getResponse().getStatus()).as("private feed").isEqualTo(read ? 200 : 404);
            assertThat(Browser.body(feed).contains(f.membersOnlyTitle())).as("private feed has members-only")
                    .isEqualTo(read && membersOnly);
            assertThat(Browser.body(feed)).as("private feed").doesNotContain(f.proposalTitle());
            String personal = Browser.body(accounts.browser().get("/calendar/personal.ics?token=" + secret));
            assertThat(personal.contains(f.publicTitle())).as("personal feed has the event").isEqualTo(member);
            assertThat(personal.contains(f.membersOnlyTitle())).as("personal feed has members-only").isEqualTo(member);
            assertThat(personal).as("personal feed").doesNotContain(f.proposalTitle());
        }

        // The platform's Events page and its API.
        String events = Browser.body(web.get("/events"));
        boolean listed = read && (f.open() || member);
        assertThat(events.contains(f.publicTitle())).as("/events lists the event").isEqualTo(listed);
        assertThat(events.contains(f.membersOnlyTitle())).as("/events lists members-only").isEqualTo(member);
        assertThat(events).as("/events").doesNotContain(f.proposalTitle());
        if (!outcome.visitor()) {
            String apiEvents = api.get("/api/v1/events").body().toString();
            assertThat(apiEvents.contains(f.publicTitle())).as("API events lists the event").isEqualTo(listed);
            assertThat(apiEvents.contains(f.membersOnlyTitle())).as("API events lists members-only").isEqualTo(member);
        }

        // The API.
        ApiClient.Answer overview = api.get(apiBase);
        if (outcome.read(overview, read, "API calendar")) {
            assertThat(overview.body().toString()).contains(f.publicTitle())
                    .matches(b -> b.contains(f.membersOnlyTitle()) == membersOnly, "API lists members-only: " + membersOnly);
        }
        ApiClient.Answer event = api.get(apiBase + "/events/" + f.publicEvent());
        if (outcome.read(event, read, "API event")) {
            assertThat(event.body().get("title").asString()).isEqualTo(f.publicTitle());
        }
        ApiClient.Answer apiHidden = api.get(apiBase + "/events/" + f.membersOnlyEvent());
        ApiClient.Answer apiRegistrants = api.get(apiBase + "/events/" + f.publicEvent() + "/registrants");
        if (read && !outcome.visitor()) {
            assertThat(apiHidden.status()).as("API members-only event").isEqualTo(membersOnly ? 200 : 404);
            assertThat(apiHidden.header("Cache-Control")).contains("no-store");
            assertThat(api.get(apiBase + "/events/" + other).status()).as("API: another community's id").isEqualTo(404);
            assertThat(apiRegistrants.status()).as("API registrants").isEqualTo(registrants ? 200 : 403);
            if (registrants) {
                assertThat(apiRegistrants.body().toString()).as("API registrants").contains("REGISTERED");
            }
        } else {
            outcome.assertRefused(apiHidden, "API members-only event");
            outcome.assertRefused(apiRegistrants, "API registrants");
        }

        // Writing: create or propose on the web and over the API, register; nothing stored when refused.
        web.get(outcome.visitor() ? "/signin" : "/");
        String mark = actor + " " + System.nanoTime();
        String title = "Planned by " + mark;
        outcome.web(write, web.post(base + "/new", "title", title, "kind", "MEETING", "start", "2099-05-01T10:00",
                "end", "2099-05-01T11:00", "timeZone", "Europe/Paris"), () -> stored(title), "create an event");
        String apiTitle = "API planned by " + mark;
        outcome.api(write, api.post(apiBase + "/events", "{\"title\":\"" + apiTitle + "\",\"kind\":\"WEBINAR\","
                + "\"start\":\"2099-05-02T10:00\",\"end\":\"2099-05-02T11:00\",\"timeZone\":\"Africa/Tunis\"}"), 201,
                () -> stored(apiTitle), "API create an event");

        long accountId = f.ids().getOrDefault(actor, -1L);
        outcome.web(register, web.post(base + "/" + f.publicEvent() + "/register"),
                () -> registered(f.publicEvent(), accountId), "register");
        if (register.equals("Y")) {
            assertThat(api.call("DELETE", apiBase + "/events/" + f.publicEvent() + "/registration", null).status())
                    .isEqualTo(204);
            assertThat(registered(f.publicEvent(), accountId)).isNull();
            assertThat(web.post(base + "/" + other + "/register").getResponse().getStatus())
                    .as("register for another community's event here").isEqualTo(404);
        }
        outcome.api(register, api.call("PUT", apiBase + "/events/" + f.publicEvent() + "/registration", null), 200,
                () -> registered(f.publicEvent(), accountId), "API register");
        if (register.equals("Y")) {
            api.call("DELETE", apiBase + "/events/" + f.publicEvent() + "/registration", null);
        }
    }

    /** A refusal as {@link Refusal} says, and what each write of this matrix looks like when done. */
    private static final class Outcome extends Refusal {

        Outcome(boolean visitor, boolean see) {
            super(visitor, see);
        }

        void web(String expected, MvcResult result, java.util.function.Supplier<String> stored, String what) {
            switch (expected) {
                case "C", "P", "Y" -> assertThat(result.getResponse().getStatus()).as(what).isEqualTo(302);
                case "A" -> {
                    assertThat(result.getResponse().getStatus()).as(what + " when archived").isEqualTo(409);
                    assertThat(Browser.body(result)).contains("This community is archived");
                }
                default -> assertRefused(result, what);
            }
            assertStored(expected, stored.get(), what);
        }

        void api(String expected, ApiClient.Answer answer, int done, java.util.function.Supplier<String> stored, String what) {
            if (visitor()) {
                assertThat(answer.status()).as(what + " without a token").isEqualTo(401);
                assertThat(stored.get()).as(what + " stored").isNull();
                return;
            }
            switch (expected) {
                case "C", "P", "Y" -> assertThat(answer.status()).as(what).isEqualTo(done);
                case "A" -> {
                    assertThat(answer.status()).as(what + " when archived").isEqualTo(409);
                    assertThat(answer.body().get("type").asString()).endsWith("/problems/community-archived");
                }
                default -> assertRefused(answer, what);
            }
            assertStored(expected, stored.get(), what);
        }

        private static void assertStored(String expected, String stored, String what) {
            switch (expected) {
                case "C" -> assertThat(stored).as(what + " stored").isEqualTo("PUBLISHED");
                case "P" -> assertThat(stored).as(what + " stored").isEqualTo("PROPOSED");
                case "Y" -> assertThat(stored).as(what + " stored").isNotNull();
                default -> assertThat(stored).as(what + " stored").isNull();
            }
        }
    }

    /** The number on the Calendar tab, or null when the tab shows none (or is not there). */
    private static Long tabCount(String page) {
        Matcher m = Pattern.compile(">Calendar</span>\\s*<span[^>]*tab-count[^>]*>(\\d+)</span>").matcher(page);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private long expectedCount(Fixture f, boolean membersOnly) {
        return accounts.jdbc().queryForObject("select count(*) from calendar_event e join community c on c.id = e.community_id "
                + "where c.slug = ? and e.status = 'PUBLISHED' and e.last_ends_at >= current_timestamp "
                + "and (e.members_only = false or ?)", Long.class, f.slug(), membersOnly);
    }

    private String stored(String title) {
        return accounts.jdbc().queryForList("select status from calendar_event where title = ?", String.class, title)
                .stream().findFirst().orElse(null);
    }

    private String registered(long eventId, long accountId) {
        return accounts.jdbc().queryForList("select status from calendar_registration where event_id = ? and account_id = ?",
                String.class, eventId, accountId).stream().findFirst().orElse(null);
    }

    /** The actor's calendar secret, from the personal feed page (the secret is theirs, whatever the community). */
    private static String secret(Browser web) {
        web.get("/calendar/feed");
        web.post("/calendar/feed");
        Matcher m = FEED.matcher(Browser.body(web.get("/calendar/feed")));
        assertThat(m.find()).as("personal feed address shown").isTrue();
        return m.group(1);
    }

    /** An event in a community of its own, whose id is tried under the others' addresses. */
    private long elsewhere() {
        if (elsewhere == null) {
            Browser founder = accounts.signedIn(accounts.member("Elsewhere"));
            String slug = CommunityFixtures.create(founder, "Elsewhere " + System.nanoTime(), "OPEN");
            elsewhere = Scheduling.create(founder, slug, "Elsewhere event");
        }
        return elsewhere;
    }

    private Fixture build(String privacy, String status) {
        boolean group = privacy.startsWith("GROUP_");
        AccessMatrix.Cast cast = group ? AccessMatrix.workingGroup(accounts, mailbox, privacy.substring(6))
                : AccessMatrix.community(accounts, mailbox, privacy, false);
        String slug = cast.slug();
        Browser admin = cast.adminWeb();

        // A proposer who is none of the actors, so every actor looks at someone else's proposal.
        Member proposer = accounts.member("Proposer");
        if (group) {
            CommunityFixtures.join(accounts.signedIn(proposer), cast.parent());
        }
        AccessMatrix.inviteAndAccept(accounts, mailbox, admin, slug, proposer);
        Browser proposerWeb = accounts.signedIn(proposer);

        MvcResult created = admin.submit("/c/" + slug + "/calendar/series/new", "/c/" + slug + "/calendar/series/new",
                "title", "Series " + System.nanoTime());
        String seriesPath = created.getResponse().getRedirectedUrl();
        long series = Long.parseLong(seriesPath.substring(seriesPath.lastIndexOf('/') + 1));
        String publicTitle = "Open meetup " + System.nanoTime();
        long publicEvent = Scheduling.create(admin, slug, publicTitle, "seriesId", String.valueOf(series), "capacity", "50");
        String membersOnlyTitle = "Members meetup " + System.nanoTime();
        long membersOnlyEvent = Scheduling.create(admin, slug, membersOnlyTitle, "membersOnly", "true",
                "seriesId", String.valueOf(series));
        String proposalTitle = "Proposal " + System.nanoTime();
        long proposal = Scheduling.create(proposerWeb, slug, proposalTitle);
        proposerWeb.get(Scheduling.page(slug, publicEvent));
        proposerWeb.post(Scheduling.page(slug, publicEvent) + "/register");
        if (status.equals("ARCHIVED")) {
            cast.archive();
        }
        Map<String, Long> ids = new HashMap<>();
        cast.people().forEach((role, m) -> ids.put(role, m.id()));
        return new Fixture(slug, privacy.equals("OPEN"), cast.browsers(accounts), cast.apis(accounts, port), ids, publicEvent,
                publicTitle, membersOnlyEvent, membersOnlyTitle, proposal, proposalTitle, series);
    }
}
