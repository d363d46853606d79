package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Forgotten passwords and password changes. */
@PraxisIntegrationTest
class PasswordIT {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;

    @Test
    void memberResetsAForgottenPasswordByMailedLinkOnce() {
        Member member = accounts.member("Forgetful");
        Browser signedInElsewhere = accounts.signedIn(member);
        Browser browser = accounts.browser();

        String sent = Browser.body(browser.submit("/password/forgot", "/password/forgot", "email", member.email()));
        assertThat(sent).contains("If an account uses this address");
        String link = Mailbox.linkPath(mailbox.await(member.email(), "Choose a new Praxis password"));

        assertThat(Browser.body(browser.get(link))).contains("Save my new password");
        String token = link.substring(link.indexOf("token=") + 6);
        MvcResult reset = browser.post("/password/reset", "token", token, "password", NEW_PASSWORD);
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/signin");

        // The old password is gone, the new one works, and the other session has ended.
        assertThat(browser.submit("/signin", "/signin", "email", member.email(), "password", member.password())
                .getResponse().getRedirectedUrl()).isEqualTo("/signin?error");
        assertThat(accounts.browser().submit("/signin", "/signin", "email", member.email(), "password", NEW_PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signedInElsewhere.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        mailbox.await(member.email(), "password was changed");

        // The link is spent.
        assertThat(Browser.body(browser.get(link))).contains("This link no longer works");
        browser.get("/password/forgot");
        MvcResult again = browser.post("/password/reset", "token", token, "password", "yet another passphrase");
        assertThat(Browser.body(again)).contains("This link no longer works");
    }

    @Test
    void unknownAndKnownAddressesGetTheSameAnswer() {
        Member member = accounts.member("Known");
        Browser browser = accounts.browser();
        String known = Browser.body(browser.submit("/password/forgot", "/password/forgot", "email", member.email()));
        String unknown = Browser.body(browser.submit("/password/forgot", "/password/forgot", "email", "ghost-" + member.email()));
        assertThat(main(known)).isEqualTo(main(unknown));
        mailbox.await(member.email(), "Choose a new Praxis password");
        assertThat(mailbox.count("ghost-" + member.email())).isZero();
    }

    @Test
    void weakPasswordOnResetIsRefusedAndTheLinkStillWorks() {
        Member member = accounts.member("Weak");
        Browser browser = accounts.browser();
        browser.submit("/password/forgot", "/password/forgot", "email", member.email());
        String link = Mailbox.linkPath(mailbox.await(member.email(), "Choose a new Praxis password"));
        String token = link.substring(link.indexOf("token=") + 6);

        browser.get(link);
        String page = Browser.body(browser.post("/password/reset", "token", token, "password", "password123"));
        assertThat(page).contains("This password is too common");
        assertThat(Browser.body(browser.get(link))).contains("Save my new password");
        assertThat(accounts.browser().submit("/signin", "/signin", "email", member.email(), "password", member.password())
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void expiredResetLinkIsRefused() {
        Member member = accounts.member("Slow");
        Browser browser = accounts.browser();
        browser.submit("/password/forgot", "/password/forgot", "email", member.email());
        String link = Mailbox.linkPath(mailbox.await(member.email(), "Choose a new Praxis password"));
        accounts.jdbc().update("update one_time_token set expires_at = created_at where account_id = ?", member.id());
        assertThat(Browser.body(browser.get(link))).contains("This link no longer works");
    }

    @Test
    void invalidAddressOnForgotFormGetsAMessage() {
        String page = Browser.body(accounts.browser().submit("/password/forgot", "/password/forgot", "email", "nope"));
        assertThat(page).contains("Please enter a valid e-mail address");
    }

    @Test
    void memberChangesPasswordAndOtherSessionsEnd() {
        Member member = accounts.member("Changer");
        Browser here = accounts.signedIn(member);
        Browser elsewhere = accounts.signedIn(member);

        String wrong = Browser.body(here.submit("/account/password", "/account/password",
                "currentPassword", "not my password", "newPassword", NEW_PASSWORD));
        assertThat(wrong).contains("Your current password is not right");

        MvcResult changed = here.submit("/account/password", "/account/password",
                "currentPassword", member.password(), "newPassword", NEW_PASSWORD);
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/profile");
        assertThat(Browser.body(here.get("/profile"))).contains("Your password is changed");
        assertThat(elsewhere.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        mailbox.await(member.email(), "password was changed");
    }

    @Test
    void visitorCannotOpenThePasswordChangePage() {
        assertThat(accounts.browser().get("/account/password").getResponse().getRedirectedUrl()).endsWith("/signin");
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}
