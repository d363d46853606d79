package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.ApiClient.Answer;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.account.Profiles;
import org.praxis.policy.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff approval of new communities: the platform setting, what a community waiting for
 * approval shows to each actor, and the staff queue with its decisions and e-mails.
 */
@PraxisIntegrationTest
class CommunityApprovalIT {

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @Autowired Profiles profiles;
    @LocalServerPort int port;

    private Browser staffBrowser;

    /** The setting is platform-wide: every test leaves it off, as the other tests expect. */
    @AfterEach
    void approvalOff() {
        if (staffBrowser != null) {
            setApproval(staffBrowser, false);
        }
    }

    private Browser staff() {
        if (staffBrowser == null) {
            staffBrowser = accounts.signedIn(accounts.staff("Approver"));
        }
        return staffBrowser;
    }

    private static void setApproval(Browser staff, boolean required) {
        staff.get("/staff/communities/pending");
        if (required) {
            staff.post("/staff/communities/approval-setting", "required", "true");
        } else {
            staff.post("/staff/communities/approval-setting");
        }
    }

    private long idOf(String slug) {
        return accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aNewCommunityWaitsHiddenFromOthersUntilStaffApproveIt() {
        Browser staff = staff();
        setApproval(staff, true);
        assertThat(Browser.body(staff.get("/staff/communities/pending")))
                .contains("New communities need staff approval").contains("checked");

        long topicId = topic("Approval topic " + System.nanoTime());
        Member creator = accounts.member("Waiting creator");
        Browser creatorBrowser = accounts.signedIn(creator);
        String name = "Awaiting approval " + System.nanoTime();
        String slug = CommunityFixtures.create(creatorBrowser, name, "PUBLIC", "topicIds", Long.toString(topicId));

        // Another community on the same topic, made by staff and so approved at once.
        String neighbour = CommunityFixtures.create(staff, "Neighbour " + System.nanoTime(), "PUBLIC",
                "topicIds", Long.toString(topicId));

        // The creator sees it, with the notice; nobody can join or be invited.
        String page = Browser.body(creatorBrowser.get("/c/" + slug));
        assertThat(page).contains("waiting for approval by the platform staff").contains("You are a member (Administrator)");
        assertThat(Browser.body(creatorBrowser.get("/communities?q=" + name))).contains("/c/" + slug);
        assertThat(creatorBrowser.get("/c/" + slug + "/manage/invitations").getResponse().getStatus()).isEqualTo(403);
        creatorBrowser.get("/c/" + slug);
        Member friend = accounts.member("Friend");
        assertThat(creatorBrowser.post("/c/" + slug + "/manage/invitations", "addresses", friend.email())
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.jdbc().queryForObject("select count(*) from invitation where community_id = ?", Integer.class,
                idOf(slug))).isZero();

        // Everyone else: 404, and absent from the directory, search and "same topic".
        Member user = accounts.member("Curious");
        Browser userBrowser = accounts.signedIn(user);
        assertThat(userBrowser.get("/c/" + slug).getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get("/c/" + slug).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(userBrowser.get("/communities?q=" + name))).doesNotContain(slug);
        assertThat(Browser.body(userBrowser.get("/communities?topic=" + topicId))).doesNotContain(slug).contains(neighbour);
        assertThat(Browser.body(userBrowser.get("/c/" + neighbour))).doesNotContain(slug);
        assertThat(Browser.body(creatorBrowser.get("/c/" + neighbour))).contains(slug);
        userBrowser.get("/");
        assertThat(userBrowser.post("/c/" + slug + "/join").getResponse().getStatus()).isEqualTo(404);
        ApiClient userApi = ApiClient.as(accounts, user, port);
        assertThat(userApi.get("/api/v1/communities/" + slug).status()).isEqualTo(404);
        assertThat(userApi.get("/api/v1/communities?q=" + q(name)).body().get("total").asInt()).isZero();
        ApiClient creatorApi = ApiClient.as(accounts, creator, port);
        assertThat(creatorApi.get("/api/v1/communities/" + slug).body().get("staffApproval").asString()).isEqualTo("PENDING");

        // Staff see it, and decide.
        assertThat(Browser.body(staff.get("/c/" + slug))).contains("waiting for approval by the platform staff")
                .contains("Nobody can join or be invited until staff approve").doesNotContain("Request to join");
        assertThat(Browser.body(staff.get("/staff/communities/pending"))).contains(name).contains(creator.displayName());
        staff.post("/staff/communities/" + idOf(slug) + "/approve");
        assertThat(Browser.body(staff.get("/staff/communities/pending"))).contains("The community is approved")
                .doesNotContain(name);

        var mail = mailbox.await(creator.email(), "is approved");
        assertThat(mail.subject()).contains(name);
        assertThat(mail.text()).contains("/c/" + slug);
        assertThat(userBrowser.get("/c/" + slug).getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(userBrowser.get("/communities?q=" + name))).contains(slug);
        userBrowser.get("/c/" + slug);
        userBrowser.post("/c/" + slug + "/join");
        assertThat(Browser.body(userBrowser.get("/c/" + slug))).contains("You are a member");
        // A second decision changes nothing.
        staff.get("/staff/communities/pending");
        staff.post("/staff/communities/" + idOf(slug) + "/reject", "reason", "Too late");
        assertThat(Browser.body(staff.get("/staff/communities/pending"))).contains("Someone already decided");
    }

    @Test
    void staffRejectWithAReasonAndTheCreatorIsToldInTheirLanguage() {
        Browser staff = staff();
        setApproval(staff, true);
        Member creator = accounts.member("Refused creator");
        profiles.chooseLanguage(Actor.member(creator.id()), "fr");
        Browser creatorBrowser = accounts.signedIn(creator);
        String name = "Rejected " + System.nanoTime();
        String slug = CommunityFixtures.create(creatorBrowser, name, "OPEN");
        long id = idOf(slug);

        staff.get("/staff/communities/pending");
        String missing = Browser.body(staff.post("/staff/communities/" + id + "/reject", "reason", "  "));
        assertThat(missing).contains("Please fill in this field").contains("aria-invalid=\"true\"").contains(name);
        assertThat(accounts.jdbc().queryForObject("select staff_approval from community where id = ?", String.class, id))
                .isEqualTo("PENDING");

        staff.post("/staff/communities/" + id + "/reject", "reason", "Duplicate of <b>another</b> community");
        var mail = mailbox.await(creator.email(), "n’a pas été approuvée");
        assertThat(mail.subject()).contains(name);
        assertThat(mail.text()).contains("Motif : Duplicate of <b>another</b> community");

        // Still only the creator and staff see it; its page says why, escaped.
        assertThat(accounts.signedIn(accounts.member("Passer-by")).get("/c/" + slug).getResponse().getStatus())
                .isEqualTo(404);
        String page = Browser.body(creatorBrowser.get("/c/" + slug));
        assertThat(page).contains("n’a pas approuvé cette communauté")
                .contains("Motif indiqué : Duplicate of &lt;b&gt;another&lt;/b&gt; community");
        assertThat(Browser.body(staff.get("/staff/communities/pending"))).doesNotContain(name);
    }

    @Test
    void withApprovalOffOrMadeByStaffACommunityIsVisibleAtOnce() {
        Browser staff = staff();
        setApproval(staff, false);
        Browser founder = accounts.signedIn(accounts.member("Free founder"));
        String free = CommunityFixtures.create(founder, "Free " + System.nanoTime(), "PUBLIC");
        assertThat(accounts.browser().get("/c/" + free).getResponse().getStatus()).isEqualTo(200);

        setApproval(staff, true);
        String byStaff = CommunityFixtures.create(staff, "By staff " + System.nanoTime(), "PUBLIC");
        assertThat(accounts.browser().get("/c/" + byStaff).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void membersCannotApproveCommunitiesOrChangeTheSetting() {
        Browser staff = staff();
        setApproval(staff, true);
        Member creator = accounts.member("Self approver");
        Browser creatorBrowser = accounts.signedIn(creator);
        String slug = CommunityFixtures.create(creatorBrowser, "Self approved " + System.nanoTime(), "PUBLIC");
        long id = idOf(slug);

        creatorBrowser.get("/c/" + slug);
        assertThat(creatorBrowser.get("/staff/communities/pending").getResponse().getStatus()).isEqualTo(403);
        assertThat(creatorBrowser.post("/staff/communities/" + id + "/approve").getResponse().getStatus()).isEqualTo(403);
        assertThat(creatorBrowser.post("/staff/communities/approval-setting").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.browser().post("/staff/communities/" + id + "/approve").getResponse().getStatus())
                .isIn(302, 403);

        ApiClient api = ApiClient.as(accounts, creator, port);
        assertThat(api.get("/api/v1/community-approvals/pending").status()).isEqualTo(403);
        Answer approve = api.post("/api/v1/community-approvals/" + id + "/approve", null);
        assertThat(approve.status()).isEqualTo(403);
        assertThat(approve.contentType()).startsWith("application/problem+json");
        assertThat(api.call("PUT", "/api/v1/community-approvals/setting", "{\"required\": false}").status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/community-approvals/pending").status()).isEqualTo(401);

        assertThat(accounts.jdbc().queryForObject("select staff_approval from community where id = ?", String.class, id))
                .isEqualTo("PENDING");
        assertThat(Browser.body(staff.get("/staff/communities/pending"))).contains("checked");
    }

    @Test
    void staffDecideOverTheApi() {
        Member staffMember = accounts.staff("Api approver");
        ApiClient staffApi = ApiClient.as(accounts, staffMember, port);
        staffBrowser = accounts.signedIn(staffMember);
        assertThat(staffApi.call("PUT", "/api/v1/community-approvals/setting", "{\"required\": true}")
                .body().get("required").asBoolean()).isTrue();
        Member creator = accounts.member("Api creator");
        ApiClient creatorApi = ApiClient.as(accounts, creator, port);
        String slug = creatorApi.post("/api/v1/communities",
                "{\"name\": \"Api waiting %d\", \"shortDescription\": \"x\", \"privacy\": \"SEMI_PRIVATE\"}"
                        .formatted(System.nanoTime())).body().get("slug").asString();
        long id = idOf(slug);

        assertThat(staffApi.get("/api/v1/community-approvals/pending").body().toString()).contains(slug);
        Answer noReason = staffApi.post("/api/v1/community-approvals/" + id + "/reject", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").toString()).contains("\"field\":\"reason\"");
        assertThat(staffApi.post("/api/v1/community-approvals/" + id + "/reject", "{\"reason\": \"Out of scope\"}")
                .body().get("decided").asBoolean()).isTrue();
        assertThat(staffApi.post("/api/v1/community-approvals/" + id + "/approve", null)
                .body().get("decided").asBoolean()).isFalse();
        assertThat(staffApi.post("/api/v1/community-approvals/987654321/approve", null).status()).isEqualTo(404);
        assertThat(mailbox.await(creator.email(), "was not approved").text()).contains("Out of scope");
    }

    private long topic(String name) {
        Browser staff = staff();
        staff.submit("/staff/topics", "/staff/topics", "nameEn", name, "nameFr", name);
        return accounts.jdbc().queryForObject("select id from topic where name_en = ?", Long.class, name);
    }
}
