package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Invitations by e-mail: to members and to people without an account yet. */
@PraxisIntegrationTest
class InvitationIT {

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    private static MvcResult invite(Browser admin, String slug, String addresses, String message) {
        return admin.submit("/c/" + slug + "/manage/invitations", "/c/" + slug + "/manage/invitations",
                "addresses", addresses, "message", message);
    }

    @Test
    void invitedMemberSeesTheHiddenCommunityAndAcceptsFromTheLink() {
        Member admin = accounts.member("Inviter");
        Browser adminBrowser = accounts.signedIn(admin);
        String name = "Gender working group " + System.nanoTime();
        String slug = CommunityFixtures.create(adminBrowser, name, "PRIVATE_HIDDEN");
        Member guest = accounts.member("Guest");
        Browser guestBrowser = accounts.signedIn(guest);
        assertThat(guestBrowser.get("/c/" + slug).getResponse().getStatus()).isEqualTo(404);

        assertThat(Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations")))
                .contains("I would like you to join our community of practice");
        invite(adminBrowser, slug, guest.email().toUpperCase(), "Dear colleague, join us.");
        assertThat(Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations")))
                .contains("1 invitation was sent").contains(guest.email());

        var mail = mailbox.await(guest.email(), "invites you to join");
        assertThat(mail.subject()).contains(name).contains(admin.displayName());
        assertThat(mail.text()).contains("Dear colleague, join us.").contains("1. Open this link");

        // Invited, the guest may now know the community exists.
        assertThat(guestBrowser.get("/c/" + slug).getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(guestBrowser.get("/communities?q=" + name))).contains(slug);
        assertThat(guestBrowser.get("/c/" + slug + "/members").getResponse().getStatus()).isEqualTo(403);

        String link = Mailbox.linkPath(mail);
        assertThat(Browser.body(guestBrowser.get(link))).contains("Accept the invitation");
        MvcResult accepted = guestBrowser.post(link + "/accept");
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug);
        assertThat(Browser.body(guestBrowser.get("/c/" + slug))).contains("You are a member (Member)");

        assertThat(Browser.body(guestBrowser.get(link))).contains("This invitation no longer works");
    }

    @Test
    void personWithoutAnAccountSignsUpAndJoins() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Recruiter"));
        String slug = CommunityFixtures.create(adminBrowser, "Social registries " + System.nanoTime(), "PRIVATE");
        String email = TestAccounts.uniqueEmail("newcomer");
        invite(adminBrowser, slug, "not-an-address, " + email, "");
        assertThat(Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations")))
                .contains("Not valid e-mail addresses, not invited: not-an-address");
        String link = Mailbox.linkPath(mailbox.await(email, "invites you to join"));

        Browser newcomer = accounts.browser();
        assertThat(newcomer.get(link).getResponse().getRedirectedUrl()).endsWith("/signin");
        newcomer.submit("/signup", "/signup", "email", email, "displayName", "New Person", "password", TestAccounts.PASSWORD);
        newcomer.get(Mailbox.linkPath(mailbox.await(email, "Confirm your e-mail")));
        newcomer.submit("/signin", "/signin", "email", email, "password", TestAccounts.PASSWORD);

        assertThat(Browser.body(newcomer.get(link))).contains("Accept the invitation");
        newcomer.post(link + "/accept");
        assertThat(Browser.body(newcomer.get("/c/" + slug))).contains("You are a member");
    }

    @Test
    void revokedAndExpiredInvitationsStopWorking() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Revoker"));
        String slug = CommunityFixtures.create(adminBrowser, "Revocable " + System.nanoTime(), "PRIVATE");
        Member first = accounts.member("First");
        Member second = accounts.member("Second");
        invite(adminBrowser, slug, first.email() + "\n" + second.email(), "");
        String firstLink = Mailbox.linkPath(mailbox.await(first.email(), "invites you to join"));
        String secondLink = Mailbox.linkPath(mailbox.await(second.email(), "invites you to join"));

        long firstId = accounts.jdbc().queryForObject("select id from invitation where email = ?", Long.class,
                first.email().toLowerCase());
        adminBrowser.get("/c/" + slug + "/manage/invitations");
        adminBrowser.post("/c/" + slug + "/manage/invitations/" + firstId + "/revoke");
        Browser firstBrowser = accounts.signedIn(first);
        assertThat(Browser.body(firstBrowser.get(firstLink))).contains("This invitation no longer works");
        firstBrowser.get("/");
        firstBrowser.post(firstLink + "/accept");
        assertThat(Browser.body(firstBrowser.get("/c/" + slug))).contains("open by invitation only");

        accounts.jdbc().update("update invitation set expires_at = created_at where email = ?", second.email().toLowerCase());
        assertThat(Browser.body(accounts.signedIn(second).get(secondLink))).contains("This invitation no longer works");
    }

