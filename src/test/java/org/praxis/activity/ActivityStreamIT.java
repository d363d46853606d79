package org.praxis.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.discussion.Discussing.comment;
import static org.praxis.discussion.Discussing.start;
import static org.praxis.discussion.Discussing.thread;

import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.springframework.beans.factory.annotation.Autowired;

/** The Home tab of a community and each member's home page: what happened, newest first, for those who may read it. */
@PraxisIntegrationTest
class ActivityStreamIT {

    @Autowired TestAccounts accounts;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @Test
    void communityHomeShowsDiscussionsCommentsAnnouncementsAndNewMembersNewestFirst() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Stream " + System.nanoTime(), "PUBLIC");
        Member amina = accounts.member("Amina");
        Browser aminaWeb = accounts.signedIn(amina);
        CommunityFixtures.join(aminaWeb, slug);
        long id = start(aminaWeb, slug, "Registries and data sharing", "What works?");
        comment(admin, slug, id, "Interoperability first.", null);
        Discussing.announce(admin, slug, "Webinar next week", "All welcome.");

        String home = Browser.body(aminaWeb.get("/c/" + slug + "/home"));
        assertThat(home).contains("joined the community").contains("started the discussion")
                .contains("Registries and data sharing").contains("commented on").contains("Interoperability first.")
                .contains("Webinar next week");
        assertThat(home.indexOf("Webinar next week")).as("newest first").isLessThan(home.indexOf("Interoperability first."));
        assertThat(home).as("the latest announcements open the Home tab").contains("latest-announcements")
                .contains("All announcements");
        assertThat(home.indexOf("Interoperability first.")).isLessThan(home.indexOf(amina.displayName() + " joined"));

        assertThat(accounts.browser().get("/c/" + slug + "/home").getResponse().getStatus())
                .as("a visitor is asked to sign in to a public community's stream").isEqualTo(302);
        assertThat(accounts.signedIn(accounts.member("Outsider")).get("/c/" + slug + "/home").getResponse().getStatus())
                .as("non-members may not read it").isEqualTo(403);
    }

    @Test
    void removedAndMembersOnlyItemsStayOutOfTheStream() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Open stream " + System.nanoTime(), "OPEN");
        start(admin, slug, "Public topic", "Everyone may read.");
        start(admin, slug, "Members topic", "Only members.", "membersOnly", "true");
        long removed = start(admin, slug, "Removed topic", "Gone soon.");
        admin.get(thread(slug, removed));
        admin.post(thread(slug, removed) + "/remove");

        String visitor = Browser.body(accounts.browser().get("/c/" + slug + "/home"));
        assertThat(visitor).contains("Public topic").doesNotContain("Members topic").doesNotContain("Removed topic");
        String member = Browser.body(admin.get("/c/" + slug + "/home"));
        assertThat(member).contains("Public topic").contains("Members topic").doesNotContain("Removed topic");
    }

    @Test
    void memberHomePageGathersTheirCommunitiesOnly() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String mine = CommunityFixtures.create(admin, "Mine " + System.nanoTime(), "PUBLIC");
        String other = CommunityFixtures.create(admin, "Other " + System.nanoTime(), "PRIVATE");
        Browser amina = accounts.signedIn(accounts.member("Amina"));
        CommunityFixtures.join(amina, mine);
        start(admin, mine, "Visible to Amina", "Text");
        start(admin, other, "Private elsewhere", "Text");

        String home = Browser.body(amina.get("/"));
        assertThat(home).contains("Visible to Amina").doesNotContain("Private elsewhere");
        assertThat(Browser.body(admin.get("/"))).contains("Visible to Amina").contains("Private elsewhere");
        assertThat(Browser.body(accounts.browser().get("/"))).doesNotContain("Visible to Amina");
    }

    @Test
    void longStreamsArePagedByCursor() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Busy " + System.nanoTime(), "PUBLIC");
        long id = start(admin, slug, "Busy thread", "Text");
        for (int i = 1; i <= 25; i++) {
            comment(admin, slug, id, "Remark " + i + ".", null);
        }
        String first = Browser.body(admin.get("/c/" + slug + "/home"));
        assertThat(first).contains("Remark 25.").contains("Remark 6.").doesNotContain("Remark 5.").contains("Older activity");
        String link = first.substring(first.indexOf("/home?before=")).split("\"")[0].replace("&amp;", "&");
        String second = Browser.body(admin.get("/c/" + slug + link));
        assertThat(second).contains("Remark 5.").contains("Remark 1.").contains("Busy thread").doesNotContain("Remark 6.");
    }

    @Test
    void streamsOverTheApiFollowTheSameRules() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Api stream " + System.nanoTime(), "PRIVATE");
        start(admin, slug, "Private plans", "Text");
        Member adminAccount = accounts.member("Api admin");
        Member outsider = accounts.member("Api outsider");
        accounts.jdbc().update("insert into membership (community_id, account_id, role, joined_at) "
                + "select id, ?, 'ADMIN', current_timestamp from community where slug = ?", adminAccount.id(), slug);
        ApiClient member = ApiClient.as(accounts, adminAccount, port);
        ApiClient stranger = ApiClient.as(accounts, outsider, port);

        ApiClient.Answer stream = member.get("/api/v1/communities/" + slug + "/activity");
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.body().toString()).contains("Private plans");
        assertThat(member.get("/api/v1/me/activity").body().toString()).contains("Private plans");
        assertThat(stranger.get("/api/v1/communities/" + slug + "/activity").status()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/me/activity").body().toString()).doesNotContain("Private plans");
        assertThat(ApiClient.anonymous(port).get("/api/v1/me/activity").status()).isEqualTo(401);
    }
}
