package org.praxis.community.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.ApiClient.Answer;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Removing, banning, roles, settings, status and tabs over the API, under the rules of the pages. */
@PraxisIntegrationTest
class MemberModerationApiIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    private record Community(String base, ApiClient admin, Member moderator, ApiClient moderatorApi) {
    }

    private Community community() {
        ApiClient admin = ApiClient.as(accounts, accounts.member("Api owner"), port);
        Answer created = admin.post("/api/v1/communities", """
                {"name": "Moderated %d", "shortDescription": "x", "privacy": "PUBLIC"}""".formatted(System.nanoTime()));
        String base = "/api/v1/communities/" + created.body().get("slug").asString();
        Member moderator = accounts.member("Api moderator");
        ApiClient moderatorApi = ApiClient.as(accounts, moderator, port);
        moderatorApi.post(base + "/join", null);
        assertThat(admin.call("PUT", base + "/members/" + moderator.id() + "/role", "{\"role\":\"MODERATOR\"}").status())
                .isEqualTo(204);
        return new Community(base, admin, moderator, moderatorApi);
    }

    private Member joined(Community c, String name) {
        Member member = accounts.member(name);
        ApiClient.as(accounts, member, port).post(c.base() + "/join", null);
        return member;
    }

    @Test
    void moderatorsRemoveAndBanWithAReasonAndUnban() {
        Community c = community();
        Member removed = joined(c, "Removed");
        Member banned = joined(c, "Banned");
        ApiClient bannedApi = ApiClient.as(accounts, banned, port);

        assertThat(c.moderatorApi().post(c.base() + "/members/" + removed.id() + "/remove", null).status()).isEqualTo(204);
        assertThat(c.moderatorApi().post(c.base() + "/members/" + banned.id() + "/ban", "{\"reason\":\"Spam links\"}").status())
                .isEqualTo(204);
        assertThat(c.admin().get(c.base() + "/members").body().toString()).doesNotContain(removed.displayName())
                .doesNotContain(banned.displayName());
        Answer bans = c.moderatorApi().get(c.base() + "/bans");
        assertThat(bans.body().size()).isEqualTo(1);
        assertThat(bans.body().get(0).get("reason").asString()).isEqualTo("Spam links");
        assertThat(bannedApi.post(c.base() + "/join", null).status()).isEqualTo(403);
        assertThat(bannedApi.get(c.base() + "/bans").status()).isEqualTo(403);

        assertThat(bannedApi.call("DELETE", c.base() + "/bans/" + banned.id(), null).status()).isEqualTo(403);
        assertThat(c.moderatorApi().call("DELETE", c.base() + "/bans/" + banned.id(), null).status()).isEqualTo(204);
        assertThat(c.moderatorApi().call("DELETE", c.base() + "/bans/" + banned.id(), null).status()).as("no longer banned")
                .isEqualTo(404);
        assertThat(bannedApi.post(c.base() + "/join", null).body().get("outcome").asString()).isEqualTo("JOINED");
    }

    @Test
    void aModeratorCannotActOnAnAdminNorChangeRolesAndTheLastAdminStays() {
        Community c = community();
        long adminId = c.admin().get("/api/v1/me").body().get("id").asLong();
        assertThat(c.moderatorApi().post(c.base() + "/members/" + adminId + "/remove", null).status()).isEqualTo(403);
        assertThat(c.moderatorApi().call("PUT", c.base() + "/members/" + c.moderator().id() + "/role", "{\"role\":\"ADMIN\"}")
                .status()).as("no self-promotion").isEqualTo(403);
        Answer demote = c.admin().call("PUT", c.base() + "/members/" + adminId + "/role", "{\"role\":\"MEMBER\"}");
        assertThat(demote.status()).isEqualTo(400);
        assertThat(demote.contentType()).startsWith("application/problem+json");
        assertThat(c.admin().call("PUT", c.base() + "/members/" + adminId + "/role", "{\"role\":\"OWNER\"}").status())
                .as("a made-up role").isEqualTo(400);
        assertThat(c.admin().post(c.base() + "/members/999999999/remove", null).status()).isEqualTo(404);
    }

    @Test
    void adminsChangeSettingsStatusAndTabsAndOthersCannot() {
        Community c = community();
        Answer current = c.admin().get(c.base() + "/settings");
        assertThat(current.body().get("privacy").asString()).isEqualTo("PUBLIC");
        assertThat(c.moderatorApi().get(c.base() + "/settings").status()).isEqualTo(403);
        assertThat(c.moderatorApi().call("PUT", c.base() + "/settings",
                "{\"name\":\"Taken over\",\"shortDescription\":\"x\",\"privacy\":\"PRIVATE\"}").status()).isEqualTo(403);

        Answer bad = c.admin().call("PUT", c.base() + "/settings", "{\"name\":\"\",\"shortDescription\":\"x\",\"privacy\":\"PUBLIC\"}");
        assertThat(bad.status()).isEqualTo(400);
        Answer changed = c.admin().call("PUT", c.base() + "/settings",
                "{\"name\":\"Renamed\",\"shortDescription\":\"Now semi-private\",\"privacy\":\"SEMI_PRIVATE\",\"languages\":[\"fr\"]}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("privacy").asString()).isEqualTo("SEMI_PRIVATE");
        assertThat(c.admin().get(c.base()).body().get("name").asString()).isEqualTo("Renamed");

        Answer tabs = c.admin().call("PUT", c.base() + "/tabs", "{\"hidden\":[\"MEMBERS\"]}");
        assertThat(tabs.body().get("tabs").toString()).contains("\"hidden\":true");
        assertThat(c.moderatorApi().get(c.base()).body().get("tabs").toString()).doesNotContain("MEMBERS");
        assertThat(c.moderatorApi().call("PUT", c.base() + "/tabs", "{\"hidden\":[]}").status()).isEqualTo(403);

        assertThat(c.moderatorApi().post(c.base() + "/status", "{\"status\":\"ARCHIVED\"}").status()).isEqualTo(403);
        assertThat(c.admin().post(c.base() + "/status", "{\"status\":\"ARCHIVED\"}").status()).isEqualTo(204);
        assertThat(c.admin().get(c.base()).body().get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(ApiClient.as(accounts, accounts.member("Late"), port).post(c.base() + "/join", null).status()).isEqualTo(403);
        assertThat(c.admin().post(c.base() + "/status", "{}").status()).isEqualTo(400);
        assertThat(c.admin().post(c.base() + "/status", "{\"status\":\"INACTIVE\"}").status())
                .as("inactive is computed, not set").isEqualTo(400);
        assertThat(c.admin().post(c.base() + "/status", "{\"status\":\"ACTIVE\"}").status()).isEqualTo(204);
    }
}
