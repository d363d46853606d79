package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/** Working groups: creation by the parent's admins, who may join them, and what follows the parent. */
@PraxisIntegrationTest
class WorkingGroupIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    private record Parent(String slug, Member admin, Browser adminWeb) {
    }

    private Parent parent(String privacy) {
        Member admin = accounts.member("Parent admin");
        Browser web = accounts.signedIn(admin);
        return new Parent(CommunityFixtures.create(web, "Parent " + System.nanoTime(), privacy), admin, web);
    }

    private static String group(Parent parent, String name, String privacy) {
        MvcResult result = parent.adminWeb().submit("/c/" + parent.slug() + "/manage/groups",
                "/c/" + parent.slug() + "/manage/groups", "name", name, "shortDescription", "Drafting the guidance note",
                "privacy", privacy);
        assertThat(result.getResponse().getRedirectedUrl()).as("group created").startsWith("/c/");
        return result.getResponse().getRedirectedUrl().substring(3);
    }

    private Member memberOfParentAndGroup(Parent parent, String group) {
        Member member = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "Member");
        CommunityFixtures.join(accounts.signedIn(member), group);
        return member;
    }

    private long memberships(String slug, long accountId) {
        return accounts.jdbc().queryForObject("select count(*) from membership m join community c on c.id = m.community_id "
                + "where c.slug = ? and m.account_id = ?", Long.class, slug, accountId);
    }

    @Test
    void adminCreatesAWorkingGroupThatParentMembersSeeAndTheDirectoryDoesNot() {
        Parent parent = parent("PUBLIC");
        String name = "Gender working group " + System.nanoTime();
        String group = group(parent, name, "PUBLIC");

        String groupPage = Browser.body(parent.adminWeb().get("/c/" + group));
        assertThat(groupPage).contains("The working group is created").contains("Working group of")
                .contains("href=\"/c/" + parent.slug() + "\"").contains("You are a member (Administrator)");
        assertThat(Browser.body(parent.adminWeb().get("/c/" + parent.slug()))).contains("href=\"/c/" + group + "\"");
        assertThat(Browser.body(parent.adminWeb().get("/communities?q=" + name))).doesNotContain("/c/" + group);
        assertThat(Browser.body(parent.adminWeb().get("/communities/mine"))).contains("/c/" + group);
        assertThat(Browser.body(accounts.browser().get("/c/" + parent.slug()))).doesNotContain("/c/" + group);
    }

    @Test
    void membersAndModeratorsCannotCreateWorkingGroupsAndOpenIsNotAPrivacyForThem() {
        Parent parent = parent("PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "Plain");
        Browser memberWeb = accounts.signedIn(member);
        memberWeb.get("/c/" + parent.slug());
        assertThat(memberWeb.post("/c/" + parent.slug() + "/manage/groups", "name", "Mine", "shortDescription", "x",
                "privacy", "PUBLIC").getResponse().getStatus()).isEqualTo(403);

        String open = Browser.body(parent.adminWeb().submit("/c/" + parent.slug() + "/manage/groups",
                "/c/" + parent.slug() + "/manage/groups", "name", "Open group", "shortDescription", "x", "privacy", "OPEN"));
        assertThat(open).contains("A working group can be public, semi-private, private or private and hidden");
        String empty = Browser.body(parent.adminWeb().submit("/c/" + parent.slug() + "/manage/groups",
                "/c/" + parent.slug() + "/manage/groups", "name", "", "shortDescription", "", "privacy", "PUBLIC"));
        assertThat(empty).contains("Please fill in this field");
        assertThat(accounts.jdbc().queryForObject("select count(*) from community where parent_id = "
                + "(select id from community where slug = ?)", Long.class, parent.slug())).isZero();

        String group = group(parent, "Nested " + System.nanoTime(), "PUBLIC");
        assertThat(parent.adminWeb().submit("/c/" + group + "/manage/settings", "/c/" + group + "/manage/groups",
                "name", "Too deep", "shortDescription", "x", "privacy", "PUBLIC").getResponse().getStatus()).isEqualTo(403);
        String settings = Browser.body(parent.adminWeb().submit("/c/" + group + "/manage/settings", "/c/" + group + "/manage/settings",
                "name", "Nested", "shortDescription", "x", "privacy", "OPEN"));
        assertThat(settings).contains("A working group can be public, semi-private, private or private and hidden");
    }

    @Test
    void leavingRemovalOrBanFromTheParentTakesThePersonOutOfItsGroups() {
        Parent parent = parent("PUBLIC");
        String groupA = group(parent, "Group A " + System.nanoTime(), "PUBLIC");
        String groupB = group(parent, "Group B " + System.nanoTime(), "SEMI_PRIVATE");

        Member leaver = memberOfParentAndGroup(parent, groupA);
        Browser leaverWeb = accounts.signedIn(leaver);
        CommunityFixtures.join(leaverWeb, groupB, "message", "Please");
        leaverWeb.get("/c/" + parent.slug());
        leaverWeb.post("/c/" + parent.slug() + "/leave");
        assertThat(memberships(groupA, leaver.id())).isZero();
        assertThat(leaverWeb.get("/c/" + groupA).getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.jdbc().queryForObject("select count(*) from join_request r join community c on c.id = r.community_id "
                + "where c.slug = ? and r.account_id = ? and r.status = 'PENDING'", Long.class, groupB, leaver.id())).isZero();

        Member removed = memberOfParentAndGroup(parent, groupA);
        parent.adminWeb().get("/c/" + parent.slug() + "/members");
        parent.adminWeb().post("/c/" + parent.slug() + "/manage/members/" + removed.id() + "/remove");
        assertThat(memberships(groupA, removed.id())).isZero();

        Member banned = memberOfParentAndGroup(parent, groupA);
        parent.adminWeb().post("/c/" + parent.slug() + "/manage/members/" + banned.id() + "/ban", "reason", "Spam");
        assertThat(memberships(groupA, banned.id())).isZero();
        Browser bannedWeb = accounts.signedIn(banned);
        assertThat(bannedWeb.get("/c/" + groupA).getResponse().getStatus()).isEqualTo(404);
        bannedWeb.get("/");
        assertThat(bannedWeb.post("/c/" + groupA + "/join").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aGroupWhoseLastAdminLeavesTheParentIsHandedToItsLongestStandingMember() {
        Parent parent = parent("PUBLIC");
        Member coAdmin = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "Co-admin");
        parent.adminWeb().get("/c/" + parent.slug() + "/members");
        parent.adminWeb().post("/c/" + parent.slug() + "/manage/members/" + coAdmin.id() + "/role", "role", "ADMIN");
        Browser coAdminWeb = accounts.signedIn(coAdmin);
        MvcResult created = coAdminWeb.submit("/c/" + parent.slug() + "/manage/groups", "/c/" + parent.slug() + "/manage/groups",
                "name", "Handover " + System.nanoTime(), "shortDescription", "x", "privacy", "PRIVATE");
        String group = created.getResponse().getRedirectedUrl().substring(3);
        Member first = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "First");
        coAdminWeb.submit("/c/" + group + "/manage/invitations", "/c/" + group + "/manage/invitations", "addresses", first.email());
        Browser firstWeb = accounts.signedIn(first);
        firstWeb.get("/c/" + group);
        firstWeb.post("/c/" + group + "/join");
        assertThat(memberships(group, first.id())).isOne();

        coAdminWeb.get("/c/" + parent.slug());
        coAdminWeb.post("/c/" + parent.slug() + "/leave");
        assertThat(accounts.jdbc().queryForObject("select m.role from membership m join community c on c.id = m.community_id "
                + "where c.slug = ? and m.account_id = ?", String.class, group, first.id())).isEqualTo("ADMIN");
    }

    @Test
    void onlyMembersOfTheParentCanBeInvitedToAGroup() {
        Parent parent = parent("PUBLIC");
        String group = group(parent, "Invitations " + System.nanoTime(), "PRIVATE");
        Member inParent = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "Insider");
        Member outside = accounts.member("Outsider");
        parent.adminWeb().submit("/c/" + group + "/manage/invitations", "/c/" + group + "/manage/invitations",
                "addresses", inParent.email() + ", " + outside.email() + ", nobody-" + System.nanoTime() + "@example.org");
        String page = Browser.body(parent.adminWeb().get("/c/" + group + "/manage/invitations"));
        assertThat(page).contains("1 invitation").contains("Not members of the community this working group belongs to")
                .contains(outside.email());
        assertThat(accounts.jdbc().queryForObject("select count(*) from invitation i join community c on c.id = i.community_id "
                + "where c.slug = ?", Long.class, group)).isOne();
    }

    @Test
    void anArchivedParentMakesItsGroupsReadOnly() {
        Parent parent = parent("PUBLIC");
        String group = group(parent, "Archived with parent " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "Late");
        parent.adminWeb().get("/c/" + parent.slug() + "/manage/settings");
        parent.adminWeb().post("/c/" + parent.slug() + "/manage/status", "status", "ARCHIVED");

        Browser web = accounts.signedIn(member);
        assertThat(Browser.body(web.get("/c/" + group))).contains("This community is archived");
        assertThat(web.post("/c/" + group + "/join").getResponse().getStatus()).isEqualTo(403);
        assertThat(parent.adminWeb().get("/c/" + parent.slug() + "/manage/groups").getResponse().getStatus()).isEqualTo(200);
        assertThat(parent.adminWeb().post("/c/" + parent.slug() + "/manage/groups", "name", "New", "shortDescription", "x",
                "privacy", "PUBLIC").getResponse().getStatus()).isEqualTo(403);

        parent.adminWeb().get("/c/" + group);
        parent.adminWeb().post("/c/" + group + "/manage/status", "status", "ACTIVE");
        assertThat(Browser.body(parent.adminWeb().get("/c/" + group)))
                .contains("reactivate the community first").contains("This community is archived");
    }

    @Test
    void parentAdminsSeeHiddenGroupsInManageAndMayArchiveAndDeleteThemWithoutReadingThem() {
        Parent parent = parent("PUBLIC");
        Member coAdmin = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "Overseer");
        parent.adminWeb().get("/c/" + parent.slug() + "/members");
        parent.adminWeb().post("/c/" + parent.slug() + "/manage/members/" + coAdmin.id() + "/role", "role", "ADMIN");
        Member member = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "Plain");
        String hidden = group(parent, "Hidden " + System.nanoTime(), "PRIVATE_HIDDEN");

        Browser overseer = accounts.signedIn(coAdmin);
        assertThat(Browser.body(overseer.get("/c/" + parent.slug() + "/manage/groups"))).contains("/c/" + hidden);
        assertThat(overseer.get("/c/" + hidden + "/members").getResponse().getStatus()).isEqualTo(403);
        assertThat(Browser.body(accounts.signedIn(member).get("/c/" + parent.slug()))).doesNotContain("/c/" + hidden);
        Browser memberWeb = accounts.signedIn(member);
        memberWeb.get("/c/" + parent.slug());
        assertThat(memberWeb.post("/c/" + parent.slug() + "/manage/groups/" + hidden + "/delete").getResponse().getStatus())
                .isEqualTo(404);

        overseer.get("/c/" + parent.slug() + "/manage/groups");
        overseer.post("/c/" + hidden + "/manage/status", "status", "ARCHIVED");
        assertThat(accounts.jdbc().queryForObject("select status from community where slug = ?", String.class, hidden))
                .isEqualTo("ARCHIVED");
        overseer.post("/c/" + parent.slug() + "/manage/groups/" + hidden + "/delete");
        assertThat(accounts.jdbc().queryForObject("select count(*) from community where slug = ?", Long.class, hidden)).isZero();
        assertThat(accounts.jdbc().queryForObject("select count(*) from community where slug = ?", Long.class, parent.slug())).isOne();
    }

    @Test
    void theApiCreatesListsAndDeletesGroupsUnderTheSameRules() {
        Parent parent = parent("PUBLIC");
        ApiClient admin = ApiClient.as(accounts, parent.admin(), port);
        Member member = CommunityFixtures.memberOf(accounts, parent.adminWeb(), parent.slug(), "Api member");
        ApiClient memberApi = ApiClient.as(accounts, member, port);
        String base = "/api/v1/communities/" + parent.slug() + "/groups";

        ApiClient.Answer created = admin.post(base, "{\"name\":\"Api group\",\"shortDescription\":\"x\",\"privacy\":\"PRIVATE_HIDDEN\"}");
        assertThat(created.status()).isEqualTo(201);
        String slug = created.body().get("slug").asString();
        assertThat(admin.get(base).body().toString()).contains(slug);
        assertThat(memberApi.get(base).body().toString()).doesNotContain(slug);
        assertThat(memberApi.get("/api/v1/communities/" + slug).status()).isEqualTo(404);
        assertThat(memberApi.post(base, "{\"name\":\"Mine\",\"shortDescription\":\"x\",\"privacy\":\"PUBLIC\"}").status()).isEqualTo(403);
        ApiClient.Answer open = admin.post(base, "{\"name\":\"Open\",\"shortDescription\":\"x\",\"privacy\":\"OPEN\"}");
        assertThat(open.status()).isEqualTo(400);
        assertThat(open.contentType()).contains("application/problem+json");
        assertThat(memberApi.call("DELETE", base + "/" + slug, null).status()).isEqualTo(404);
        assertThat(admin.call("DELETE", base + "/" + slug, null).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/communities/" + slug).status()).isEqualTo(404);
    }
}
