package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.praxis.library.Filing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/** A member deletes their own account, keeping or taking their contributions; nobody deletes someone else's. */
@PraxisIntegrationTest
class AccountDeletionIT {

    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired TestAccounts accounts;
    @Autowired SignUp signUp;
    @Autowired org.praxis.account.internal.TotpSecretEncryption encryption;
    @LocalServerPort int port;

    Member founder;
    Member leaver;
    Browser admin;
    Browser me;
    String slug;
    long myDiscussion;
    long theirDiscussion;
    long myFile;

    @BeforeEach
    void memberWithContributions() {
        founder = accounts.member("Founder");
        admin = accounts.signedIn(founder);
        slug = CommunityFixtures.create(admin, "Leaving " + System.nanoTime(), "OPEN");
        leaver = accounts.member("Leaver");
        me = accounts.signedIn(leaver);
        CommunityFixtures.join(me, slug);
        myDiscussion = Discussing.start(me, slug, "Leaver thread", "Words of the leaver");
        theirDiscussion = Discussing.start(admin, slug, "Founder thread", "Words of the founder");
        Discussing.comment(me, slug, theirDiscussion, "Leaver comment here", null);
        myFile = Filing.uploadOne(me, slug, "notes.txt", "notes".getBytes(), "title", "Leaver notes");
    }

    @Test
    void deletionPageShowsTheRealCountsAndTheChoice() {
        String page = Browser.body(me.get("/account/delete"));
        assertThat(page).contains("Member of 1 community").contains("1 discussion started").contains("1 comment")
                .contains("1 file in community libraries").contains("value=\"KEEP_CONTRIBUTIONS\"")
                .contains("value=\"DELETE_CONTRIBUTIONS\"").contains("for=\"password\"");
    }

    @Test
    void keepingContributionsLeavesThemAsFormerMemberAndTheAccountCannotBeUsedAgain() {
        Browser elsewhere = accounts.signedIn(leaver);
        String token = ApiClient.tokenOf(accounts, leaver);

        MvcResult done = delete(me, "KEEP_CONTRIBUTIONS", leaver.password());
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(done)).contains("Your account is deleted");

        String thread = Browser.body(admin.get(Discussing.thread(slug, myDiscussion)));
        assertThat(thread).contains("Leaver thread").contains("Words of the leaver").contains("Former member")
                .doesNotContain(leaver.displayName());
        assertThat(Browser.body(admin.get(Discussing.thread(slug, theirDiscussion)))).contains("Leaver comment here");
        assertThat(admin.get("/c/" + slug + "/files/" + myFile).getResponse().getStatus()).isEqualTo(200);

        assertThat(accounts.browser().submit("/signin", "/signin", "email", leaver.email(), "password", leaver.password())
                .getResponse().getRedirectedUrl()).isNotEqualTo("/");
        assertThat(me.get("/profile").getResponse().getRedirectedUrl()).contains("/signin");
        assertThat(elsewhere.get("/profile").getResponse().getRedirectedUrl()).contains("/signin");
        assertThat(ApiClient.withToken(port, token).get("/api/v1/me").status()).isEqualTo(401);

        assertThat(admin.get("/members/" + leaver.id()).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(admin.get("/members?q=Leaver"))).doesNotContain(leaver.displayName());
        assertThat(ApiClient.as(accounts, founder, port).get("/api/v1/communities/" + slug
                + "/mention-candidates?q=Leaver").body().toString()).doesNotContain(leaver.displayName());
        assertThat(Browser.body(admin.get("/c/" + slug + "/members"))).doesNotContain(leaver.displayName());

