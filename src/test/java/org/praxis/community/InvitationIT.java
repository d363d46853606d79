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
}
