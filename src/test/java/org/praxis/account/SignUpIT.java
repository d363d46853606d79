package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** A newcomer signs up, confirms the e-mail, signs in and out. */
@PraxisIntegrationTest
class SignUpIT {

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;

    @Test
    void newcomerSignsUpConfirmsAndSignsIn() {
        String email = TestAccounts.uniqueEmail("newcomer");
        Browser browser = accounts.browser();

        MvcResult signUp = browser.submit("/signup", "/signup",
                "email", email, "displayName", "Amina K.", "password", TestAccounts.PASSWORD);
        assertThat(signUp.getResponse().getRedirectedUrl()).isEqualTo("/signup/sent");

        // Before confirming, the right password is told to confirm first.
        MvcResult early = browser.submit("/signin", "/signin", "email", email, "password", TestAccounts.PASSWORD);
        assertThat(early.getResponse().getRedirectedUrl()).isEqualTo("/signin?unconfirmed");

        var mail = mailbox.await(email, "Confirm your e-mail");
        assertThat(mail.text()).contains("Hello Amina K.");
        String link = Mailbox.linkPath(mail);
        assertThat(Browser.body(browser.get(link))).contains("Your e-mail is confirmed");

        MvcResult signIn = browser.submit("/signin", "/signin", "email", email.toUpperCase(), "password", TestAccounts.PASSWORD);
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(Browser.body(browser.get("/"))).contains("Welcome, Amina K.").contains("Sign out");

        MvcResult signOut = browser.post("/signout");
        assertThat(signOut.getResponse().getRedirectedUrl()).isEqualTo("/?signedOut");
        assertThat(Browser.body(browser.get("/"))).contains("Sign up").doesNotContain("Welcome, Amina K.");
    }

    @Test
    void confirmationLinkWorksOnlyOnce() {
        String email = TestAccounts.uniqueEmail("once");
        Browser browser = accounts.browser();
        browser.submit("/signup", "/signup", "email", email, "displayName", "Once", "password", TestAccounts.PASSWORD);
        String link = Mailbox.linkPath(mailbox.await(email, "Confirm your e-mail"));

        assertThat(Browser.body(browser.get(link))).contains("Your e-mail is confirmed");
        assertThat(Browser.body(browser.get(link))).contains("This link no longer works");
    }