        String personal = accounts.jdbc().queryForObject("select email || ' ' || display_name || ' ' || "
                + "coalesce(real_name, '') from account where id = ?", String.class, leaver.id());
        assertThat(personal).doesNotContain(leaver.email()).doesNotContain(leaver.displayName());
        signUp.register(new SignUpCommand(leaver.email(), TestAccounts.PASSWORD, "Back Again"), Locale.ENGLISH);
        assertThat(accounts.idOf(leaver.email())).isNotEqualTo(leaver.id());
    }

    @Test
    void deletingContributionsRemovesThemFromPagesListsAndTheApi() {
        Member witnessMember = CommunityFixtures.memberOf(accounts, admin, slug, "Witness");
        Browser witness = accounts.signedIn(witnessMember);
        assertThat(delete(me, "DELETE_CONTRIBUTIONS", leaver.password()).getResponse().getStatus()).isEqualTo(200);

        assertThat(Browser.body(witness.get("/c/" + slug + "/discussions"))).doesNotContain("Leaver thread")
                .contains("Founder thread");
        assertThat(witness.get(Discussing.thread(slug, myDiscussion)).getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get(Discussing.thread(slug, myDiscussion)).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(witness.get(Discussing.thread(slug, theirDiscussion)))).doesNotContain("Leaver comment here");
        assertThat(witness.get("/c/" + slug + "/files/" + myFile).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(witness.get("/c/" + slug + "/files"))).doesNotContain("Leaver notes");
        ApiClient api = ApiClient.as(accounts, witnessMember, port);
        assertThat(api.get("/api/v1/communities/" + slug + "/discussions").body().toString()).doesNotContain("Leaver thread");
        assertThat(api.get("/api/v1/communities/" + slug + "/files").body().toString()).doesNotContain("Leaver notes");
        assertThat(Browser.body(accounts.browser().get("/c/" + slug + "/feed.atom"))).doesNotContain("Leaver thread");
    }

    @Test
    void theLastAdminOfACommunityIsToldToNameAnotherFirst() {
        String page = Browser.body(admin.get("/account/delete"));
        assertThat(page).contains("You are the last admin of these communities").contains("/c/" + slug + "/members");

        MvcResult refused = delete(admin, "KEEP_CONTRIBUTIONS", founder.password());
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(refused)).contains("You are still the last admin of a community");
        assertStillThere(founder);
    }

    @Test
    void wrongPasswordMissingChoiceOrNoCsrfDeleteNothing() {
        MvcResult wrong = delete(me, "KEEP_CONTRIBUTIONS", "not my password");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(wrong)).contains("This is not your current password").contains("aria-describedby=\"password-error\"");

        MvcResult noChoice = delete(me, "", leaver.password());
        assertThat(Browser.body(noChoice)).contains("Choose what happens to your contributions");
        assertThat(delete(me, "EVERYTHING", leaver.password()).getResponse().getStatus()).isEqualTo(422);

        assertThat(me.postWithoutCsrf("/account/delete", "choice", "KEEP_CONTRIBUTIONS", "password", leaver.password())
                .getResponse().getStatus()).isEqualTo(403);
        assertStillThere(leaver);
    }

    @Test
    void withTwoStepSignInTheCurrentCodeIsNeededToo() {
        accounts.jdbc().update("insert into account_two_factor (account_id, secret, enabled_at, created_at) "
                + "values (?, ?, current_timestamp, current_timestamp)", leaver.id(), encryption.seal(TOTP_SECRET));
        assertThat(Browser.body(me.get("/account/delete"))).contains("for=\"code\"");

        MvcResult wrongCode = delete(me, "KEEP_CONTRIBUTIONS", leaver.password(), "code", AuthenticatorApp.wrongCode(TOTP_SECRET));
        assertThat(wrongCode.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(wrongCode)).contains("This code is not right");
        assertThat(accounts.jdbc().queryForObject("select count(*) from account where id = ? and deleted_at is null",
                Long.class, leaver.id())).isEqualTo(1L);

        MvcResult done = delete(me, "KEEP_CONTRIBUTIONS", leaver.password(), "code", AuthenticatorApp.codeAt(TOTP_SECRET, AuthenticatorApp.currentStep()));
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(accounts.jdbc().queryForObject("select count(*) from account_two_factor where account_id = ?",
                Long.class, leaver.id())).isZero();
    }

    @Test
    void nobodyDeletesSomeoneElsesAccount() {
        Member staff = accounts.staff("Staff");
        Browser staffBrowser = accounts.signedIn(staff);
        assertThat(staffBrowser.post("/account/delete/" + leaver.id(), "choice", "KEEP_CONTRIBUTIONS",
                "password", leaver.password()).getResponse().getStatus()).isIn(403, 404);
        ApiClient api = ApiClient.as(accounts, staff, port);
        assertThat(api.call("DELETE", "/api/v1/me", null).status()).isIn(404, 405);
        assertThat(api.call("DELETE", "/api/v1/members/" + leaver.id(), null).status()).isIn(404, 405);
        Browser other = accounts.signedIn(founder);
        assertThat(delete(other, "KEEP_CONTRIBUTIONS", "wrong", "accountId", String.valueOf(leaver.id()))
                .getResponse().getStatus()).isEqualTo(422);

        // Test accounts share one password: an id in the form never picks the account, the signed-in one is deleted.
        assertThat(delete(staffBrowser, "KEEP_CONTRIBUTIONS", leaver.password(), "accountId", String.valueOf(leaver.id()),
                "id", String.valueOf(leaver.id())).getResponse().getStatus()).isEqualTo(200);
        assertStillThere(leaver);
        assertThat(accounts.jdbc().queryForObject("select count(*) from account where id = ? and deleted_at is not null",
                Long.class, staff.id())).isEqualTo(1L);
    }

    private MvcResult delete(Browser browser, String choice, String password, String... more) {
        browser.get("/account/delete");
        String[] fields = new String[4 + more.length];
        fields[0] = "choice";
        fields[1] = choice;
        fields[2] = "password";
        fields[3] = password;
        System.arraycopy(more, 0, fields, 4, more.length);
        return browser.post("/account/delete", fields);
    }

    private void assertStillThere(Member member) {
        assertThat(accounts.jdbc().queryForObject("select count(*) from account where id = ? and deleted_at is null",
                Long.class, member.id())).isEqualTo(1L);
        accounts.signedIn(member);
    }
}
