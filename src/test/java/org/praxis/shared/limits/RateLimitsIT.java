package org.praxis.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.ApiClient.Answer;
import org.praxis.Browser;
import org.praxis.MovableClock;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.praxis.library.Filing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Rate limits as members meet them (a form error that keeps what they typed, 429 in the API),
 * per member and per community, for every limited action, and as staff tune them. Limits are
 * made small through the staff page and put back after each test.
 */
@PraxisIntegrationTest
class RateLimitsIT {

    private static final String ONE_HOUR = "60";

    @Autowired TestAccounts accounts;
    @Autowired MovableClock clock;
    @Autowired RateLimitSettings settings;
    @Autowired RecentActions actions;
    @LocalServerPort int port;

    private Browser staff;
    private Browser founder;
    private Member aminaAccount;
    private Browser amina;
    private Browser bruno;
    private String slug;

    @BeforeEach
    void aCommunityWithTwoMembers() {
        staff = accounts.signedIn(accounts.staff("Limits Staff"));
        founder = accounts.signedIn(accounts.member("Limits Founder"));
        slug = CommunityFixtures.create(founder, "Limits " + System.nanoTime(), "PUBLIC");
        aminaAccount = CommunityFixtures.memberOf(accounts, founder, slug, "Amina");
        amina = accounts.signedIn(aminaAccount);
        bruno = accounts.signedIn(CommunityFixtures.memberOf(accounts, founder, slug, "Bruno"));
    }

    @AfterEach
    void defaultsAndTheRealTimeAgain() {
        for (LimitedAction action : LimitedAction.values()) {
            for (LimitScope scope : LimitScope.values()) {
                settings.restore(action, scope);
            }
        }
        clock.reset();
    }

    @Test
    void memberWhoReachesTheirDiscussionLimitIsToldWhenAndKeepsWhatTheyTyped() {
        tune("DISCUSSION", "MEMBER", "2", ONE_HOUR);
        Discussing.start(amina, slug, "First", "Text");
        Discussing.start(amina, slug, "Second", "Text");

        MvcResult refused = Discussing.startAnswer(amina, slug, "discussions", "Third title typed", "A body I wrote with care");

        assertThat(refused.getResponse().getRedirectedUrl()).isNull();
        assertThat(Browser.body(refused))
                .contains("You have started 2 discussions in the last hour. You can post again in 60 minutes.")
                .contains("Third title typed").contains("A body I wrote with care");
        assertThat(discussionsTitled("Third title typed")).isZero();
        Discussing.start(bruno, slug, "Bruno has his own budget", "Text");

        clock.advance(Duration.ofMinutes(61));
        Discussing.start(amina, slug, "After the hour", "Text");
    }

