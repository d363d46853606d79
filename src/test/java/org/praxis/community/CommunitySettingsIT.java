package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;

/** Admins change privacy and status; the change takes effect at once, as the rules say. */
@PraxisIntegrationTest
class CommunitySettingsIT {

    @Autowired TestAccounts accounts;
    @Autowired org.praxis.Mailbox mailbox;

    private static String[] settings(String name, String privacy) {
        return new String[] {"name", name, "shortDescription", "Changed", "privacy", privacy};
    }

    @Test
    void openingASemiPrivateCommunityApprovesPendingRequests() {
        Browser admin = accounts.signedIn(accounts.member("Opener"));
        String name = "Becomes public " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "SEMI_PRIVATE");
        Member requester = accounts.member("Waiting");
        Browser browser = accounts.signedIn(requester);
        CommunityFixtures.join(browser, slug, "message", "Please");
        assertThat(Browser.body(browser.get("/c/" + slug))).contains("Your request to join is waiting");

        admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/settings", settings(name, "PUBLIC"));
        assertThat(Browser.body(browser.get("/c/" + slug))).contains("You are a member (Member)");
        assertThat(mailbox.await(requester.email(), "Welcome to \"" + name + "\"").text()).contains("is approved");
    }

    @Test
    void makingACommunityPrivateDeclinesRequestsAndHidesContentAtOnce() {
        Browser admin = accounts.signedIn(accounts.member("Closer"));
        String name = "Becomes private " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "OPEN", "approval", "true");
        Member requester = accounts.member("TooLate");
        Browser browser = accounts.signedIn(requester);
        CommunityFixtures.join(browser, slug);
        Browser visitor = accounts.browser();
        assertThat(visitor.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(200);

        admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/settings", settings(name, "PRIVATE"));
        assertThat(visitor.get("/c/" + slug + "/members").getResponse().getStatus()).isIn(302, 403);
        assertThat(browser.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(403);
        assertThat(Browser.body(browser.get("/c/" + slug))).contains("open by invitation only");
        assertThat(accounts.jdbc().queryForObject("select status from join_request where account_id = ?", String.class,
                requester.id())).isEqualTo("REJECTED");
        assertThat(mailbox.await(requester.email(), "Your request to join \"" + name + "\"").text())
                .as("the requester is told").contains("was not accepted");
    }

    @Test
    void hidingACommunityRemovesItFromTheDirectoryAtOnce() {
        Browser admin = accounts.signedIn(accounts.member("Hider"));
        String name = "Soon hidden " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "PUBLIC");
        Browser user = accounts.signedIn(accounts.member("Watcher"));
        assertThat(Browser.body(user.get("/communities?q=" + name))).contains(slug);

        admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/settings", settings(name, "PRIVATE_HIDDEN"));
        assertThat(Browser.body(user.get("/communities?q=" + name))).doesNotContain(slug).contains("No communities found");
        assertThat(user.get("/c/" + slug).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void archivedCommunitiesAreReadOnlyUntilReactivated() {
        Browser admin = accounts.signedIn(accounts.member("Archivist"));
        String slug = CommunityFixtures.create(admin, "Archived soon " + System.nanoTime(), "PUBLIC");
        admin.get("/c/" + slug + "/manage/settings");
        admin.post("/c/" + slug + "/manage/status", "status", "ARCHIVED");

        Browser user = accounts.signedIn(accounts.member("Late joiner"));
        String page = Browser.body(user.get("/c/" + slug));
        assertThat(page).contains("This community is archived").contains("takes no new members").doesNotContain(">Join<");
        assertThat(user.post("/c/" + slug + "/join").getResponse().getStatus()).isEqualTo(403);
        assertThat(Browser.body(admin.get("/c/" + slug + "/manage/settings"))).contains("Reactivate the community")
                .doesNotContain("Save the settings");

        admin.post("/c/" + slug + "/manage/status", "status", "ACTIVE");
        user.get("/c/" + slug);
        user.post("/c/" + slug + "/join");
        assertThat(Browser.body(user.get("/c/" + slug))).contains("You are a member");
    }

    @Test
    void aCommunityQuietForAYearIsShownInactiveToItsAdminsWithTwoWaysOut() {
        Browser admin = accounts.signedIn(accounts.member("Quiet admin"));
        String slug = CommunityFixtures.create(admin, "Quiet " + System.nanoTime(), "PUBLIC");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> accounts.jdbc().queryForObject(
                "select count(*) from event_publication where listener_id like '%CommunityActivity%'", Integer.class) == 0);
        accounts.jdbc().update("update community set last_activity_at = created_at - interval '400' day where slug = ?", slug);

        assertThat(Browser.body(admin.get("/c/" + slug))).contains("Nothing new has happened here for a year");
        Browser user = accounts.signedIn(accounts.member("Passer-by"));
        assertThat(Browser.body(user.get("/c/" + slug))).doesNotContain("Nothing new has happened here");

        admin.get("/c/" + slug);
        admin.post("/c/" + slug + "/manage/status", "status", "ACTIVE");
        assertThat(Browser.body(admin.get("/c/" + slug))).doesNotContain("Nothing new has happened here");
    }

    @Test
    void onlyAdminsAndStaffReachSettings() {
        Browser admin = accounts.signedIn(accounts.member("Owner"));
        String name = "Guarded " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, admin, slug, "Regular");
        Browser memberBrowser = accounts.signedIn(member);
        assertThat(memberBrowser.get("/c/" + slug + "/manage/settings").getResponse().getStatus()).isEqualTo(403);
        memberBrowser.get("/c/" + slug);
        assertThat(memberBrowser.post("/c/" + slug + "/manage/settings", settings("Taken over", "OPEN"))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(memberBrowser.post("/c/" + slug + "/manage/status", "status", "ARCHIVED").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(Browser.body(admin.get("/c/" + slug))).contains(name);

        Browser staff = accounts.signedIn(accounts.staff("Platform"));
        assertThat(staff.get("/c/" + slug + "/manage/settings").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void badSettingsAreRefusedAndNothingChanges() {
        Browser admin = accounts.signedIn(accounts.member("Careful admin"));
        String name = "Stable " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "PUBLIC");
        String page = Browser.body(admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/settings",
                "name", "", "shortDescription", "ok", "privacy", "PUBLIC"));
        assertThat(page).contains("Please fill in this field");
        String bad = Browser.body(admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/settings",
                "name", name, "shortDescription", "ok", "privacy", "NOPE"));
        assertThat(bad).contains("Please choose a value from the list");
        assertThat(Browser.body(admin.get("/c/" + slug))).contains(name).contains("Public");
    }

    @Test
    void tabsShowTheirCountersOnlyBuiltFeaturesHaveTabsAndAdminsHideTheOnesTheyDoNotUse() {
        Member founder = accounts.member("Tab keeper");
        Browser admin = accounts.signedIn(founder);
        String slug = CommunityFixtures.create(admin, "Tabs " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, admin, slug, "Reader");
        Browser reader = accounts.signedIn(member);

        String page = Browser.body(reader.get("/c/" + slug));
        assertThat(page).contains("href=\"/c/" + slug + "/members\"").containsPattern("Members</span>\\s*<span[^>]*tab-count[^>]*>2<");
        assertThat(page).as("discussions are built and have their tab").contains("href=\"/c/" + slug + "/discussions\"");
        assertThat(page).as("files are built: members see their tab and its counter")
                .containsPattern("href=\"/c/" + slug + "/files\"[^>]*>\\s*<span>Files</span>\\s*<span[^>]*tab-count[^>]*>0<");
        assertThat(page).as("the calendar is built and has its tab").contains("href=\"/c/" + slug + "/calendar\"");

        admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/tabs", "hidden", "MEMBERS", "hidden", "ABOUT");
        assertThat(Browser.body(reader.get("/c/" + slug))).doesNotContain("href=\"/c/" + slug + "/members\"");
        assertThat(reader.get("/c/" + slug + "/members").getResponse().getStatus())
                .as("hiding a tab tidies the page; it is not an access rule").isEqualTo(200);
        String adminPage = Browser.body(admin.get("/c/" + slug));
        assertThat(adminPage).contains("href=\"/c/" + slug + "/members\"").contains("(hidden)")
                .as("About cannot be hidden").contains("href=\"/c/" + slug + "\"");
        assertThat(admin.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(200);

        reader.get("/c/" + slug);
        assertThat(reader.post("/c/" + slug + "/manage/tabs").getResponse().getStatus()).as("members cannot change tabs")
                .isEqualTo(403);
        assertThat(admin.post("/c/" + slug + "/manage/tabs", "hidden", "NOT_A_TAB").getResponse().getStatus())
                .as("a made-up tab is a bad request, not a failure").isEqualTo(400);

        admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/tabs");
        assertThat(reader.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void languagesChosenAtCreationAndInSettingsAreShownOnTheLandingPageAndCards() {
        Browser admin = accounts.signedIn(accounts.member("Polyglot"));
        String name = "Bilingual " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "PUBLIC", "languages", "fr", "languages", "ar");
        Browser visitor = accounts.browser();
        assertThat(Browser.body(visitor.get("/c/" + slug))).contains("Working languages").contains("Arabic").contains("French");
        assertThat(Browser.body(visitor.get("/communities?q=" + name))).contains("<span>Arabic</span>, <span>French</span>");
        assertThat(Browser.body(visitor.language("fr").get("/c/" + slug))).contains("Langues de travail").contains("arabe")
                .contains("français");

        assertThat(Browser.body(admin.get("/c/" + slug + "/manage/settings")))
                .containsPattern("<option value=\"fr\"[^>]*selected");
        admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/settings",
                "name", name, "shortDescription", "Changed", "privacy", "PUBLIC", "languages", "en");
        assertThat(Browser.body(accounts.browser().get("/c/" + slug))).contains("English").doesNotContain("Arabic");
        assertThat(accounts.jdbc().queryForList("select lang_code from community_language l join community c "
                + "on c.id = l.community_id where c.slug = ?", String.class, slug)).containsExactly("en");
    }

    @Test
    void unknownLanguagesAreRefusedAndNothingChanges() {
        Browser admin = accounts.signedIn(accounts.member("Strict"));
        String name = "Language check " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "PUBLIC", "languages", "fr");
        String page = Browser.body(admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/settings",
                "name", name, "shortDescription", "Changed", "privacy", "PUBLIC", "languages", "xx-evil"));
        assertThat(page).contains("Please choose languages from the list").contains("id=\"languages-error\"");
        assertThat(accounts.jdbc().queryForList("select lang_code from community_language l join community c "
                + "on c.id = l.community_id where c.slug = ?", String.class, slug)).containsExactly("fr");
        assertThat(Browser.body(admin.submit("/communities/new", "/communities/new", "name", "Never " + System.nanoTime(),
                "shortDescription", "x", "privacy", "PUBLIC", "languages", "zz"))).contains("Please choose languages from the list");
    }
}
