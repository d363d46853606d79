package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Creating communities, joining them, asking to join, and the rules around members. */
@PraxisIntegrationTest
class CommunityIT {

    @Autowired TestAccounts accounts;

    @Test
    void memberCreatesACommunityAndIsItsAdmin() {
        Member founder = accounts.member("Founder");
        Browser browser = accounts.signedIn(founder);
        String slug = CommunityFixtures.create(browser, "Protection sociale – MENA " + System.nanoTime(), "PUBLIC",
                "description", "## Purpose\n\nShare **practice**.", "moderatorAvailability", "Weekdays 9-17 CET");
        assertThat(slug).startsWith("protection-sociale-mena-");

        String page = Browser.body(browser.get("/c/" + slug));
        assertThat(page).contains("Your community is created").contains("<h3>Purpose</h3>")
                .contains("<strong>practice</strong>").contains("Weekdays 9-17 CET")
                .contains(founder.displayName()).contains("You are a member (Administrator)").contains("1 member");
        assertThat(Browser.body(browser.get("/communities/mine"))).contains("/c/" + slug);
    }

    @Test
    void visitorsCannotCreateCommunities() {
        assertThat(accounts.browser().get("/communities/new").getResponse().getRedirectedUrl()).endsWith("/signin");
    }

    @Test
    void badInputOnCreationGetsMessagesAndCreatesNothing() {
        Browser browser = accounts.signedIn(accounts.member("Sloppy"));
        String page = Browser.body(browser.submit("/communities/new", "/communities/new",
                "name", "", "shortDescription", "x".repeat(301), "privacy", "PUBLIC"));
        assertThat(page).contains("Please fill in this field").contains("Please use at most 300 characters");

        String symbols = Browser.body(browser.submit("/communities/new", "/communities/new",
                "name", "!!! ???", "shortDescription", "Symbols", "privacy", "PUBLIC"));
        assertThat(symbols).contains("The name needs at least one letter or digit");

        String badPrivacy = Browser.body(browser.submit("/communities/new", "/communities/new",
                "name", "Bad privacy", "shortDescription", "x", "privacy", "SECRET"));
        assertThat(badPrivacy).contains("Please choose a value from the list");
        assertThat(accounts.jdbc().queryForObject("select count(*) from community where name in ('Bad privacy', '!!! ???')",
                Integer.class)).isZero();
    }

