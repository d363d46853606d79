package org.praxis.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.discussion.Discussing.comment;
import static org.praxis.discussion.Discussing.start;
import static org.praxis.discussion.Discussing.thread;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Reports and what moderators do about them, tried as each actor: the report form, the queue,
 * removal with the author told, warnings, suspensions, bans, and the moderation log.
 */
@PraxisIntegrationTest
class ReportsIT {

    @Autowired TestAccounts accounts;
    @Autowired org.praxis.shared.limits.RateLimitSettings limits;
    @LocalServerPort int port;

    Member adminAccount;
    Member moderatorAccount;
    Member aminaAccount;
    Member brunoAccount;
    Browser admin;
    Browser moderator;
    Browser amina;
    Browser bruno;
    String slug;

    @BeforeEach
    void openCommunityWithAModerator() {
        adminAccount = accounts.member("Admin");
        admin = accounts.signedIn(adminAccount);
        slug = CommunityFixtures.create(admin, "Safe space " + System.nanoTime(), "OPEN");
        moderatorAccount = CommunityFixtures.memberOf(accounts, admin, slug, "Moderator");
        admin.get("/c/" + slug + "/manage/settings");
        admin.post("/c/" + slug + "/manage/members/" + moderatorAccount.id() + "/role", "role", "MODERATOR");
        moderator = accounts.signedIn(moderatorAccount);
        aminaAccount = CommunityFixtures.memberOf(accounts, admin, slug, "Amina");
        brunoAccount = CommunityFixtures.memberOf(accounts, admin, slug, "Bruno");
        amina = accounts.signedIn(aminaAccount);
        bruno = accounts.signedIn(brunoAccount);
    }

    private MvcResult report(Browser who, String type, long id, Long parent, String category, String note) {
        String query = "?type=" + type + "&id=" + id + (parent == null ? "" : "&parent=" + parent);
        who.get("/c/" + slug + "/report" + query);
        return parent == null
                ? who.post("/c/" + slug + "/report", "type", type, "id", String.valueOf(id), "category", category, "note", note)
                : who.post("/c/" + slug + "/report", "type", type, "id", String.valueOf(id), "parent", parent.toString(),
                "category", category, "note", note);
    }

