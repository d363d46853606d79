package org.praxis.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.discussion.Discussing.thread;

import java.time.Duration;

import org.awaitility.Awaitility;
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
 * The personal-data guard and pre-moderation, as members and moderators meet them: the warning
 * and "publish anyway", posts held out of every list until a moderator approves or rejects them.
 */
@PraxisIntegrationTest
class PostReviewIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    Member adminAccount;
    Member aminaAccount;
    Browser admin;
    Browser amina;
    Browser bruno;
    String slug;

    @BeforeEach
    void openCommunity() {
        adminAccount = accounts.member("Admin");
        admin = accounts.signedIn(adminAccount);
        slug = CommunityFixtures.create(admin, "Guarded " + System.nanoTime(), "OPEN");
        aminaAccount = CommunityFixtures.memberOf(accounts, admin, slug, "Amina");
        amina = accounts.signedIn(aminaAccount);
        bruno = accounts.signedIn(CommunityFixtures.memberOf(accounts, admin, slug, "Bruno"));
    }

    private void settings(String personalData, String premoderation) {
        admin.get("/c/" + slug + "/manage/moderation");
        MvcResult saved = admin.post("/c/" + slug + "/manage/moderation", "responseHours", "", "principles", "",
                "personalData", personalData, "premoderation", premoderation);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug + "/manage/moderation");
    }

    private long discussionsTitled(String title) {
        return accounts.jdbc().queryForObject("select count(*) from discussion where title = ?", Long.class, title);
    }

    private long heldId(String body) {
        return accounts.jdbc().queryForObject("select id from discussion_held_post where body = ?", Long.class, body);
    }

    private static void bellSays(Browser who, String... texts) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(Browser.body(who.get("/notifications"))).contains(texts));
    }

    @Test
    void theAuthorIsWarnedOfPersonalDataAndMayEditOrPublishAnyway() {
        MvcResult warned = Discussing.startAnswer(amina, slug, "discussions", "Contact",
                "Write to me at amina.k@example.org or call +33 6 12 34 56 78");
        String page = Browser.body(warned);
        assertThat(page).contains("seems to contain personal data").contains("amina.k@example.org")
                .contains("+33 6 12 34 56 78").contains("name=\"personalDataConfirmed\"")
                .contains("Write to me at amina.k@example.org");
        assertThat(discussionsTitled("Contact")).isZero();

        Discussing.start(amina, slug, "Contact", "Write to me through my profile", "personalDataConfirmed", "false");
        long published = Discussing.start(amina, slug, "Contact again", "Call +33 6 12 34 56 78", "personalDataConfirmed", "true");
        assertThat(Browser.body(bruno.get(thread(slug, published)))).contains("33 6 12 34 56 78");

        amina.get(thread(slug, published) + "/edit");
        MvcResult edit = amina.post(thread(slug, published) + "/edit", "title", "Contact again",
                "body", "Now mail me at amina.k@example.org");
        assertThat(Browser.body(edit)).contains("seems to contain personal data").contains("amina.k@example.org");
        assertThat(accounts.jdbc().queryForObject("select body from discussion where id = ?", String.class, published))
                .isEqualTo("Call +33 6 12 34 56 78");

        long d = Discussing.start(amina, slug, "Dates are fine", "Meeting on 12/03/2024, budget 1 500 000 EUR, ISBN 978-3-16-148410-0");
        assertThat(d).isPositive();
    }

    @Test
    void inHoldModeAPostPublishedAnywayWaitsForAModeratorOutOfEveryList() {
        settings("HOLD", "NONE");
        MvcResult held = Discussing.startAnswer(amina, slug, "discussions", "My address", "I live at 12 rue de la Paix, Paris",
                "personalDataConfirmed", "true");
        assertThat(held.getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug + "/discussions");
        assertThat(held.getFlashMap().get("notice")).isEqualTo("post.held");
        assertThat(discussionsTitled("My address")).isZero();
        assertThat(Browser.body(bruno.get("/c/" + slug + "/discussions"))).doesNotContain("My address");
        assertThat(Browser.body(accounts.browser().get("/c/" + slug + "/feed.atom"))).doesNotContain("My address");
        assertThat(ApiClient.as(accounts, aminaAccount, port).get("/api/v1/communities/" + slug + "/discussions").body()
                .toString()).doesNotContain("My address");

        bellSays(admin, "A post waits for approval");
        String queue = Browser.body(admin.get("/c/" + slug + "/manage/reports"));
        assertThat(queue).contains("My address").contains("personal data").contains("12 rue de la Paix");
        long id = heldId("I live at 12 rue de la Paix, Paris");
        bruno.get("/c/" + slug);
        assertThat(bruno.post("/c/" + slug + "/manage/held/" + id + "/approve").getResponse().getStatus()).isEqualTo(403);
        admin.post("/c/" + slug + "/manage/held/" + id + "/approve");
        assertThat(discussionsTitled("My address")).isEqualTo(1);
        assertThat(Browser.body(bruno.get("/c/" + slug + "/discussions"))).contains("My address");
        bellSays(amina, "was approved and is published");
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_log where action = 'POST_APPROVED' "
                + "and target_account_id = ?", Long.class, aminaAccount.id())).isEqualTo(1);
        assertThat(admin.post("/c/" + slug + "/manage/held/" + id + "/approve").getResponse().getStatus())
                .as("decided already").isEqualTo(404);
    }

    @Test
    void firstPostsOfNewMembersWaitAndARejectionTellsTheAuthorWhy() {
        settings("WARN", "FIRST_POSTS");
        long d = Discussing.start(admin, slug, "Welcome thread", "Say hello");
        MvcResult held = Discussing.commentAnswer(amina, slug, d, "Hello, buy my product", null);
        assertThat(held.getResponse().getRedirectedUrl()).startsWith(thread(slug, d));
        assertThat(Browser.body(bruno.get(thread(slug, d)))).doesNotContain("buy my product");
        long id = heldId("Hello, buy my product");
        admin.get("/c/" + slug + "/manage/reports");
        MvcResult noReason = admin.post("/c/" + slug + "/manage/held/" + id + "/reject", "reason", " ");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(noReason)).contains("held-reason-" + id + "-error");
        admin.post("/c/" + slug + "/manage/held/" + id + "/reject", "reason", "No advertising here");
        bellSays(amina, "did not publish your post", "No advertising here");
        assertThat(accounts.jdbc().queryForObject("select count(*) from discussion_held_post where id = ?", Long.class, id)).isZero();

        Discussing.commentAnswer(amina, slug, d, "Hello everyone, I work on school meals", null);
        admin.post("/c/" + slug + "/manage/held/" + heldId("Hello everyone, I work on school meals") + "/approve");
        assertThat(Browser.body(bruno.get(thread(slug, d)))).contains("I work on school meals");
        long next = Discussing.comment(amina, slug, d, "A second post goes straight out", null);
        assertThat(next).as("after a first published post").isPositive();
        assertThat(Discussing.comment(admin, slug, d, "Moderators are never held", null)).isPositive();
    }

    @Test
    void allPostsWaitInAnAllPostsCommunityButModeratorsPublishAtOnce() {
        settings("WARN", "ALL_POSTS");
        MvcResult held = Discussing.startAnswer(amina, slug, "discussions", "Needs approval", "Text");
        assertThat(held.getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug + "/discussions");
        assertThat(Discussing.start(admin, slug, "Admin posts at once", "Text")).isPositive();
        MvcResult withFile = amina.postFiles("/c/" + slug + "/discussions/new",
                java.util.List.of(new org.springframework.mock.web.MockMultipartFile("files", "notes.txt", "text/plain",
                        "notes".getBytes())), "title", "With a file", "body", "Text");
        assertThat(Browser.body(withFile)).contains("send it without files");
        assertThat(accounts.jdbc().queryForObject("select count(*) from discussion_held_post where title = 'With a file'",
                Long.class)).isZero();

        ApiClient api = ApiClient.as(accounts, aminaAccount, port);
        ApiClient.Answer viaApi = api.post("/api/v1/communities/" + slug + "/discussions",
                "{\"title\":\"Through the API\",\"body\":\"Text\"}");
        assertThat(viaApi.status()).isEqualTo(202);
        assertThat(viaApi.body().get("held").asBoolean()).isTrue();
        ApiClient.Answer warned = api.post("/api/v1/communities/" + slug + "/discussions",
                "{\"title\":\"Mail me\",\"body\":\"at amina.k@example.org\"}");
        assertThat(warned.status()).isEqualTo(400);
        assertThat(warned.body().toString()).contains("personalData").contains("amina.k@example.org");
        assertThat(api.post("/api/v1/communities/" + slug + "/discussions",
                "{\"title\":\"Mail me\",\"body\":\"at amina.k@example.org\",\"personalDataConfirmed\":true}").status())
                .isEqualTo(202);
    }

    @Test
    void hostileGuardSettingsAreRefusedAndNobodyButAdminsChangeThem() {
        admin.get("/c/" + slug + "/manage/moderation");
        assertThat(admin.post("/c/" + slug + "/manage/moderation", "personalData", "EVERYTHING").getResponse().getStatus())
                .isEqualTo(400);
        amina.get("/c/" + slug);
        assertThat(amina.post("/c/" + slug + "/manage/moderation", "personalData", "HOLD").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(Discussing.start(amina, slug, "Still free", "Text")).isPositive();
    }
}