    @Test
    void hostileMarkdownIsSanitisedAndTextIsEscaped() {
        Browser browser = accounts.signedIn(accounts.member("Hostile"));
        String slug = CommunityFixtures.create(browser, "Hostile <script>alert(1)</script>", "OPEN",
                "description", "<script>alert(2)</script>\n\n[x](javascript:alert(3))\n\n<img src=x onerror=alert(4)>",
                "eligibility", "<b>only</b> experts");
        String page = Browser.body(accounts.browser().get("/c/" + slug));
        assertThat(page).doesNotContain("<script>alert").doesNotContain("href=\"javascript").doesNotContain("<img src=x")
                .doesNotContain("<b>only</b>").contains("Hostile &lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void userJoinsAPublicCommunityAtOnceAndOnlyOnce() {
        Browser founder = accounts.signedIn(accounts.member("Host"));
        String slug = CommunityFixtures.create(founder, "Cash transfers " + System.nanoTime(), "PUBLIC");
        Member joiner = accounts.member("Joiner");
        Browser browser = accounts.signedIn(joiner);
        assertThat(browser.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(403);

        browser.get("/c/" + slug);
        browser.post("/c/" + slug + "/join");
        browser.post("/c/" + slug + "/join");
        assertThat(Browser.body(browser.get("/c/" + slug))).contains("Welcome! You are now a member").contains("2 members");
        assertThat(accounts.jdbc().queryForObject(
                "select count(*) from membership m join community c on c.id = m.community_id where c.slug = ? and m.account_id = ?",
                Integer.class, slug, joiner.id())).isEqualTo(1);
        assertThat(Browser.body(browser.get("/c/" + slug + "/members"))).contains(joiner.displayName());
    }

    @Test
    void semiPrivateRequestIsApprovedByAnAdmin() {
        Member admin = accounts.member("Gatekeeper");
        Browser adminBrowser = accounts.signedIn(admin);
        String slug = CommunityFixtures.create(adminBrowser, "Social registries " + System.nanoTime(), "SEMI_PRIVATE",
                "eligibility", "Practitioners of social registries");
        Member applicant = accounts.member("Applicant");
        Browser browser = accounts.signedIn(applicant);

        String landing = Browser.body(browser.get("/c/" + slug));
        assertThat(landing).contains("Practitioners of social registries").contains("Request to join");
        browser.post("/c/" + slug + "/join", "message", "I run the registry in Tunisia");
        assertThat(Browser.body(browser.get("/c/" + slug))).contains("Your request to join is waiting");
        assertThat(browser.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(403);
        assertThat(browser.get("/c/" + slug + "/manage/requests").getResponse().getStatus()).isEqualTo(403);

        String queue = Browser.body(adminBrowser.get("/c/" + slug + "/manage/requests"));
        assertThat(queue).contains(applicant.displayName()).contains("I run the registry in Tunisia").contains("1 request waiting");
        long requestId = accounts.jdbc().queryForObject(
                "select r.id from join_request r join community c on c.id = r.community_id where c.slug = ?", Long.class, slug);
        adminBrowser.post("/c/" + slug + "/manage/requests/" + requestId + "/approve");
        assertThat(Browser.body(adminBrowser.get("/c/" + slug + "/manage/requests"))).contains("The request is approved");
        // A second click, or a colleague rejecting at the same moment, changes nothing.
        MvcResult late = adminBrowser.post("/c/" + slug + "/manage/requests/" + requestId + "/reject");
        assertThat(late.getResponse().getRedirectedUrl()).endsWith("/manage/requests");
        assertThat(Browser.body(adminBrowser.get("/c/" + slug + "/manage/requests"))).contains("Someone already answered");

        assertThat(Browser.body(browser.get("/c/" + slug))).contains("You are a member (Member)");
        assertThat(browser.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void privateCommunitiesTakeNoJoinAndHiddenOnesAnswer404() {
        Browser founder = accounts.signedIn(accounts.member("Secretive"));
        String privateSlug = CommunityFixtures.create(founder, "Private group " + System.nanoTime(), "PRIVATE");
        String hiddenSlug = CommunityFixtures.create(founder, "Hidden group " + System.nanoTime(), "PRIVATE_HIDDEN");

        Browser user = accounts.signedIn(accounts.member("Outsider"));
        assertThat(Browser.body(user.get("/c/" + privateSlug))).contains("open by invitation only").doesNotContain(">Join<");
        user.get("/c/" + privateSlug);
        assertThat(user.post("/c/" + privateSlug + "/join").getResponse().getStatus()).isEqualTo(403);

        assertThat(user.get("/c/" + hiddenSlug).getResponse().getStatus()).isEqualTo(404);
        assertThat(user.get("/c/" + hiddenSlug + "/members").getResponse().getStatus()).isEqualTo(404);
        assertThat(user.post("/c/" + hiddenSlug + "/join").getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get("/c/" + hiddenSlug).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(user.get("/communities?q=Hidden group"))).doesNotContain(hiddenSlug);
        assertThat(Browser.body(accounts.browser().get("/communities?privacy=PRIVATE_HIDDEN"))).contains("No communities found");

        assertThat(Browser.body(founder.get("/communities?q=Hidden group"))).contains(hiddenSlug);
        Browser staff = accounts.signedIn(accounts.staff("Overseer"));
        assertThat(staff.get("/c/" + hiddenSlug).getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(staff.get("/communities?q=Hidden group"))).contains(hiddenSlug);
    }

    @Test
    void openCommunityContentIsReadableByVisitors() {
        Browser founder = accounts.signedIn(accounts.member("Opener"));
        String slug = CommunityFixtures.create(founder, "Open practice " + System.nanoTime(), "OPEN");
        Browser visitor = accounts.browser();
        assertThat(visitor.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(visitor.get("/c/" + slug))).contains("Sign in to join");
        assertThat(visitor.post("/c/" + slug + "/join").getResponse().getStatus()).isIn(302, 403);
    }

    @Test
    void theLastAdminCannotLeaveOrBeDemoted() {
        Member founder = accounts.member("Lonely");
        Browser browser = accounts.signedIn(founder);
        String slug = CommunityFixtures.create(browser, "Lonely admin " + System.nanoTime(), "PUBLIC");
        browser.get("/c/" + slug);
        browser.post("/c/" + slug + "/leave");
        assertThat(Browser.body(browser.get("/c/" + slug))).contains("needs at least one administrator")
                .contains("You are a member (Administrator)");

        browser.get("/c/" + slug + "/members");
        browser.post("/c/" + slug + "/manage/members/" + founder.id() + "/role", "role", "MEMBER");
        assertThat(Browser.body(browser.get("/c/" + slug))).contains("You are a member (Administrator)");
    }

    @Test
    void moderatorsRemoveMembersButNotAdminsAndBannedPeopleCannotComeBack() {
        Member admin = accounts.member("Chief");
        Browser adminBrowser = accounts.signedIn(admin);
        String slug = CommunityFixtures.create(adminBrowser, "Moderated " + System.nanoTime(), "PUBLIC");
        Member moderator = CommunityFixtures.memberOf(accounts, adminBrowser, slug, "Moderator");
        Member troll = CommunityFixtures.memberOf(accounts, adminBrowser, slug, "Troll");
        adminBrowser.get("/c/" + slug + "/members");
        adminBrowser.post("/c/" + slug + "/manage/members/" + moderator.id() + "/role", "role", "MODERATOR");

        Browser modBrowser = accounts.signedIn(moderator);
        modBrowser.get("/c/" + slug + "/members");
        assertThat(modBrowser.post("/c/" + slug + "/manage/members/" + admin.id() + "/remove").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(modBrowser.post("/c/" + slug + "/manage/members/" + troll.id() + "/role", "role", "ADMIN")
                .getResponse().getStatus()).isEqualTo(403);
        modBrowser.post("/c/" + slug + "/manage/members/" + troll.id() + "/ban", "reason", "Spam");

        Browser trollBrowser = accounts.signedIn(troll);
        assertThat(Browser.body(trollBrowser.get("/c/" + slug))).contains("You cannot join this community");
        trollBrowser.get("/c/" + slug);
        assertThat(trollBrowser.post("/c/" + slug + "/join").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.jdbc().queryForObject("select count(*) from membership where account_id = ?",
                Integer.class, troll.id())).isZero();

        String members = Browser.body(modBrowser.get("/c/" + slug + "/members"));
        assertThat(members).contains("Banned from this community").contains(troll.displayName()).contains("Reason: Spam")
                .contains("Unban " + troll.displayName());
        Browser plain = accounts.signedIn(CommunityFixtures.memberOf(accounts, adminBrowser, slug, "Plain"));
        assertThat(Browser.body(plain.get("/c/" + slug + "/members"))).doesNotContain("Reason: Spam");
        assertThat(plain.post("/c/" + slug + "/manage/members/" + troll.id() + "/unban").getResponse().getStatus())
                .isEqualTo(403);
        modBrowser.post("/c/" + slug + "/manage/members/" + troll.id() + "/unban");
        assertThat(Browser.body(modBrowser.get("/c/" + slug + "/members"))).contains("The ban is lifted")
                .doesNotContain("Reason: Spam");
        trollBrowser.get("/c/" + slug);
        trollBrowser.post("/c/" + slug + "/join");
        assertThat(Browser.body(trollBrowser.get("/c/" + slug))).contains("You are a member");
    }

    @Test
    void plainMembersCannotManage() {
        Browser founder = accounts.signedIn(accounts.member("Boss"));
        String slug = CommunityFixtures.create(founder, "Flat " + System.nanoTime(), "PUBLIC");
        Member plain = CommunityFixtures.memberOf(accounts, founder, slug, "Plain");
        Browser browser = accounts.signedIn(plain);
        assertThat(browser.get("/c/" + slug + "/manage/requests").getResponse().getStatus()).isEqualTo(403);
        browser.get("/c/" + slug);
        assertThat(browser.post("/c/" + slug + "/manage/members/" + plain.id() + "/role", "role", "ADMIN")
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void staffOverseeEveryCommunityOthersCannot() {
        Browser founder = accounts.signedIn(accounts.member("Quiet founder"));
        String name = "Overseen hidden " + System.nanoTime();
        String slug = CommunityFixtures.create(founder, name, "PRIVATE_HIDDEN");
        String page = Browser.body(accounts.signedIn(accounts.staff("Overseer")).get("/staff/communities?q=" + name));
        assertThat(page).contains(slug).contains("Private and hidden").contains("Active");
        assertThat(founder.get("/staff/communities").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.browser().get("/staff/communities").getResponse().getRedirectedUrl()).endsWith("/signin");
    }

    @Test
    void handMadeRequestsGetClearAnswersNotCrashes() {
        Browser admin = accounts.signedIn(accounts.member("Robust"));
        String slug = CommunityFixtures.create(admin, "Robust " + System.nanoTime(), "PUBLIC");
        admin.get("/c/" + slug + "/members");
        assertThat(admin.post("/c/" + slug + "/manage/members/987654321/ban", "reason", "x").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(admin.post("/c/" + slug + "/manage/members/987654321/remove").getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get("/communities?page=200000000").getResponse().getStatus()).isEqualTo(200);
        admin.get("/c/" + slug + "/manage/concept-note");
        assertThat(admin.post("/c/" + slug + "/manage/concept-note", "calendar[300].period", "x").getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void rolesCannotChangeInAnArchivedCommunity() {
        Browser admin = accounts.signedIn(accounts.member("Frozen"));
        String slug = CommunityFixtures.create(admin, "Frozen " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, admin, slug, "Frozen member");
        admin.get("/c/" + slug + "/manage/settings");
        admin.post("/c/" + slug + "/manage/status", "status", "ARCHIVED");
        admin.get("/c/" + slug + "/members");
        assertThat(admin.post("/c/" + slug + "/manage/members/" + member.id() + "/role", "role", "ADMIN")
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void unknownCommunityIs404() {
        assertThat(accounts.browser().get("/c/no-such-community").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void directoryFiltersByLanguageAndSortsByMembersNeverListingHiddenCommunitiesToOutsiders() {
        Browser founder = accounts.signedIn(accounts.member("Founder"));
        String prefix = "Sorted " + System.nanoTime();
        String three = CommunityFixtures.create(founder, prefix + " three", "PUBLIC", "languages", "fr");
        String one = CommunityFixtures.create(founder, prefix + " one", "PUBLIC", "languages", "fr", "languages", "en");
        String two = CommunityFixtures.create(founder, prefix + " two", "PUBLIC", "languages", "en");
        String hidden = CommunityFixtures.create(founder, prefix + " hidden", "PUBLIC", "languages", "fr");
        Browser first = accounts.signedIn(accounts.member("First"));
        Browser second = accounts.signedIn(accounts.member("Second"));
        Browser third = accounts.signedIn(accounts.member("Third"));
        for (String slug : new String[] {three, two, hidden}) {
            CommunityFixtures.join(first, slug);
        }
        CommunityFixtures.join(second, three);
        CommunityFixtures.join(second, hidden);
        CommunityFixtures.join(third, hidden);
        founder.submit("/c/" + hidden + "/manage/settings", "/c/" + hidden + "/manage/settings",
                "name", prefix + " hidden", "shortDescription", "Now hidden", "privacy", "PRIVATE_HIDDEN", "languages", "fr");

        Browser outsider = accounts.signedIn(accounts.member("Outsider"));
        String q = "/communities?q=" + prefix;
        String byMembers = Browser.body(outsider.get(q + "&sort=MEMBERS"));
        assertThat(byMembers).contains("3 communities").doesNotContain(hidden)
                .contains("<option value=\"MEMBERS\" selected=\"selected\">Most members</option>");
        assertThat(order(byMembers, three, two, one)).isTrue();

        String french = Browser.body(outsider.get(q + "&sort=MEMBERS&language=fr"));
        assertThat(french).contains("2 communities").contains(three).contains(one).doesNotContain("/c/" + two + "\"")
                .doesNotContain(hidden);
        assertThat(order(french, three, one)).isTrue();
        assertThat(Browser.body(accounts.browser().get(q + "&language=fr"))).doesNotContain(hidden);
        assertThat(Browser.body(outsider.get(q + "&language=de"))).contains("No communities found");

        String asMember = Browser.body(first.get(q + "&sort=MEMBERS&language=fr"));
        assertThat(asMember).contains("3 communities");
        assertThat(order(asMember, hidden, three, one)).isTrue();
    }

    /** Whether the communities' links appear in this order on the page. */
    private static boolean order(String page, String... slugs) {
        int last = -1;
        for (String slug : slugs) {
            int at = page.indexOf("href=\"/c/" + slug + "\"");
            if (at <= last) {
                return false;
            }
            last = at;
        }
        return true;
    }

    @Test
    void theDirectoryPagesKeepTheirFiltersAndSayWhereTheReaderIs() {
        Browser founder = accounts.signedIn(accounts.member("Prolific"));
        String prefix = "Paged" + System.nanoTime();
        for (int i = 0; i < CommunityCatalog.PAGE_SIZE + 1; i++) {
            CommunityFixtures.create(founder, prefix + " " + i, "PUBLIC");
        }
        String first = Browser.body(founder.get("/communities?q=" + prefix + "&sort=NAME"));
        assertThat(first).contains("Page 1 of 2").contains("href=\"/communities?q=" + prefix + "&amp;sort=NAME&amp;page=1\"")
                .doesNotContain(">Previous<");
        String second = Browser.body(founder.get("/communities?q=" + prefix + "&sort=NAME&page=1"));
        assertThat(second).contains("Page 2 of 2").contains("href=\"/communities?q=" + prefix + "&amp;sort=NAME&amp;page=0\"")
                .doesNotContain(">Next<");
    }
}
