package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two-step sign-in: setting it up, the second step of signing in (app codes, replay, recovery
 * codes, rate limits), new recovery codes, turning it off, and hostile input. Codes are computed
 * here from the key the set-up page shows for typing by hand, as an authenticator app would.
 */
@PraxisIntegrationTest
class TwoFactorIT {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile(">([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})<");
    private static final String WRONG_CODE = "This code is not right, or was already used";

    @Autowired TestAccounts accounts;

    /** A member who turned two-step sign-in on: the key of their app and their recovery codes. */
    record Enrolled(Member member, String secret, List<String> recoveryCodes) {
    }

    @Test
    void memberTurnsItOnWithAWrongThenARightCodeAndTheirOtherSessionsEnd() {
        Member member = accounts.member("Careful");
        Browser browser = accounts.signedIn(member);
        Browser elsewhere = accounts.signedIn(member);
        assertThat(Browser.body(browser.get("/account/two-factor"))).contains("Two-step sign-in is off.");

        MvcResult started = browser.submit("/account/two-factor", "/account/two-factor/setup");
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor/setup");
        String setupPage = Browser.body(browser.get("/account/two-factor/setup"));
        assertThat(setupPage).contains("src=\"data:image/png;base64,").contains("otpauth://totp/");
        String secret = secretOn(setupPage);
        assertThat(secret).hasSize(32);
        // Reloading the page keeps the key, so a QR code already scanned stays valid.
        assertThat(secretOn(Browser.body(browser.get("/account/two-factor/setup")))).isEqualTo(secret);

        String wrong = Browser.body(browser.post("/account/two-factor/confirm", "code", wrongCode(secret)));
        assertThat(wrong).contains(WRONG_CODE).contains("aria-invalid=\"true\"");
        assertThat(twoFactorEnabled(member)).isFalse();

        String codesPage = Browser.body(browser.post("/account/two-factor/confirm", "code", codeAt(secret, currentStep())));
        assertThat(codesPage).contains("Two-step sign-in is on.").contains("signed out of your other sessions (1)");
        assertThat(recoveryCodesOn(codesPage)).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactorEnabled(member)).isTrue();
        assertThat(elsewhere.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(Browser.body(browser.get("/account/two-factor"))).contains("Unused recovery codes: 10.");
        assertThat(browser.post("/account/two-factor/confirm", "code", codeAt(secret, currentStep()))
                .getResponse().getRedirectedUrl()).as("sent twice").isEqualTo("/account/two-factor");
        assertThat(Browser.body(browser.get("/account/two-factor?lang=fr")))
                .contains("La connexion en deux étapes est activée. Codes de secours non utilisés : 10.");
        assertThat(accounts.jdbc().queryForObject("select secret from account_two_factor where account_id = ?",
                String.class, member.id())).as("stored encrypted").startsWith("v1:").doesNotContain(secret);
    }

