package org.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Atom feeds: an open community's public discussions for everyone, and a revocable private address for members. */
@PraxisIntegrationTest
class FeedIT {

    @Autowired TestAccounts accounts;

    @Test
    void openCommunityFeedShowsPublicDiscussionsOnly() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Feed open " + System.nanoTime(), "OPEN");
        Discussing.start(admin, slug, "Public <news> & views", "Everyone **reads** this.");
        Discussing.start(admin, slug, "Members only item", "Hidden", "membersOnly", "true");

        MvcResult feed = accounts.browser().get("/c/" + slug + "/feed.atom");
        assertThat(feed.getResponse().getStatus()).isEqualTo(200);
        assertThat(feed.getResponse().getContentType()).startsWith("application/atom+xml");
        String xml = Browser.body(feed);
        assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("Public &lt;news&gt; &amp; views")
                .contains("&lt;strong&gt;reads&lt;/strong&gt;").doesNotContain("Members only item");
    }

    @Test
    void closedCommunitiesHaveNoPublicFeedButMembersHaveAPrivateOneTheyCanRevoke() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Feed private " + System.nanoTime(), "PRIVATE");
        Discussing.start(admin, slug, "Internal planning", "Only for us.");
        assertThat(accounts.browser().get("/c/" + slug + "/feed.atom").getResponse().getStatus()).isEqualTo(404);

        Member amina = accounts.member("Amina");
        Browser aminaWeb = accounts.signedIn(amina);
        accounts.jdbc().update("insert into membership (community_id, account_id, role, joined_at) "
                + "select id, ?, 'MEMBER', current_timestamp from community where slug = ?", amina.id(), slug);
        String address = privateAddress(aminaWeb, slug);
        String path = address.substring(address.indexOf("/c/"));
        assertThat(Browser.body(accounts.browser().get(path))).contains("Internal planning");
        assertThat(accounts.browser().get(path).getResponse().getHeader("Cache-Control")).contains("no-store");

        String replaced = privateAddress(aminaWeb, slug);
        assertThat(accounts.browser().get(path).getResponse().getStatus()).as("the old address stops working").isEqualTo(404);
        String newPath = replaced.substring(replaced.indexOf("/c/"));
        assertThat(accounts.browser().get(newPath).getResponse().getStatus()).isEqualTo(200);

        aminaWeb.get("/c/" + slug);
        aminaWeb.post("/c/" + slug + "/leave");
        assertThat(accounts.browser().get(newPath).getResponse().getStatus()).as("a former member reads nothing").isEqualTo(404);
    }

    @Test
    void aHiddenCommunityFeedDoesNotRevealItExists() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Feed hidden " + System.nanoTime(), "PRIVATE_HIDDEN");
        assertThat(accounts.browser().get("/c/" + slug + "/feed.atom").getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get("/c/" + slug + "/feed.atom?token=guess").getResponse().getStatus()).isEqualTo(404);
    }

    private static String privateAddress(Browser member, String slug) {
        member.get("/c/" + slug + "/discussions");
        member.post("/c/" + slug + "/feed/private");
        String page = Browser.body(member.get("/c/" + slug + "/discussions"));
        int at = page.indexOf("id=\"private-feed\"");
        assertThat(at).as("private address shown").isPositive();
        String rest = page.substring(at);
        String value = rest.substring(rest.indexOf("value=\"") + 7);
        return value.substring(0, value.indexOf('"')).replace("&amp;", "&");
    }
}
