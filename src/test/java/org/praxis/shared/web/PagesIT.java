package org.praxis.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The layout, languages and error pages that every page shares. */
@PraxisIntegrationTest
class PagesIT {

    @Autowired TestAccounts accounts;

    @Test
    void homePageFollowsTheBrowserLanguage() {
        assertThat(Browser.body(accounts.browser().language("fr-CA,fr;q=0.9,en;q=0.5").get("/")))
                .contains("lang=\"fr\"").contains("Rejoindre Praxis").contains("Aller au contenu");
        assertThat(Browser.body(accounts.browser().language("de-DE,de;q=0.9").get("/")))
                .contains("lang=\"en\"").contains("Join Praxis");
        assertThat(Browser.body(accounts.browser().language("en-GB").get("/"))).contains("Join Praxis");
    }

    @Test
    void languageSwitchOverridesTheBrowserAndIsRemembered() {
        Browser browser = accounts.browser().language("en");
        assertThat(Browser.body(browser.get("/?lang=fr"))).contains("Rejoindre Praxis");
        assertThat(Browser.body(browser.get("/signup"))).contains("Créer votre compte");
        assertThat(Browser.body(browser.get("/?lang=en"))).contains("Join Praxis");
        assertThat(Browser.body(browser.get("/?lang=xx"))).contains("Join Praxis");
    }

    @Test
    void aMembersLanguageChoiceFollowsThemToTheirNextSignIn() {
        TestAccounts.Member member = accounts.member("Polyglot");
        Browser first = accounts.signedIn(member);
        first.get("/?lang=fr");
        Browser later = accounts.browser().language("en");
        later.submit("/signin", "/signin", "email", member.email(), "password", member.password());
        assertThat(Browser.body(later.get("/"))).contains("Bienvenue");
    }

    @Test
    void aLanguageChosenOnThisBrowserWinsOverTheProfileAtSignIn() {
        TestAccounts.Member member = accounts.member("Bilingual");
        accounts.signedIn(member).get("/?lang=fr");
        Browser browser = accounts.browser();
        browser.get("/?lang=en");
        browser.submit("/signin", "/signin", "email", member.email(), "password", member.password());
        assertThat(Browser.body(browser.get("/"))).contains("Welcome");
    }

    @Test
    void languageSwitchKeepsThePageAndItsFilters() {
        Browser browser = accounts.signedIn(accounts.member("Filterer"));
        String page = Browser.body(browser.get("/members?q=ana&country=KE&lang=en"));
        assertThat(page).contains("href=\"/members?q=ana&amp;country=KE&amp;lang=fr\"");
    }

    @Test
    void unknownPageIsA404PageWithoutDetails() {
        MvcResult result = accounts.browser().get("/no/such/page");
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void everyPageHasTheHeaderSearchLanguageSwitchAndFooter() {
        String page = Browser.body(accounts.browser().get("/signin"));
        assertThat(page).contains("role=\"search\"").contains("hreflang=\"fr\"").contains("<footer")
                .contains("href=\"#main\"").contains("/webjars/htmx.org/");
    }
}