    @Test
    void signInAsksForACodeAndUntilThenTheSessionReachesNothingElse() {
        Enrolled enrolled = enrol("Guarded");
        Browser browser = accounts.browser();
        MvcResult password = browser.submit("/signin", "/signin", "email", enrolled.member().email(),
                "password", enrolled.member().password(), "remember-me", "true");
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/signin/code");
        assertThat(browser.cookies().get("PRAXIS_SESSION").getMaxAge()).as("not remembered yet").isEqualTo(-1);
        assertThat(sessionLifetimes(enrolled.member())).as("only the session that set it up is signed in")
                .containsExactly(8 * 3600);

        for (String page : List.of("/profile", "/", "/account/sessions", "/signin", "/communities")) {
            assertThat(browser.get(page).getResponse().getRedirectedUrl()).as(page).isEqualTo("/signin/code");
        }
        assertThat(browser.get("/api/v1/me").getResponse().getStatus()).isEqualTo(401);
        // A form posted with this session's valid CSRF token is turned back too.
        assertThat(browser.submit("/signin/code", "/profile/tokens", "name", "sneaky").getResponse().getRedirectedUrl())
                .isEqualTo("/signin/code");
        assertThat(accounts.jdbc().queryForObject("select count(*) from access_token where account_id = ?",
                Integer.class, enrolled.member().id())).isZero();

        String form = Browser.body(browser.get("/signin/code"));
        assertThat(form).contains("Now enter the code").contains("autocomplete=\"one-time-code\"");
        MvcResult signedIn = browser.post("/signin/code", "code", nextCode(enrolled));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.get("/profile").getResponse().getStatus()).isEqualTo(200);
        assertThat(browser.cookies().get("PRAXIS_SESSION").getMaxAge()).as("remembered now").isPositive();
        assertThat(sessionLifetimes(enrolled.member())).containsExactlyInAnyOrder(8 * 3600, 30 * 24 * 3600);
    }

    @Test
    void theSecondStepSendsThePersonToThePageTheyWanted() {
        Enrolled enrolled = enrol("Returning");
        Browser browser = accounts.browser();
        assertThat(browser.get("/account/sessions").getResponse().getRedirectedUrl()).endsWith("/signin");
        browser.submit("/signin", "/signin", "email", enrolled.member().email(), "password", enrolled.member().password());
        browser.get("/signin/code");
        assertThat(browser.post("/signin/code", "code", nextCode(enrolled)).getResponse().getRedirectedUrl())
                .startsWith("http://localhost/account/sessions");
    }

    @Test
    void aCodeCannotBeUsedTwice() {
        Enrolled enrolled = enrol("Replayed");
        String code = nextCode(enrolled);
        Browser first = passwordStep(enrolled.member());
        assertThat(first.post("/signin/code", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/");

        Browser second = passwordStep(enrolled.member());
        assertThat(Browser.body(second.post("/signin/code", "code", code))).contains(WRONG_CODE);
        assertThat(second.get("/profile").getResponse().getRedirectedUrl()).isEqualTo("/signin/code");
    }

    @Test
    void wrongCodesAreRefusedAndRepeatedOnesHitTheSignInRateLimit() {
        Enrolled enrolled = enrol("Bruteforced");
        int refused = 0;
        int wrong = 0;
        for (int i = 0; i < 12; i++) {
            // A new address each time: only the per-account limit can stop this.
            Browser attacker = accounts.browser();
            MvcResult password = attacker.submit("/signin", "/signin", "email", enrolled.member().email(),
                    "password", enrolled.member().password());
            MvcResult result = password.getResponse().getStatus() == 429 ? password
                    : attacker.submit("/signin/code", "/signin/code", "code", String.format("%06d", i));
            if (result.getResponse().getStatus() == 429) {
                refused++;
                assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
            } else if (Browser.body(result).contains(WRONG_CODE)) {
                wrong++;
            }
        }
        assertThat(wrong).isPositive();
        assertThat(refused).isPositive();
        // The password and the codes share the account's allowance: ten tries, then waiting.
        assertThat(wrong).isLessThan(10);
        Browser owner = accounts.browser();
        assertThat(owner.submit("/signin", "/signin", "email", enrolled.member().email(), "password",
                enrolled.member().password()).getResponse().getStatus()).isEqualTo(429);
    }

    @Test
    void codesPostedFromOneAddressAreLimitedToo() {
        Enrolled enrolled = enrol("Patient");
        Browser browser = passwordStep(enrolled.member());
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            MvcResult result = browser.post("/signin/code", "code", String.format("%06d", i));
            if (result.getResponse().getStatus() == 429) {
                refused++;
            }
        }
        assertThat(refused).isPositive();
        assertThat(browser.post("/signin/code", "code", nextCode(enrolled)).getResponse().getStatus()).isEqualTo(429);
    }

    @Test
    void aRecoveryCodeSignsInOnceAndThePageSaysHowManyAreLeft() {
        Enrolled enrolled = enrol("Phoneless");
        String code = enrolled.recoveryCodes().get(0);
        Browser browser = passwordStep(enrolled.member());
        assertThat(browser.post("/signin/code", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(Browser.body(browser.get("/"))).contains("Recovery codes left: 9.");
        assertThat(Browser.body(browser.get("/account/two-factor"))).contains("Unused recovery codes: 9.");

        assertThat(Browser.body(secondStep(enrolled.member(), code))).contains(WRONG_CODE);

        // Typed in capitals, without the dashes, with spaces around: still the same code.
        String typedLoosely = "  " + enrolled.recoveryCodes().get(1).replace("-", "").toUpperCase(Locale.ROOT) + " ";
        assertThat(secondStep(enrolled.member(), typedLoosely).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void newRecoveryCodesNeedACurrentCodeAndReplaceTheOldOnes() {
        Enrolled enrolled = enrol("Renewer");
        Browser browser = onSettingsAfterRecoveryCode(enrolled);
        String refused = Browser.body(browser.post("/account/two-factor/recovery-codes", "code", wrongCode(enrolled.secret())));
        assertThat(refused).contains(WRONG_CODE).contains("Unused recovery codes: 9.");

        String renewed = Browser.body(browser.post("/account/two-factor/recovery-codes", "code", nextCode(enrolled)));
        List<String> newCodes = recoveryCodesOn(renewed);
        assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(Browser.body(browser.get("/account/two-factor"))).contains("Unused recovery codes: 10.");

        assertThat(Browser.body(secondStep(enrolled.member(), enrolled.recoveryCodes().get(1))))
                .contains(WRONG_CODE);
        assertThat(secondStep(enrolled.member(), newCodes.get(0)).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void memberTurnsItOffWithTheirPasswordAndThenSignsInWithThePasswordAlone() {
        Enrolled enrolled = enrol("Relaxed");
        Browser browser = onSettingsAfterRecoveryCode(enrolled);
        String wrong = Browser.body(browser.post("/account/two-factor/turn-off", "passwordOrCode", "not my password"));
        assertThat(wrong).contains("neither your password nor a current code").contains("id=\"passwordOrCode-error\"");
        assertThat(twoFactorEnabled(enrolled.member())).isTrue();

        MvcResult off = browser.post("/account/two-factor/turn-off", "passwordOrCode", enrolled.member().password());
        assertThat(off.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor");
        assertThat(Browser.body(browser.get("/account/two-factor"))).contains("Two-step sign-in is off. Signing in asks");
        assertThat(accounts.jdbc().queryForObject("select count(*) from account_recovery_code where account_id = ?",
                Integer.class, enrolled.member().id())).isZero();
        accounts.signedIn(enrolled.member());
    }

    @Test
    void memberTurnsItOffWithACodeFromTheApp() {
        Enrolled enrolled = enrol("Switcher");
        Browser browser = onSettingsAfterRecoveryCode(enrolled);
        assertThat(browser.post("/account/two-factor/turn-off", "passwordOrCode", nextCode(enrolled))
                .getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor");
        assertThat(twoFactorEnabled(enrolled.member())).isFalse();
    }

    @Test
    void hostileInputGetsAFormErrorNeverAnError() {
        Enrolled enrolled = enrol("Hostile");
        Browser browser = passwordStep(enrolled.member());
        String huge = "9".repeat(10 * 1024);
        for (String input : List.of("", "abcdef", "1234567", "12-34-56", huge, "<script>alert(1)</script>")) {
            MvcResult result = browser.post("/signin/code", "code", input);
            String label = input.length() > 30 ? "10 KB" : "'" + input + "'";
            assertThat(result.getResponse().getStatus()).as(label).isEqualTo(200);
            assertThat(Browser.body(result)).as(label).contains("id=\"code-error\"").contains("aria-invalid=\"true\"")
                    .doesNotContain("<script>alert");
        }
        assertThat(Browser.body(browser.post("/signin/code", "code", ""))).contains("Please fill in this field.");

        Member setup = accounts.member("Hostile setup");
        Browser settings = accounts.signedIn(setup);
        settings.submit("/account/two-factor", "/account/two-factor/setup");
        settings.get("/account/two-factor/setup");
        for (String input : List.of("", "abcdef", "1234567", huge)) {
            MvcResult result = settings.post("/account/two-factor/confirm", "code", input);
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(Browser.body(result)).contains("id=\"code-error\"").contains("id=\"secret\"");
        }
        assertThat(Browser.body(settings.post("/account/two-factor/confirm", "code", "1234567")))
                .contains("Please enter the 6 digits that your app shows.");
        assertThat(twoFactorEnabled(setup)).isFalse();
    }

    @Test
    void withoutAPendingSignInTheCodePageSendsToSignIn() {
        Browser visitor = accounts.browser();
        assertThat(visitor.get("/signin/code").getResponse().getRedirectedUrl()).isEqualTo("/signin");
        visitor.get("/signin");
        assertThat(visitor.post("/signin/code", "code", "123456").getResponse().getRedirectedUrl()).isEqualTo("/signin?expired");
        assertThat(visitor.get("/account/two-factor").getResponse().getRedirectedUrl()).endsWith("/signin");
    }

    @Test
    void cancellingTheSecondStepSignsOut() {
        Enrolled enrolled = enrol("Hesitant");
        Browser browser = passwordStep(enrolled.member());
        browser.post("/signout");
        assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
        assertThat(browser.get("/signin/code").getResponse().getRedirectedUrl()).isEqualTo("/signin");
    }

    @Test
    void personalAccessTokensKeepWorkingWithoutACode() {
        Member member = accounts.member("Scripter");
        String token = org.praxis.ApiClient.tokenOf(accounts, member);
        enrolSignedIn(member, accounts.signedIn(member));
        MvcResult me = accounts.browser().perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/me").header("Authorization", "Bearer " + token));
        assertThat(me.getResponse().getStatus()).isEqualTo(200);
    }

    private Enrolled enrol(String name) {
        Member member = accounts.member(name);
        return enrolSignedIn(member, accounts.signedIn(member));
    }

    private Enrolled enrolSignedIn(Member member, Browser browser) {
        browser.submit("/account/two-factor", "/account/two-factor/setup");
        String secret = secretOn(Browser.body(browser.get("/account/two-factor/setup")));
        String codesPage = Browser.body(browser.post("/account/two-factor/confirm", "code", codeAt(secret, currentStep())));
        List<String> codes = recoveryCodesOn(codesPage);
        assertThat(codes).as("recovery codes shown").hasSize(10);
        return new Enrolled(member, secret, codes);
    }

    /** A browser past the password, at the second step. */
    private Browser passwordStep(Member member) {
        Browser browser = accounts.browser();
        MvcResult result = browser.submit("/signin", "/signin", "email", member.email(), "password", member.password());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/signin/code");
        browser.get("/signin/code");
        return browser;
    }

    /** Signs in anew with the password and this code. */
    private MvcResult secondStep(Member member, String code) {
        return passwordStep(member).post("/signin/code", "code", code);
    }

    /** Signed in anew with the first recovery code, on the two-step settings page. */
    private Browser onSettingsAfterRecoveryCode(Enrolled enrolled) {
        Browser browser = passwordStep(enrolled.member());
        assertThat(browser.post("/signin/code", "code", enrolled.recoveryCodes().get(0)).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        browser.get("/account/two-factor");
        return browser;
    }

    /** The code of the first time step the app has not used yet (as a phone shows it a little later). */
    private String nextCode(Enrolled enrolled) {
        Long last = accounts.jdbc().queryForObject("select last_used_step from account_two_factor where account_id = ?",
                Long.class, enrolled.member().id());
        return codeAt(enrolled.secret(), Math.max(last + 1, currentStep()));
    }

    private static String wrongCode(String secret) {
        return AuthenticatorApp.wrongCode(secret);
    }

    private static long currentStep() {
        return AuthenticatorApp.currentStep();
    }

    private static String codeAt(String secret, long step) {
        return AuthenticatorApp.codeAt(secret, step);
    }

    private static String secretOn(String page) {
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("key shown for typing by hand").isTrue();
        return m.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodesOn(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY_CODE.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private boolean twoFactorEnabled(Member member) {
        return accounts.jdbc().queryForObject(
                "select count(*) from account_two_factor where account_id = ? and enabled_at is not null",
                Integer.class, member.id()) == 1;
    }

    private List<Integer> sessionLifetimes(Member member) {
        return accounts.jdbc().queryForList("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, String.valueOf(member.id()));
    }
}
