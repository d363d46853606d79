package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;

/** The concept note: written by admins, shown on About to all who may see the community. */
@PraxisIntegrationTest
class ConceptNoteIT {

    @Autowired TestAccounts accounts;

    @Test
    void adminWritesTheConceptNoteAndVisitorsReadItOnAbout() {
        Browser admin = accounts.signedIn(accounts.member("Writer"));
        String slug = CommunityFixtures.create(admin, "Concept " + System.nanoTime(), "SEMI_PRIVATE");
        String form = Browser.body(admin.get("/c/" + slug + "/manage/concept-note"));
        assertThat(form).contains("What is the community about").contains("Activity calendar");

        admin.post("/c/" + slug + "/manage/concept-note",
                "overview", "Registries **across** the Sahel", "purpose", "Share tools",
                "engagement", "Monthly webinars <script>alert(1)</script>",
                "calendar[0].period", "Every month", "calendar[0].activities", "One webinar",
                "calendar[1].period", "", "calendar[1].activities", "",
                "calendar[2].period", "Q1 2027", "calendar[2].activities", "Case study <b>Mali</b>");

        String about = Browser.body(accounts.browser().get("/c/" + slug));
        assertThat(about).contains("Concept note").contains("<strong>across</strong>").contains("Share tools")
                .contains("<td>Every month</td>").contains("<td>One webinar</td>").contains("Q1 2027")
                .contains("Case study &lt;b&gt;Mali&lt;/b&gt;").doesNotContain("<script>alert(1)");
        assertThat(accounts.jdbc().queryForObject(
                "select count(*) from community_activity a join community c on c.id = a.community_id where c.slug = ?",
                Integer.class, slug)).isEqualTo(2);
    }

    @Test
    void incompleteCalendarLinesAreRefusedAndNothingChanges() {
        Browser admin = accounts.signedIn(accounts.member("Planner"));
        String slug = CommunityFixtures.create(admin, "Planned " + System.nanoTime(), "PUBLIC");
        admin.get("/c/" + slug + "/manage/concept-note");
        admin.post("/c/" + slug + "/manage/concept-note", "overview", "First version");
        admin.get("/c/" + slug + "/manage/concept-note");
        String page = Browser.body(admin.post("/c/" + slug + "/manage/concept-note", "overview", "Second version",
                "calendar[0].period", "Every month", "calendar[0].activities", ""));
        assertThat(page).contains("needs both a period and its activities");
        assertThat(Browser.body(admin.get("/c/" + slug))).contains("First version").doesNotContain("Second version");
    }

    @Test
    void onlyAdminsEditAndHiddenCommunitiesStayHidden() {
        Member adminMember = accounts.member("Owner");
        Browser admin = accounts.signedIn(adminMember);
        String slug = CommunityFixtures.create(admin, "Guarded note " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, admin, slug, "Reader");
        Browser memberBrowser = accounts.signedIn(member);
        assertThat(memberBrowser.get("/c/" + slug + "/manage/concept-note").getResponse().getStatus()).isEqualTo(403);
        memberBrowser.get("/c/" + slug);
        assertThat(memberBrowser.post("/c/" + slug + "/manage/concept-note", "overview", "Defaced")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(Browser.body(admin.get("/c/" + slug))).doesNotContain("Defaced");

        String hidden = CommunityFixtures.create(admin, "Hidden note " + System.nanoTime(), "PRIVATE_HIDDEN");
        assertThat(memberBrowser.get("/c/" + hidden + "/manage/concept-note").getResponse().getStatus()).isEqualTo(404);
    }
}