    /** Notifications are written after commit, by listeners: wait for them. */
    private static void bellSays(Browser who, String... texts) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(Browser.body(who.get("/notifications"))).contains(texts));
    }

    private long reportId(String type, long id) {
        return accounts.jdbc().queryForObject("select min(id) from moderation_report where target_type = ? and target_id = ?",
                Long.class, type, id);
    }

    private String logOf(String action) {
        return accounts.jdbc().queryForList("select reason from moderation_log where community_id = (select id from community "
                + "where slug = ?) and action = ?", String.class, slug, action).toString();
    }

    @Test
    void membersReportACommentAndModeratorsSeeItOnceWithTheReporterCount() {
        long d = start(amina, slug, "Cash transfers", "Let us talk.");
        long c = comment(bruno, slug, d, "Nobody asked you, you idiot", null);

        String page = Browser.body(amina.get(thread(slug, d)));
        assertThat(page).contains("/c/" + slug + "/report?type=COMMENT&amp;id=" + c + "&amp;parent=" + d);
        assertThat(Browser.body(amina.get("/c/" + slug + "/report?type=COMMENT&id=" + c + "&parent=" + d)))
                .contains("Nobody asked you").contains("Only the moderators see your report");
        MvcResult sent = report(amina, "COMMENT", c, d, "HARASSMENT", "Insults");
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(thread(slug, d) + "#comment-" + c);
        report(amina, "COMMENT", c, d, "HARASSMENT", "Again");
        Member cleo = CommunityFixtures.memberOf(accounts, admin, slug, "Cleo");
        report(accounts.signedIn(cleo), "COMMENT", c, d, "PERSONAL_DATA", "");
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_report where target_id = ? "
                + "and target_type = 'COMMENT'", Long.class, c)).as("the same member's second report is not added").isEqualTo(2);

        bellSays(moderator, "A comment was reported in");
        bellSays(admin, "A comment was reported in");
        assertThat(Browser.body(bruno.get("/notifications"))).doesNotContain("was reported");
        String queue = Browser.body(moderator.get("/c/" + slug + "/manage/reports"));
        assertThat(queue).contains("Nobody asked you").contains("2 people reported it").contains("Harassment")
                .contains("personal data").contains("by " + brunoAccount.displayName());
        assertThat(Browser.body(moderator.get("/c/" + slug + "/manage/reports/" + reportId("COMMENT", c))))
                .contains("Insults").contains(aminaAccount.displayName()).contains("Member since");
        assertThat(Browser.body(admin.get("/c/" + slug + "/manage/reports"))).contains("Nobody asked you");
        Member staff = accounts.staff("Staff");
        assertThat(Browser.body(accounts.signedIn(staff).get("/staff/reports"))).contains("Nobody asked you");

        assertThat(amina.get("/c/" + slug + "/manage/reports").getResponse().getStatus()).as("members").isEqualTo(403);
        assertThat(amina.get("/c/" + slug + "/manage/reports/" + reportId("COMMENT", c)).getResponse().getStatus()).isEqualTo(403);
        assertThat(amina.get("/staff/reports").getResponse().getStatus()).isEqualTo(403);
        Browser outsider = accounts.signedIn(accounts.member("Outsider"));
        assertThat(outsider.get("/c/" + slug + "/manage/reports").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.browser().get("/c/" + slug + "/manage/reports").getResponse().getRedirectedUrl())
                .as("visitors sign in first").contains("/signin");
        assertThat(accounts.browser().get("/c/" + slug + "/report?type=COMMENT&id=" + c + "&parent=" + d).getResponse()
                .getRedirectedUrl()).contains("/signin");
    }

    @Test
    void nobodyReportsWhatTheyCannotReadAndTheFormDoesNotSayItExists() {
        Browser founder = accounts.signedIn(accounts.member("Founder"));
        String hidden = CommunityFixtures.create(founder, "Hidden " + System.nanoTime(), "PRIVATE_HIDDEN");
        long d = start(founder, hidden, "Secret plans", "Text");
        assertThat(amina.get("/c/" + hidden + "/report?type=DISCUSSION&id=" + d).getResponse().getStatus()).isEqualTo(404);
        long mine = start(amina, slug, "Mine", "Text");
        assertThat(amina.get("/c/" + slug + "/report?type=DISCUSSION&id=" + d).getResponse().getStatus())
                .as("another community's id").isEqualTo(404);
        amina.get("/c/" + slug + "/report?type=DISCUSSION&id=" + mine);
        assertThat(amina.post("/c/" + slug + "/report", "type", "DISCUSSION", "id", String.valueOf(d), "category", "SPAM")
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(amina.get("/c/" + slug + "/report?type=NOPE&id=1").getResponse().getStatus()).isEqualTo(400);
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_report where target_id = ?", Long.class, d))
                .isZero();
    }

    @Test
    void hostileReportsGetFormErrorsAndNothingIsStored() {
        long d = start(amina, slug, "Hostile", "Text");
        MvcResult noCategory = report(bruno, "DISCUSSION", d, null, "", "x");
        assertThat(noCategory.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(noCategory)).contains("Choose why you are reporting it.").contains("report-category-error");
        MvcResult tooLong = report(bruno, "DISCUSSION", d, null, "SPAM", "x".repeat(1001));
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(tooLong)).contains("report-note-error");
        assertThat(report(bruno, "DISCUSSION", d, null, "NOT_A_CATEGORY", "x").getResponse().getStatus()).isEqualTo(400);
        MvcResult script = report(bruno, "DISCUSSION", d, null, "OTHER", "<script>alert(1)</script>");
        assertThat(script.getResponse().getStatus()).isEqualTo(302);
        assertThat(Browser.body(moderator.get("/c/" + slug + "/manage/reports/" + reportId("DISCUSSION", d))))
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_report where target_id = ? "
                + "and target_type = 'DISCUSSION'", Long.class, d)).isEqualTo(1);
    }

    @Test
    void removingFromTheQueueTellsTheAuthorAndTheContentIsGoneFromEveryReadPath() {
        long d = start(bruno, slug, "Buy cheap watches", "Visit my shop at example.com");
        report(amina, "DISCUSSION", d, null, "SPAM", "Advertising");
        long r = reportId("DISCUSSION", d);
        moderator.get("/c/" + slug + "/manage/reports/" + r);
        MvcResult noReason = moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "REMOVE", "reason", " ");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(noReason)).contains("act-reason-error");
        moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "REMOVE", "reason", "Advertising is not allowed");

        assertThat(amina.get(thread(slug, d)).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(amina.get("/c/" + slug + "/discussions"))).doesNotContain("Buy cheap watches");
        assertThat(Browser.body(accounts.browser().get("/c/" + slug + "/feed.atom"))).doesNotContain("Buy cheap watches");
        assertThat(Browser.body(amina.get("/c/" + slug + "/home"))).doesNotContain("Buy cheap watches");
        ApiClient api = ApiClient.as(accounts, aminaAccount, port);
        assertThat(api.get("/api/v1/communities/" + slug + "/discussions/" + d).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/communities/" + slug + "/discussions").body().toString()).doesNotContain("Buy cheap watches");
        assertThat(api.get("/api/v1/communities/" + slug + "/activity").body().toString()).doesNotContain("Buy cheap watches");

        assertThat(accounts.jdbc().queryForObject("select status from moderation_report where id = ?", String.class, r))
                .isEqualTo("ACTIONED");
        assertThat(logOf("CONTENT_REMOVED")).contains("Advertising is not allowed");
        bellSays(bruno, "A moderator removed your discussion", "Advertising is not allowed");
        assertThat(Browser.body(moderator.get("/c/" + slug + "/manage/reports"))).doesNotContain("Buy cheap watches");
    }

    @Test
    void removingAFileFromTheQueueTellsItsUploader() {
        long file = org.praxis.library.Filing.uploadOne(bruno, slug, "leak.txt", "Names and addresses".getBytes());
        report(amina, "FILE", file, null, "PERSONAL_DATA", "");
        long r = reportId("FILE", file);
        moderator.get("/c/" + slug + "/manage/reports/" + r);
        moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "REMOVE", "reason", "Personal data of others");
        assertThat(amina.get("/c/" + slug + "/files/" + file).getResponse().getStatus()).isEqualTo(404);
        bellSays(bruno, "removed your file", "Personal data of others");
        assertThat(logOf("CONTENT_REMOVED")).contains("Personal data of others");
    }

    @Test
    void aWarningReachesTheAuthorAndTheLog() {
        long d = start(bruno, slug, "Heated", "You are all wrong");
        report(amina, "DISCUSSION", d, null, "HARASSMENT", "");
        long r = reportId("DISCUSSION", d);
        moderator.get("/c/" + slug + "/manage/reports/" + r);
        moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "WARN", "reason", "Please stay courteous");
        bellSays(bruno, "warned you", "Please stay courteous");
        assertThat(logOf("MEMBER_WARNED")).contains("Please stay courteous");
        assertThat(bruno.get(thread(slug, d)).getResponse().getStatus()).as("a warning leaves the content").isEqualTo(200);
    }

    @Test
    void aSuspendedMemberReadsButDoesNotPostUntilTheSuspensionEnds() {
        long d = start(bruno, slug, "Again and again", "Text");
        report(amina, "DISCUSSION", d, null, "SPAM", "");
        long r = reportId("DISCUSSION", d);
        moderator.get("/c/" + slug + "/manage/reports/" + r);
        for (String days : new String[] {"0", "-3", "abc", "366", ""}) {
            MvcResult bad = moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "SUSPEND", "reason", "Flooding",
                    "days", days);
            assertThat(bad.getResponse().getStatus()).as("days %s", days).isEqualTo(422);
            assertThat(Browser.body(bad)).contains("act-days-error");
        }
        moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "SUSPEND", "reason", "Flooding", "days", "3");

        assertThat(bruno.get(thread(slug, d)).getResponse().getStatus()).isEqualTo(200);
        assertThat(Discussing.startAnswer(bruno, slug, "discussions", "One more", "Text").getResponse().getStatus()).isEqualTo(403);
        assertThat(Discussing.commentAnswer(bruno, slug, d, "And more", null).getResponse().getStatus()).isEqualTo(403);
        assertThat(ApiClient.as(accounts, brunoAccount, port).post("/api/v1/communities/" + slug + "/discussions",
                "{\"title\":\"Via the API\",\"body\":\"Text\"}").status()).isEqualTo(403);
        bellSays(bruno, "suspended your posting", "Flooding");
        assertThat(logOf("POSTING_SUSPENDED")).contains("Flooding");
        assertThat(Browser.body(admin.get("/c/" + slug + "/manage/moderation-log"))).contains("Posting suspended")
                .contains("until ").contains("Flooding");
        assertThat(comment(amina, slug, d, "Others still post", null)).isPositive();

        accounts.jdbc().update("update membership set posting_suspended_until = ? where account_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), brunoAccount.id());
        assertThat(comment(bruno, slug, d, "Back, politely", null)).as("after the suspension").isPositive();
    }

    @Test
    void aBanFromTheQueueRemovesTheMemberAndIsLogged() {
        long d = start(bruno, slug, "Abuse", "Text");
        report(amina, "DISCUSSION", d, null, "HARASSMENT", "");
        long r = reportId("DISCUSSION", d);
        moderator.get("/c/" + slug + "/manage/reports/" + r);
        moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "BAN", "reason", "Repeated abuse");
        assertThat(accounts.jdbc().queryForObject("select count(*) from membership m join community c on c.id = m.community_id "
                + "where c.slug = ? and m.account_id = ?", Long.class, slug, brunoAccount.id())).isZero();
        assertThat(accounts.jdbc().queryForObject("select count(*) from community_ban b join community c on c.id = b.community_id "
                + "where c.slug = ? and b.account_id = ?", Long.class, slug, brunoAccount.id())).isEqualTo(1);
        assertThat(logOf("MEMBER_BANNED")).contains("Repeated abuse");
    }

    @Test
    void aModeratorCannotActOnAnAdminButAnotherAdminCan() {
        long d = start(admin, slug, "Admin's words", "Text");
        report(amina, "DISCUSSION", d, null, "OTHER", "");
        long r = reportId("DISCUSSION", d);
        String page = Browser.body(moderator.get("/c/" + slug + "/manage/reports/" + r));
        assertThat(page).contains("kind-REMOVE").doesNotContain("kind-WARN").doesNotContain("kind-SUSPEND")
                .doesNotContain("kind-BAN");
        for (String kind : new String[] {"WARN", "SUSPEND", "REMOVE_MEMBER", "BAN"}) {
            assertThat(moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", kind, "reason", "No",
                    "days", "2").getResponse().getStatus()).as(kind).isEqualTo(403);
        }
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_log where target_account_id = ?",
                Long.class, adminAccount.id())).isZero();
        Member second = CommunityFixtures.memberOf(accounts, admin, slug, "Second admin");
        admin.get("/c/" + slug + "/manage/settings");
        admin.post("/c/" + slug + "/manage/members/" + second.id() + "/role", "role", "ADMIN");
        Browser other = accounts.signedIn(second);
        other.get("/c/" + slug + "/manage/reports/" + r);
        other.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "WARN", "reason", "Mind the tone");
        assertThat(logOf("MEMBER_WARNED")).contains("Mind the tone");
    }

    @Test
    void dismissingClosesTheReportsAndIsLogged() {
        long d = start(bruno, slug, "Fine text", "Text");
        report(amina, "DISCUSSION", d, null, "OTHER", "I do not like it");
        long r = reportId("DISCUSSION", d);
        moderator.get("/c/" + slug + "/manage/reports/" + r);
        moderator.post("/c/" + slug + "/manage/reports/" + r + "/dismiss", "note", "Disagreement is not abuse");
        assertThat(accounts.jdbc().queryForObject("select status from moderation_report where id = ?", String.class, r))
                .isEqualTo("DISMISSED");
        assertThat(logOf("REPORT_DISMISSED")).contains("Disagreement is not abuse");
        assertThat(Browser.body(moderator.get("/c/" + slug + "/manage/reports"))).doesNotContain("Fine text");
    }

    @Test
    void theReportFormAndQueueShowTheAvailabilityPromiseAndHowLongEachReportWaited() {
        admin.get("/c/" + slug + "/manage/moderation");
        for (String bad : new String[] {"0", "-1", "abc", "721", "9999999999"}) {
            MvcResult answer = admin.post("/c/" + slug + "/manage/moderation", "responseHours", bad);
            assertThat(answer.getResponse().getStatus()).as(bad).isEqualTo(422);
            assertThat(Browser.body(answer)).contains("response-hours-error");
        }
        admin.post("/c/" + slug + "/manage/moderation", "responseHours", "24");
        assertThat(moderator.get("/c/" + slug + "/manage/moderation").getResponse().getStatus()).as("admins only").isEqualTo(403);
        long d = start(bruno, slug, "Old report", "Text");
        assertThat(Browser.body(amina.get("/c/" + slug + "/report?type=DISCUSSION&id=" + d)))
                .contains("within 24 hours");
        report(amina, "DISCUSSION", d, null, "SPAM", "");
        accounts.jdbc().update("update moderation_report set created_at = ? where target_id = ? and target_type = 'DISCUSSION'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(30 * 3600)), d);
        String queue = Browser.body(moderator.get("/c/" + slug + "/manage/reports"));
        assertThat(queue).contains("Waiting for 30 hours").contains("Over the 24-hour promise");
        assertThat(logOf("RESPONSE_TIME_CHANGED")).isNotNull();
    }

    @Test
    void adminsAndStaffReadAndFilterTheLogWhichNoEndpointChanges() {
        long d = start(bruno, slug, "Logged", "Text");
        long c = comment(bruno, slug, d, "Off topic", null);
        moderator.get(thread(slug, d));
        moderator.post(thread(slug, d) + "/comments/" + c + "/remove", "reason", "Off-topic here");
        moderator.post(thread(slug, d) + "/lock", "on", "true");

        String log = Browser.body(admin.get("/c/" + slug + "/manage/moderation-log"));
        assertThat(log).contains("Content removed").contains("Off-topic here").contains("Discussion locked")
                .contains(moderatorAccount.displayName());
        String filtered = Browser.body(admin.get("/c/" + slug + "/manage/moderation-log?action=THREAD_LOCKED"));
        assertThat(filtered).contains("Discussion locked").doesNotContain("Off-topic here");
        assertThat(Browser.body(admin.get("/c/" + slug + "/manage/moderation-log?member=" + aminaAccount.id())))
                .doesNotContain("Off-topic here");
        assertThat(admin.get("/c/" + slug + "/manage/moderation-log?from=2026-05-02&to=2026-05-01").getResponse().getStatus())
                .isEqualTo(422);
        assertThat(admin.get("/c/" + slug + "/manage/moderation-log?action=DROP_TABLE").getResponse().getStatus()).isEqualTo(400);
        assertThat(admin.get("/c/" + slug + "/manage/moderation-log?page=50000000").getResponse().getStatus()).isEqualTo(422);
        assertThat(admin.get("/c/" + slug + "/manage/moderation-log?to=%2B999999999-12-31").getResponse().getStatus())
                .as("a date beyond year 9999").isIn(400, 422);
        assertThat(moderator.get("/c/" + slug + "/manage/moderation-log").getResponse().getStatus()).isEqualTo(403);
        assertThat(amina.get("/c/" + slug + "/manage/moderation-log").getResponse().getStatus()).isEqualTo(403);
        Member staff = accounts.staff("Staff");
        assertThat(Browser.body(accounts.signedIn(staff).get("/staff/moderation-log"))).contains("Off-topic here");
        assertThat(amina.get("/staff/moderation-log").getResponse().getStatus()).isEqualTo(403);

        ApiClient api = ApiClient.as(accounts, adminAccount, port);
        assertThat(api.get("/api/v1/communities/" + slug + "/moderation-log").body().toString()).contains("Off-topic here");
        assertThat(ApiClient.as(accounts, aminaAccount, port).get("/api/v1/communities/" + slug + "/moderation-log").status())
                .isEqualTo(403);

        Long count = accounts.jdbc().queryForObject("select count(*) from moderation_log", Long.class);
        String logPath = "/api/v1/communities/" + slug + "/moderation-log";
        for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
            assertThat(api.call(method, logPath, "{\"reason\":\"rewritten\"}").status()).as(method).isIn(403, 404, 405, 415);
        }
        admin.get("/c/" + slug + "/manage/moderation-log");
        assertThat(admin.post("/c/" + slug + "/manage/moderation-log", "reason", "rewritten").getResponse().getStatus())
                .isIn(403, 404, 405);
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_log", Long.class)).isEqualTo(count);
        assertThat(accounts.jdbc().queryForList("select reason from moderation_log", String.class)).doesNotContain("rewritten");

        assertThatThrownBy(() -> accounts.jdbc().update("update moderation_log set reason = 'rewritten'"))
                .as("the database refuses changes").isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThatThrownBy(() -> accounts.jdbc().update("delete from moderation_log"))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_log", Long.class)).isEqualTo(count);
    }

    @Test
    void reportingThroughTheApi() {
        long d = start(bruno, slug, "Via API", "Text");
        ApiClient api = ApiClient.as(accounts, aminaAccount, port);
        assertThat(api.post("/api/v1/reports", "{\"community\":\"" + slug + "\",\"type\":\"DISCUSSION\",\"id\":" + d
                + ",\"category\":\"SPAM\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/reports", "{\"community\":\"" + slug + "\",\"type\":\"DISCUSSION\",\"id\":" + d
                + ",\"category\":\"SPAM\"}").status()).isEqualTo(200);
        ApiClient.Answer bad = api.post("/api/v1/reports", "{\"community\":\"" + slug + "\",\"type\":\"DISCUSSION\",\"id\":" + d + "}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body().toString()).contains("category");
        assertThat(api.post("/api/v1/reports", "{\"type\":\"DISCUSSION\",\"id\":" + d + ",\"category\":\"SPAM\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/reports", "{\"community\":\"" + slug + "\",\"type\":\"DISCUSSION\",\"id\":999999999,"
                + "\"category\":\"SPAM\"}").status()).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).post("/api/v1/reports", "{}").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/reports", "{\"type\":\"PROFILE\",\"id\":" + brunoAccount.id() + ",\"category\":\"SPAM\"}")
                .status()).isEqualTo(201);
        Member staff = accounts.staff("Staff");
        assertThat(Browser.body(accounts.signedIn(staff).get("/staff/reports"))).contains(brunoAccount.displayName())
                .contains("No community");
    }

    @Test
    void reportsCountAgainstTheReportLimit() {
        long d1 = start(bruno, slug, "First", "Text");
        long d2 = start(bruno, slug, "Second", "Text");
        limits.change(org.praxis.shared.limits.LimitedAction.REPORT, org.praxis.shared.limits.LimitScope.MEMBER, "1", "60",
                adminAccount.id());
        try {
            report(amina, "DISCUSSION", d1, null, "SPAM", "");
            MvcResult second = report(amina, "DISCUSSION", d2, null, "SPAM", "Kept text");
            assertThat(second.getResponse().getStatus()).isEqualTo(422);
            assertThat(Browser.body(second)).contains("Kept text");
            assertThat(ApiClient.as(accounts, aminaAccount, port).post("/api/v1/reports", "{\"community\":\"" + slug
                    + "\",\"type\":\"DISCUSSION\",\"id\":" + d2 + ",\"category\":\"SPAM\"}").status()).isEqualTo(429);
            assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_report where target_id = ? "
                    + "and target_type = 'DISCUSSION'", Long.class, d2)).isZero();
            report(bruno, "DISCUSSION", d1, null, "SPAM", "");
        } finally {
            limits.restore(org.praxis.shared.limits.LimitedAction.REPORT, org.praxis.shared.limits.LimitScope.MEMBER);
        }
    }

    @Test
    void aModeratorMovesADiscussionToAnotherCommunityTheyModerateWithItsComments() {
        String other = CommunityFixtures.create(moderator, "Better place " + System.nanoTime(), "PRIVATE");
        long d = start(bruno, slug, "Wrong place", "This belongs elsewhere");
        long c = comment(amina, slug, d, "Indeed it does", null);
        report(amina, "DISCUSSION", d, null, "OFF_TOPIC", "");
        long r = reportId("DISCUSSION", d);
        String page = Browser.body(moderator.get("/c/" + slug + "/manage/reports/" + r));
        assertThat(page).contains("kind-MOVE").contains("value=\"" + other + "\"");
        MvcResult noDestination = moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "MOVE",
                "reason", "Off-topic here", "to", "");
        assertThat(noDestination.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(noDestination)).contains("act-to-error");
        assertThat(moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "MOVE", "reason", "Off-topic here",
                "to", slug).getResponse().getStatus()).as("not to the same community").isEqualTo(403);
        String elsewhere = CommunityFixtures.create(accounts.signedIn(accounts.member("Stranger")), "Not mine " + System.nanoTime(),
                "PUBLIC");
        assertThat(moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "MOVE", "reason", "Off-topic here",
                "to", elsewhere).getResponse().getStatus()).as("only where they moderate").isEqualTo(403);
        moderator.post("/c/" + slug + "/manage/reports/" + r + "/act", "kind", "MOVE", "reason", "Off-topic here", "to", other);

        assertThat(amina.get(thread(slug, d)).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(amina.get("/c/" + slug + "/home"))).doesNotContain("Wrong place");
        assertThat(amina.get(thread(other, d)).getResponse().getStatus()).as("a private community she is not in").isIn(403, 404);
        assertThat(Browser.body(moderator.get(thread(other, d)))).contains("This belongs elsewhere").contains("Indeed it does")
                .contains("comment-" + c);
        assertThat(Browser.body(moderator.get("/c/" + other + "/home"))).contains("Wrong place");
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_log where action = 'DISCUSSION_MOVED' "
                + "and target_id = ?", Long.class, d)).isEqualTo(2);
        assertThat(accounts.jdbc().queryForObject("select status from moderation_report where id = ?", String.class, r))
                .isEqualTo("ACTIONED");
    }

    @Test
    void eachCommunityWorksOnlyItsOwnReportsAboutTheSamePerson() {
        Browser otherAdmin = accounts.signedIn(accounts.member("Other admin"));
        String other = CommunityFixtures.create(otherAdmin, "Elsewhere " + System.nanoTime(), "PRIVATE_HIDDEN");
        long otherId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, other);
        accounts.jdbc().update("insert into moderation_report (community_id, target_type, target_id, target_account_id, "
                + "target_title, target_path, reporter_id, category, note, created_at, status) values (?, 'PROFILE', ?, ?, ?, ?, ?, "
                + "'HARASSMENT', 'Secret note from elsewhere', current_timestamp, 'OPEN')", otherId, brunoAccount.id(),
                brunoAccount.id(), brunoAccount.displayName(), "/members/" + brunoAccount.id(), adminAccount.id());
        amina.get("/c/" + slug + "/report?type=PROFILE&id=" + brunoAccount.id());
        amina.post("/c/" + slug + "/report", "type", "PROFILE", "id", String.valueOf(brunoAccount.id()), "category", "SPAM");
        long here = accounts.jdbc().queryForObject("select id from moderation_report where community_id = (select id from "
                + "community where slug = ?) and target_type = 'PROFILE'", Long.class, slug);

        String page = Browser.body(moderator.get("/c/" + slug + "/manage/reports/" + here));
        assertThat(page).contains("1 report").doesNotContain("Secret note from elsewhere");
        moderator.post("/c/" + slug + "/manage/reports/" + here + "/dismiss", "note", "Fine");
        assertThat(accounts.jdbc().queryForObject("select status from moderation_report where community_id = ? "
                + "and target_type = 'PROFILE'", String.class, otherId)).as("the other community's report").isEqualTo("OPEN");
    }
}
