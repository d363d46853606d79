package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** CSRF, cookies, headers and rate limits on the doors attackers knock at. */
@PraxisIntegrationTest
class SecurityIT {

    @Autowired TestAccounts accounts;

    @Test
    void everyFormRefusesAPostWithoutCsrfTokenAndChangesNothing() {
        Member member = accounts.member("Victim");
        Browser victim = accounts.signedIn(member);
        String[][] forms = {
                {"/profile", "displayName", "Hacked"},
                {"/profile/avatar/delete"},
                {"/profile/tokens", "name", "stolen"},
                {"/account/password", "currentPassword", member.password(), "newPassword", "hacked password!"},
                {"/account/two-factor/setup"},
                {"/account/two-factor/turn-off", "passwordOrCode", member.password()},
                {"/account/sessions/end-others"},
                {"/signout"},
                {"/staff/accounts/1/suspend"},
        };
        for (String[] form : forms) {
            String[] fields = java.util.Arrays.copyOfRange(form, 1, form.length);
            MvcResult result = victim.postWithoutCsrf(form[0], fields);
            assertThat(result.getResponse().getStatus()).as("POST %s without CSRF", form[0]).isEqualTo(403);
        }
        Browser visitor = accounts.browser();
        assertThat(visitor.postWithoutCsrf("/signup", "email", TestAccounts.uniqueEmail("csrf"), "displayName", "X",
                "password", TestAccounts.PASSWORD).getResponse().getStatus()).isEqualTo(403);
        assertThat(visitor.postWithoutCsrf("/signin", "email", member.email(), "password", member.password())
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(visitor.postWithoutCsrf("/password/forgot", "email", member.email()).getResponse().getStatus()).isEqualTo(403);

        assertThat(Browser.body(victim.get("/profile"))).contains(member.displayName()).doesNotContain("Hacked");
        assertThat(accounts.jdbc().queryForObject("select count(*) from access_token where account_id = ?",
                Integer.class, member.id())).isZero();
        assertThat(accounts.jdbc().queryForObject("select count(*) from account_two_factor where account_id = ?",
                Integer.class, member.id())).isZero();
    }

    @Test
    void forgedCsrfTokenIsRefused() {
        Browser browser = accounts.browser();
        browser.get("/signup");
        MvcResult result = browser.postWithoutCsrf("/signup", "_csrf", "forged-token", "email", TestAccounts.uniqueEmail("forged"),
                "displayName", "Forged", "password", TestAccounts.PASSWORD);
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void sessionCookieIsSecureHttpOnlyAndSameSite() {
        Member member = accounts.member("Cookie");
        Browser browser = accounts.browser();
        MvcResult result = browser.submit("/signin", "/signin", "email", member.email(), "password", member.password());
        String setCookie = String.join("\n", result.getResponse().getHeaders("Set-Cookie"));
        assertThat(setCookie).contains("PRAXIS_SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void pagesCarryStrictSecurityHeaders() {
        MvcResult page = accounts.browser().get("/");
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(Browser.body(page)).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain(" onclick=");
    }

    @Test
    void signInIsLimitedPerAccountWhateverTheAddress() {
        Member member = accounts.member("Targeted");
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            // A new address each time: only the per-account limit can stop this.
            MvcResult result = accounts.browser().submit("/signin", "/signin", "email", member.email(), "password", "guess number " + i);
            if (result.getResponse().getStatus() == 429) {
                refused++;
                assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
                assertThat(result.getResponse().getForwardedUrl()).isEqualTo("/too-many-attempts");
            }
        }
        assertThat(refused).isEqualTo(2);
        // Even the right password waits now: guessing cannot continue by luck.
        MvcResult right = accounts.browser().submit("/signin", "/signin", "email", member.email(), "password", member.password());
        assertThat(right.getResponse().getStatus()).isEqualTo(429);
    }

    @Test
    void signInIsLimitedPerAddressAcrossAccounts() {
        Browser attacker = accounts.browser();
        int refused = 0;
        for (int i = 0; i < 32; i++) {
            MvcResult result = attacker.submit("/signin", "/signin", "email", "spray-" + i + "@example.org", "password", "Summer2026!!");
            if (result.getResponse().getStatus() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("30 attempts per 5 minutes; one may refill while the test runs").isBetween(1, 2);
    }

    @Test
    void signUpIsLimitedPerAddress() {
        Browser bot = accounts.browser();
        int created = 0;
        int refused = 0;
        for (int i = 0; i < 7; i++) {
            MvcResult result = bot.submit("/signup", "/signup", "email", TestAccounts.uniqueEmail("bot"),
                    "displayName", "Bot " + i, "password", TestAccounts.PASSWORD);
            if (result.getResponse().getStatus() == 429) {
                refused++;
            } else {
                created++;
            }
        }
        assertThat(created).isEqualTo(5);
        assertThat(refused).isEqualTo(2);
        assertThat(bot.submit("/signup", "/signup", "email", TestAccounts.uniqueEmail("bot"),
                "displayName", "Bot", "password", TestAccounts.PASSWORD).getResponse().getForwardedUrl())
                .isEqualTo("/too-many-attempts");
    }

    @Test
    void resetRequestsAreLimitedPerAccount() {
        Member member = accounts.member("Flooded");
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            if (accounts.browser().submit("/password/forgot", "/password/forgot", "email", member.email())
                    .getResponse().getStatus() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2);
    }

    /** Over real HTTP, since the limit answers by forwarding to the page, which MockMvc does not follow. */
    @Test
    void rateLimitPageSpeaksTheVisitorsLanguage() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> last = null;
        // Loopback counts as one address for every real-HTTP test; reset requests for one account are limited first.
        String email = TestAccounts.uniqueEmail("rate-fr");
        for (int i = 0; i < 4; i++) {
            var form = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/password/forgot"))
                    .header("Accept-Language", "fr").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertThat(csrf.find()).isTrue();
            last = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/password/forgot"))
                    .header("Accept-Language", "fr").header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
                            java.nio.charset.StandardCharsets.UTF_8) + "&email=" + java.net.URLEncoder.encode(email,
                            java.nio.charset.StandardCharsets.UTF_8))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Trop de tentatives").contains("lang=\"fr\"");
    }

    @org.springframework.boot.test.web.server.LocalServerPort int port;
}
