package org.praxis.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The platform's code of conduct, each community's own principles, and where members meet them. */
@PraxisIntegrationTest
class CodeOfConductIT {

    @Autowired TestAccounts accounts;

    @Test
    void thePlatformCodeSpeaksBothLanguagesAndEveryPageLinksToIt() {
        String english = Browser.body(accounts.browser().get("/conduct"));
        assertThat(english).contains("Code of conduct").contains("Be respectful and courteous")
                .contains("Post personal data about yourself or others").contains("use a pseudonym")
                .contains("Change your password regularly");
        String french = Browser.body(accounts.browser().language("fr").get("/conduct"));
        assertThat(french).contains("Code de conduite").contains("Soyez respectueux").contains("pseudonyme");
        assertThat(Browser.body(accounts.browser().get("/communities"))).contains("href=\"/conduct\"");
    }

    @Test
    void adminsAddTheirPrinciplesWhichMembersSeeWhenJoiningAndPosting() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Principled " + System.nanoTime(), "PUBLIC");
        admin.get("/c/" + slug + "/manage/moderation");
        MvcResult tooLong = admin.post("/c/" + slug + "/manage/moderation", "responseHours", "", "principles", "x".repeat(5001));
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(tooLong)).contains("conduct-principles-error");
        admin.post("/c/" + slug + "/manage/moderation", "responseHours", "48",
                "principles", "- Share **field** experience\n- No names of beneficiaries\n<script>alert(1)</script>");

        Browser visitor = accounts.browser();
        String conduct = Browser.body(visitor.get("/c/" + slug + "/conduct"));
        assertThat(conduct).contains("<strong>field</strong>").contains("No names of beneficiaries")
                .doesNotContain("<script>alert(1)</script>").contains("Be respectful and courteous");

        Browser newcomer = accounts.signedIn(accounts.member("Newcomer"));
        String landing = Browser.body(newcomer.get("/c/" + slug));
        assertThat(landing).contains("By joining, you accept the").contains("href=\"/c/" + slug + "/conduct\"")
                .contains("aria-describedby=\"conduct-acceptance\"");
        CommunityFixtures.join(newcomer, slug);
        assertThat(Browser.body(newcomer.get("/c/" + slug + "/discussions/new"))).contains("href=\"/c/" + slug + "/conduct\"");
        long d = Discussing.start(newcomer, slug, "Hello", "Text");
        assertThat(Browser.body(newcomer.get(Discussing.thread(slug, d)))).contains("href=\"/c/" + slug + "/conduct\"");

        Browser member = accounts.signedIn(CommunityFixtures.memberOf(accounts, admin, slug, "Member"));
        assertThat(member.get("/c/" + slug + "/manage/moderation").getResponse().getStatus()).isEqualTo(403);
        member.get("/c/" + slug);
        assertThat(member.post("/c/" + slug + "/manage/moderation", "principles", "Mine now").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(Browser.body(visitor.get("/c/" + slug + "/conduct"))).doesNotContain("Mine now");
        assertThat(accounts.jdbc().queryForObject("select count(*) from moderation_log where action = 'CONDUCT_CHANGED' "
                + "and community_id = (select id from community where slug = ?)", Long.class, slug)).isEqualTo(1);
    }

    @Test
    void aHiddenCommunitysCodeIsNotFoundByOutsiders() {
        Browser founder = accounts.signedIn(accounts.member("Founder"));
        String hidden = CommunityFixtures.create(founder, "Hidden rules " + System.nanoTime(), "PRIVATE_HIDDEN");
        assertThat(accounts.signedIn(accounts.member("Outsider")).get("/c/" + hidden + "/conduct").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(founder.get("/c/" + hidden + "/conduct").getResponse().getStatus()).isEqualTo(200);
    }
}