    @Test
    void expiredConfirmationLinkIsRefusedAndChangesNothing() {
        String email = TestAccounts.uniqueEmail("expired");
        Browser browser = accounts.browser();
        browser.submit("/signup", "/signup", "email", email, "displayName", "Late", "password", TestAccounts.PASSWORD);
        String link = Mailbox.linkPath(mailbox.await(email, "Confirm your e-mail"));
        long id = accounts.idOf(email);
        accounts.jdbc().update("update one_time_token set expires_at = created_at where account_id = ?", id);

        assertThat(Browser.body(browser.get(link))).contains("This link no longer works");
        assertThat(accounts.jdbc().queryForObject(
                "select count(*) from account where id = ? and email_verified_at is null", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void madeUpConfirmationLinksAreRefused() {
        Browser browser = accounts.browser();
        assertThat(Browser.body(browser.get("/verify?token=not-a-token"))).contains("This link no longer works");
        assertThat(Browser.body(browser.get("/verify"))).contains("This link no longer works");
        assertThat(Browser.body(browser.get("/verify?token=" + "x".repeat(5000)))).contains("This link no longer works");
    }

    @Test
    void signingUpWithATakenAddressLooksTheSameAndWarnsTheOwner() {
        TestAccounts.Member owner = accounts.member("Owner");
        Browser stranger = accounts.browser();

        MvcResult again = stranger.submit("/signup", "/signup",
                "email", owner.email().toUpperCase(), "displayName", "Impostor", "password", "another long passphrase");
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/signup/sent");

        var warning = mailbox.await(owner.email(), "Someone tried to create");
        assertThat(warning.text()).contains("/password/forgot");
        assertThat(accounts.jdbc().queryForObject("select count(*) from account where email_key = ?", Integer.class,
                owner.email().toLowerCase())).isEqualTo(1);
    }

    @Test
    void resendingTheLinkAnswersTheSameForAnyAddress() {
        String email = TestAccounts.uniqueEmail("resend");
        Browser browser = accounts.browser();
        browser.submit("/signup", "/signup", "email", email, "displayName", "Resend", "password", TestAccounts.PASSWORD);
        mailbox.await(email, "Confirm your e-mail");

        MvcResult known = browser.submit("/verify/resend", "/verify/resend", "email", email);
        MvcResult unknown = browser.submit("/verify/resend", "/verify/resend", "email", "nobody-" + email);
        assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl());
        mailbox.awaitCount(email, 2);
    }

    @Test
    void badSignUpInputGetsAMessageNextToEachFieldAndCreatesNothing() {
        Browser browser = accounts.browser();
        String page = Browser.body(browser.submit("/signup", "/signup",
                "email", "not-an-email", "displayName", "", "password", "short"));
        assertThat(page).contains("Please enter a valid e-mail address")
                .contains("Please fill in this field")
                .contains("Please use at least 10 characters")
                .contains("aria-invalid=\"true\"");

        String common = Browser.body(browser.submit("/signup", "/signup",
                "email", TestAccounts.uniqueEmail("common"), "displayName", "Common", "password", "1234567890"));
        assertThat(common).contains("This password is too common");

        String email = TestAccounts.uniqueEmail("personal");
        String personal = Browser.body(browser.submit("/signup", "/signup",
                "email", email, "displayName", "Personal", "password", email));
        assertThat(personal).contains("must not be your e-mail address or your name");

        String tooLong = Browser.body(browser.submit("/signup", "/signup",
                "email", TestAccounts.uniqueEmail("long"), "displayName", "n".repeat(61), "password", TestAccounts.PASSWORD));
        assertThat(tooLong).contains("Please use at most 60 characters");

        String longEmail = Browser.body(browser.submit("/signup", "/signup",
                "email", "a".repeat(250) + "@example.org", "displayName", "Long", "password", TestAccounts.PASSWORD));
        assertThat(longEmail).contains("Please enter a valid e-mail address");

        assertThat(accounts.jdbc().queryForObject(
                "select count(*) from account where display_name in ('Common', 'Personal', 'Long')", Integer.class)).isZero();
    }

    @Test
    void signUpFormInFrenchSpeaksFrench() {
        Browser browser = accounts.browser().language("fr-FR,fr;q=0.9");
        String page = Browser.body(browser.submit("/signup", "/signup",
                "email", "pas-une-adresse", "displayName", "Claire", "password", "court"));
        assertThat(page).contains("lang=\"fr\"").contains("Créer votre compte")
                .contains("Veuillez saisir une adresse e-mail valide")
                .contains("Veuillez utiliser au moins 10 caractères");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        TestAccounts.Member member = accounts.member("Careful");
        Browser browser = accounts.browser();
        MvcResult wrong = browser.submit("/signin", "/signin", "email", member.email(), "password", "not the password");
        MvcResult unknown = browser.submit("/signin", "/signin", "email", "nobody-" + member.email(), "password", "whatever it is");
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/signin?error");
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/signin?error");
        assertThat(Browser.body(browser.get("/signin?error"))).contains("The e-mail address or the password is not right");
    }

    @Test
    void rememberMeKeepsTheSessionForThirtyDaysOtherwiseItEndsWithTheBrowser() {
        TestAccounts.Member member = accounts.member("Remember");
        Browser browser = accounts.browser();
        browser.submit("/signin", "/signin", "email", member.email(), "password", member.password(), "remember-me", "true");
        assertThat(browser.cookies().get("PRAXIS_SESSION").getMaxAge()).isPositive();
        assertThat(sessionLifetimes(member)).containsExactly(30 * 24 * 3600);

        TestAccounts.Member other = accounts.member("Forgetful");
        Browser forgetful = accounts.browser();
        forgetful.submit("/signin", "/signin", "email", other.email(), "password", other.password());
        assertThat(forgetful.cookies().get("PRAXIS_SESSION").getMaxAge()).isEqualTo(-1);
        assertThat(sessionLifetimes(other)).containsExactly(8 * 3600);
    }

    private java.util.List<Integer> sessionLifetimes(TestAccounts.Member member) {
        return accounts.jdbc().queryForList("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, String.valueOf(member.id()));
    }
}