    @Test
    void theApiAnswers429WithAProblemAndRetryAfterInTheReadersLanguage() {
        tune("DISCUSSION", "MEMBER", "1", ONE_HOUR);
        ApiClient api = ApiClient.as(accounts, aminaAccount, port);
        String discussions = "/api/v1/communities/" + slug + "/discussions";
        assertThat(api.post(discussions, "{\"title\":\"One\",\"body\":\"Text\"}").status()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(20));

        Answer refused = api.post(discussions, "{\"title\":\"Two\",\"body\":\"Text\"}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(39 * 60L, 40 * 60L);
        assertThat(refused.body().get("type").asString()).isEqualTo("/problems/rate-limited");
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("You have started one discussion in the last hour. You can post again in 40 minutes.");
        assertThat(refused.body().get("limit").get("scope").asString()).isEqualTo("MEMBER");
        Answer inFrench = api.call("POST", discussions, "{\"title\":\"Deux\",\"body\":\"Texte\"}",
                Map.of("Accept-Language", "fr"));
        assertThat(inFrench.body().get("detail").asString()).isEqualTo(
                "Vous avez lancé une discussion au cours de la dernière heure. Vous pourrez publier à nouveau dans 40 minutes.");
        assertThat(discussionsTitled("Two")).isZero();
    }

    @Test
    void theCommunityLimitHoldsAllItsMembersTogether() {
        tune("COMMENT", "COMMUNITY", "3", ONE_HOUR);
        long id = Discussing.start(founder, slug, "Busy", "Text");
        Discussing.comment(amina, slug, id, "One", null);
        Discussing.comment(amina, slug, id, "Two", null);
        Discussing.comment(bruno, slug, id, "Three", null);

        MvcResult refused = Discussing.commentAnswer(bruno, slug, id, "Four, kept", null);

        assertThat(Browser.body(refused))
                .contains("This community has received 3 comments in the last hour, as many as it takes for now.")
                .contains("Four, kept");
        String other = CommunityFixtures.create(founder, "Quiet " + System.nanoTime(), "PUBLIC");
        long quiet = Discussing.start(founder, other, "Quiet", "Text");
        Discussing.comment(founder, other, quiet, "Another community has its own budget", null);
    }

    @Test
    void commentsAreLimitedPerMember() {
        tune("COMMENT", "MEMBER", "1", ONE_HOUR);
        long id = Discussing.start(founder, slug, "Talk", "Text");
        Discussing.comment(amina, slug, id, "My one comment", null);

        assertThat(Browser.body(Discussing.commentAnswer(amina, slug, id, "A second thought", null)))
                .contains("You have posted one comment in the last hour. You can comment again in 60 minutes.")
                .contains("A second thought");
        Discussing.comment(bruno, slug, id, "Bruno may", null);
    }

    @Test
    void invitationsCountEachAddressOfABatch() {
        tune("INVITATION", "MEMBER", "3", "1440");
        assertThat(invite(founder, "a@example.org b@example.org").getResponse().getRedirectedUrl()).isNotNull();

        String refused = Browser.body(invite(founder, "c@example.org d@example.org"));
        assertThat(refused).contains("You have invited 2 people in the last day.").contains("c@example.org d@example.org");
        assertThat(Browser.body(invite(founder, "e@example.org f@example.org g@example.org h@example.org")))
                .contains("At most 3 people may be invited per day: invite fewer at once.");
        assertThat(invite(founder, "c@example.org").getResponse().getRedirectedUrl()).isNotNull();
        assertThat(accounts.jdbc().queryForObject("select count(*) from invitation i join community c "
                + "on c.id = i.community_id where c.slug = ?", Long.class, slug)).isEqualTo(3);
    }

    @Test
    void uploadsAreLimitedPerMember() {
        tune("UPLOAD", "MEMBER", "1", ONE_HOUR);
        Filing.uploadOne(amina, slug, "notes.pdf", Filing.pdf());

        MvcResult refused = Filing.upload(amina, slug, List.of(Filing.file("more.pdf", Filing.pdf())),
                "description", "Typed description");

        assertThat(refused.getResponse().getRedirectedUrl()).isNull();
        assertThat(Browser.body(refused)).contains("You have uploaded one file in the last hour. You can upload again in 60 minutes.")
                .contains("Typed description");
        Filing.uploadOne(bruno, slug, "bruno.pdf", Filing.pdf());
    }

    @Test
    void filesAttachedToAPostCountAsUploads() {
        tune("UPLOAD", "MEMBER", "1", ONE_HOUR);
        long id = Discussing.start(founder, slug, "Share your charts", "Text");
        amina.get(Discussing.thread(slug, id));

        MvcResult refused = amina.postFiles(Discussing.thread(slug, id) + "/comments",
                List.of(attachment("one.pdf"), attachment("two.pdf")), "body", "Both of my charts");

        assertThat(Browser.body(refused)).contains("At most one file may be uploaded per hour: upload fewer at once.")
                .contains("Both of my charts");
        MvcResult posted = amina.postFiles(Discussing.thread(slug, id) + "/comments", List.of(attachment("one.pdf")),
                "body", "One chart");
        assertThat(posted.getResponse().getRedirectedUrl()).contains("#comment-");
    }

    @Test
    void whatNoLimitCanCountAnyMoreIsForgotten() {
        Discussing.start(amina, slug, "Counted", "Text");
        assertThat(countedIn(slug)).isEqualTo(1);

        clock.advance(Duration.ofDays(8));
        actions.forgetOld();

        assertThat(countedIn(slug)).isZero();
    }

    @Test
    void staffAreNeitherLimitedNorCounted() {
        tune("DISCUSSION", "MEMBER", "1", ONE_HOUR);
        tune("DISCUSSION", "COMMUNITY", "1", ONE_HOUR);
        CommunityFixtures.join(staff, slug);
        Discussing.start(staff, slug, "Staff one", "Text");
        Discussing.start(staff, slug, "Staff two", "Text");

        Discussing.start(amina, slug, "Amina still may", "Text");
    }

    @Test
    void aLimitStaffChangeAppliesAtOnce() {
        Discussing.start(amina, slug, "Under the default", "Text");

        tune("DISCUSSION", "MEMBER", "1", "30");

        assertThat(Browser.body(Discussing.startAnswer(amina, slug, "discussions", "Now too many", "Text")))
                .contains("You have started one discussion in the last 30 minutes.");
        assertThat(Browser.body(staff.get("/staff/limits"))).contains("1 per 30 minutes").contains("10 per hour");
        staff.get("/staff/limits/DISCUSSION/MEMBER");
        assertThat(staff.post("/staff/limits/DISCUSSION/MEMBER/restore").getResponse().getRedirectedUrl())
                .isEqualTo("/staff/limits");
        Discussing.start(amina, slug, "Default again", "Text");
    }

    @Test
    void membersCannotReachTheStaffPage() {
        assertThat(amina.get("/staff/limits").getResponse().getStatus()).isEqualTo(403);
        assertThat(amina.get("/staff/limits/DISCUSSION/MEMBER").getResponse().getStatus()).isEqualTo(403);
        amina.get("/c/" + slug);
        assertThat(amina.post("/staff/limits/DISCUSSION/MEMBER", "count", "1000", "windowMinutes", "1")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(settings.current(LimitedAction.DISCUSSION, LimitScope.MEMBER))
                .isEqualTo(LimitedAction.DISCUSSION.byDefault(LimitScope.MEMBER));
    }

    @Test
    void hostileInputOnTheStaffFormIsRefusedAndChangesNothing() {
        String[][] refused = {{"0", "60"}, {"-5", "60"}, {"ten", "60"}, {"99999999999", "60"}, {"100001", "60"},
                {"1e3", "60"}, {"", "60"}, {"10", "0"}, {"10", "10081"}, {"10", "<script>alert(1)</script>"}, {"10", "1.5"}};
        for (String[] typed : refused) {
            MvcResult answer = staff.submit("/staff/limits/COMMENT/MEMBER", "/staff/limits/COMMENT/MEMBER",
                    "count", typed[0], "windowMinutes", typed[1]);
            assertThat(answer.getResponse().getStatus()).as("count %s, window %s", typed[0], typed[1]).isEqualTo(200);
            assertThat(Browser.body(answer)).as("count %s, window %s", typed[0], typed[1])
                    .containsAnyOf("Enter a whole number from 1 to", "Please fill in this field.")
                    .doesNotContain("<script>alert(1)</script>");
        }
        assertThat(accounts.jdbc().queryForObject("select count(*) from rate_limit", Long.class)).isZero();
        assertThat(staff.get("/staff/limits/NOTHING/MEMBER").getResponse().getStatus()).isEqualTo(400);
    }

    private void tune(String action, String scope, String count, String windowMinutes) {
        String form = "/staff/limits/" + action + "/" + scope;
        MvcResult saved = staff.submit(form, form, "count", count, "windowMinutes", windowMinutes);
        assertThat(saved.getResponse().getRedirectedUrl()).as("limit %s %s saved", action, scope).isEqualTo("/staff/limits");
    }

    private MvcResult invite(Browser admin, String addresses) {
        String page = "/c/" + slug + "/manage/invitations";
        return admin.submit(page, page, "addresses", addresses, "message", "");
    }

    private static MockMultipartFile attachment(String name) {
        return new MockMultipartFile("files", name, "application/pdf", Filing.pdf());
    }

    private long countedIn(String community) {
        return accounts.jdbc().queryForObject("select count(*) from rate_limited_action a join community c "
                + "on c.id = a.community_id where c.slug = ?", Long.class, community);
    }

    private long discussionsTitled(String title) {
        return accounts.jdbc().queryForObject("select count(*) from discussion where title = ?", Long.class, title);
    }
}