    @Test
    void anInvitationForOneAccountCannotBeTakenByAnother() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Strict"));
        String slug = CommunityFixtures.create(adminBrowser, "Strict " + System.nanoTime(), "PRIVATE");
        Member invitee = accounts.member("Invitee");
        invite(adminBrowser, slug, invitee.email(), "");
        String link = Mailbox.linkPath(mailbox.await(invitee.email(), "invites you to join"));

        Browser thief = accounts.signedIn(accounts.member("Thief"));
        assertThat(Browser.body(thief.get(link))).contains("This invitation no longer works");
        thief.post(link + "/accept");
        assertThat(Browser.body(thief.get("/c/" + slug))).doesNotContain("You are a member");
    }

    @Test
    void membersAndBannedPeopleAreNotInvitedAndPlainMembersCannotInvite() {
        Member admin = accounts.member("Careful");
        Browser adminBrowser = accounts.signedIn(admin);
        String slug = CommunityFixtures.create(adminBrowser, "Careful " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, adminBrowser, slug, "Inside");
        Member banned = CommunityFixtures.memberOf(accounts, adminBrowser, slug, "Outcast");
        adminBrowser.get("/c/" + slug + "/members");
        adminBrowser.post("/c/" + slug + "/manage/members/" + banned.id() + "/ban", "reason", "Harassment");

        invite(adminBrowser, slug, member.email() + " " + banned.email(), "");
        String page = Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations"));
        assertThat(page).contains("No invitation was sent").contains("Already members, not invited: " + member.email().toLowerCase())
                .contains("Banned from this community, not invited: " + banned.email().toLowerCase());

        Browser plain = accounts.signedIn(member);
        assertThat(plain.get("/c/" + slug + "/manage/invitations").getResponse().getStatus()).isEqualTo(403);
        plain.get("/c/" + slug);
        assertThat(plain.post("/c/" + slug + "/manage/invitations", "addresses", "x@example.org")
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anInvitationCannotBeAcceptedOnceTheCommunityIsArchived() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Archiving inviter"));
        String slug = CommunityFixtures.create(adminBrowser, "Soon archived " + System.nanoTime(), "PRIVATE");
        Member guest = accounts.member("Late guest");
        invite(adminBrowser, slug, guest.email(), "");
        String link = Mailbox.linkPath(mailbox.await(guest.email(), "invites you to join"));
        adminBrowser.get("/c/" + slug + "/manage/settings");
        adminBrowser.post("/c/" + slug + "/manage/status", "status", "ARCHIVED");

        Browser guestBrowser = accounts.signedIn(guest);
        assertThat(Browser.body(guestBrowser.get(link))).contains("archived").doesNotContain("Accept the invitation");
        assertThat(guestBrowser.post(link + "/accept").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.jdbc().queryForObject("select count(*) from membership where account_id = ?", Integer.class,
                guest.id())).isZero();
    }

    @Test
    void banningRevokesOpenInvitationsSoAHiddenCommunityDisappears() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Hidden inviter"));
        String slug = CommunityFixtures.create(adminBrowser, "Hidden ban " + System.nanoTime(), "PRIVATE_HIDDEN");
        Member guest = accounts.member("Unwelcome");
        invite(adminBrowser, slug, guest.email(), "");
        Browser guestBrowser = accounts.signedIn(guest);
        assertThat(guestBrowser.get("/c/" + slug).getResponse().getStatus()).isEqualTo(200);

        adminBrowser.get("/c/" + slug + "/members");
        adminBrowser.post("/c/" + slug + "/manage/members/" + guest.id() + "/ban", "reason", "Not welcome");
        assertThat(guestBrowser.get("/c/" + slug).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(guestBrowser.get("/communities?q=Hidden ban"))).doesNotContain(slug);
    }

    @Test
    void invitingAgainMakesANewLinkAndTheOldOneStaysDead() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Re-inviter"));
        String slug = CommunityFixtures.create(adminBrowser, "Reinvite " + System.nanoTime(), "PRIVATE");
        Member guest = accounts.member("Twice invited");
        invite(adminBrowser, slug, guest.email(), "");
        String first = Mailbox.linkPath(mailbox.await(guest.email(), "invites you to join"));
        Browser guestBrowser = accounts.signedIn(guest);
        guestBrowser.get(first);
        guestBrowser.post(first + "/decline");

        invite(adminBrowser, slug, guest.email(), "Second try");
        mailbox.awaitCount(guest.email(), 2);
        String second = Mailbox.linkPath(mailbox.await(guest.email(), "invites you to join"));
        assertThat(second).isNotEqualTo(first);
        assertThat(Browser.body(guestBrowser.get(first))).contains("This invitation no longer works");
        assertThat(Browser.body(guestBrowser.get(second))).contains("Accept the invitation");
    }

    @Test
    void emptyInvitationFormGetsAMessage() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Hasty"));
        String slug = CommunityFixtures.create(adminBrowser, "Hasty " + System.nanoTime(), "PRIVATE");
        String page = Browser.body(invite(adminBrowser, slug, "  ", ""));
        assertThat(page).contains("Please fill in this field").contains("aria-invalid=\"true\"");
    }

    private long invitationCount(String slug, long accountId) {
        return accounts.jdbc().queryForObject("""
                select count(*) from invitation i join community c on c.id = i.community_id
                where c.slug = ? and i.account_id = ? and i.status = 'PENDING'""", Long.class, slug, accountId);
    }

    @Test
    void adminPicksAUserByNameWhoAcceptsFromTheCommunityPage() {
        Member admin = accounts.member("Picker");
        Browser adminBrowser = accounts.signedIn(admin);
        String name = "Picked hidden " + System.nanoTime();
        String slug = CommunityFixtures.create(adminBrowser, name, "PRIVATE_HIDDEN");
        String unique = "Zanele" + System.nanoTime();
        Member guest = accounts.member(unique);

        // htmx asks for the suggestions as the admin types; without JavaScript the page itself lists them.
        String suggestions = Browser.body(adminBrowser.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.get("/c/" + slug + "/manage/invitations/people").param("who", unique)
                .header("HX-Request", "true")));
        assertThat(suggestions).contains("id=\"people\"").contains(guest.displayName())
                .contains("value=\"" + guest.id() + "\"").doesNotContain("<html");
        String page = Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations?who=" + unique));
        assertThat(page).contains("<label class=\"form-label\" for=\"who\"").contains(guest.displayName())
                .contains("for=\"person-" + guest.id() + "\"");

        adminBrowser.post("/c/" + slug + "/manage/invitations/accounts", "accountIds", Long.toString(guest.id()),
                "message", "Join our working group.");
        String after = Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations"));
        assertThat(after).contains("1 invitation was sent").contains(guest.displayName())
                .as("the inviter never sees the address").doesNotContain(guest.email());
        assertThat(accounts.jdbc().queryForObject("""
                select count(*) from invitation i join community c on c.id = i.community_id
                where c.slug = ? and i.account_id = ? and i.email is null""", Integer.class, slug, guest.id())).isEqualTo(1);

        var mail = mailbox.await(guest.email(), "invites you to join");
        assertThat(mail.subject()).contains(name);
        assertThat(mail.text()).contains("Join our working group.");

        Browser guestBrowser = accounts.signedIn(guest);
        String landing = Browser.body(guestBrowser.get("/c/" + slug));
        assertThat(landing).contains("You are invited to join this community").contains("Accept the invitation")
                .contains("Decline");
        assertThat(Browser.body(guestBrowser.get("/communities?q=" + name))).contains(slug);
        guestBrowser.post("/c/" + slug + "/join");
        assertThat(Browser.body(guestBrowser.get("/c/" + slug))).contains("You are a member (Member)");
        assertThat(invitationCount(slug, guest.id())).isZero();
    }

    @Test
    void aUserPickedByNameDeclinesFromTheCommunityPageAndAHiddenCommunityDisappears() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Decline picker"));
        String slug = CommunityFixtures.create(adminBrowser, "Declined hidden " + System.nanoTime(), "PRIVATE_HIDDEN");
        Member guest = accounts.member("Reluctant");
        adminBrowser.get("/c/" + slug + "/manage/invitations");
        adminBrowser.post("/c/" + slug + "/manage/invitations/accounts", "accountIds", Long.toString(guest.id()));
        Browser guestBrowser = accounts.signedIn(guest);
        guestBrowser.get("/c/" + slug);
        assertThat(guestBrowser.post("/c/" + slug + "/invitation/decline").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(guestBrowser.get("/c/" + slug).getResponse().getStatus()).isEqualTo(404);
        assertThat(invitationCount(slug, guest.id())).isZero();
    }

    @Test
    void pickingByNameSkipsMembersRefusesBannedPeopleAndUnlistedAccounts() {
        Member admin = accounts.member("Strict picker");
        Browser adminBrowser = accounts.signedIn(admin);
        String slug = CommunityFixtures.create(adminBrowser, "Strict picks " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, adminBrowser, slug, "Already in");
        Member banned = CommunityFixtures.memberOf(accounts, adminBrowser, slug, "Shut out");
        adminBrowser.get("/c/" + slug + "/members");
        adminBrowser.post("/c/" + slug + "/manage/members/" + banned.id() + "/ban", "reason", "Spam");
        Member unconfirmed = accounts.member("Unconfirmed");
        accounts.jdbc().update("update account set email_verified_at = null where id = ?", unconfirmed.id());

        String suggestions = Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations?who=" + "Shut out"));
        assertThat(suggestions).contains(banned.displayName()).contains("banned from this community");
        assertThat(Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations?who=Unconfirmed")))
                .doesNotContain(unconfirmed.displayName());

        adminBrowser.post("/c/" + slug + "/manage/invitations/accounts", "accountIds", Long.toString(member.id()),
                "accountIds", Long.toString(banned.id()), "accountIds", Long.toString(unconfirmed.id()));
        String page = Browser.body(adminBrowser.get("/c/" + slug + "/manage/invitations"));
        assertThat(page).contains("No invitation was sent")
                .contains("Already members, not invited: " + member.displayName())
                .contains("Banned from this community, not invited: " + banned.displayName());
        assertThat(invitationCount(slug, banned.id()) + invitationCount(slug, unconfirmed.id())
                + invitationCount(slug, member.id())).isZero();

        String nobody = Browser.body(adminBrowser.post("/c/" + slug + "/manage/invitations/accounts", "who", "Shut out"));
        assertThat(nobody).contains("Please fill in this field").contains("id=\"people-error\"");
    }

    @Test
    void usersAndPlainMembersCannotPickPeopleToInvite() {
        Browser adminBrowser = accounts.signedIn(accounts.member("Owner of picks"));
        String slug = CommunityFixtures.create(adminBrowser, "Guarded picks " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, adminBrowser, slug, "Plain picker");
        Member target = accounts.member("Target");
        for (Browser browser : java.util.List.of(accounts.signedIn(member), accounts.signedIn(accounts.member("Stranger")))) {
            assertThat(browser.get("/c/" + slug + "/manage/invitations/people?who=Target").getResponse().getStatus())
                    .isEqualTo(403);
            browser.get("/c/" + slug);
            assertThat(browser.post("/c/" + slug + "/manage/invitations/accounts", "accountIds",
                    Long.toString(target.id())).getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(invitationCount(slug, target.id())).isZero();
    }

    @Test
    void invitationByAccountOverTheApi() {
        Member adminMember = accounts.member("Api picker");
        org.praxis.ApiClient admin = org.praxis.ApiClient.as(accounts, adminMember, port);
        String slug = admin.post("/api/v1/communities", """
                {"name": "Api picks %d", "shortDescription": "x", "privacy": "PRIVATE"}
                """.formatted(System.nanoTime())).body().get("slug").asString();
        Member guest = accounts.member("Api picked");
        Member stranger = accounts.member("Api stranger picker");
        org.praxis.ApiClient strangerApi = org.praxis.ApiClient.as(accounts, stranger, port);
        assertThat(strangerApi.post("/api/v1/communities/" + slug + "/invitations",
                "{\"accountIds\": [" + guest.id() + "]}").status()).isEqualTo(403);

        var answer = admin.post("/api/v1/communities/" + slug + "/invitations",
                "{\"accountIds\": [" + guest.id() + ", " + adminMember.id() + ", 987654321]}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("invited").asInt()).isEqualTo(1);
        assertThat(answer.body().get("alreadyMembers").toString()).contains(adminMember.displayName());
        assertThat(answer.body().get("invalid").toString()).contains("987654321");
        assertThat(mailbox.await(guest.email(), "invites you to join")).isNotNull();

        org.praxis.ApiClient guestApi = org.praxis.ApiClient.as(accounts, guest, port);
        assertThat(guestApi.get("/api/v1/communities/" + slug).body().get("viewerState").asString()).isEqualTo("INVITED");
        assertThat(guestApi.post("/api/v1/communities/" + slug + "/join", null).body().get("outcome").asString())
                .isEqualTo("JOINED");
        assertThat(admin.post("/api/v1/communities/" + slug + "/invitations", "{}").status()).isEqualTo(400);
    }
}
