package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.main;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.account.Profiles;
import org.praxis.community.CommunityFixtures;
import org.praxis.policy.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The calendar in a real browser: the layout's script tells the server the browser's time zone,
 * so an event organised in Tunis shows Sao Paulo's local times there; and the calendar's pages
 * pass axe-core's WCAG 2.1 A and AA rules in English and in French.
 */
@PraxisIntegrationTest
@Tag("browser")
class CalendarBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired Profiles profiles;
    @Autowired MessageSource messages;

    @ParameterizedTest(name = "browser in {0}")
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void calendarPagesShowTheBrowsersTimeZoneAndHaveNoWcagViolations(String browserLocale) {
        PageText text = PageText.of(messages, browserLocale);
        Member organiser = accounts.member("Axe Organiser");
        profiles.chooseLanguage(Actor.member(organiser.id()), text.language());
        org.praxis.Browser form = accounts.signedIn(organiser);
        String slug = CommunityFixtures.create(form, "Axe calendar " + text.language() + " " + System.nanoTime(), "OPEN");
        form.submit("/c/" + slug + "/calendar/series/new", "/c/" + slug + "/calendar/series/new", "title", "Axe series");
        long series = accounts.jdbc().queryForObject("select max(id) from calendar_series", Long.class);
        String created = form.submit("/c/" + slug + "/calendar/new", "/c/" + slug + "/calendar/new", "title", "Axe meeting",
                "description", "An **accessible** meeting", "kind", "WEBINAR", "start", "2018-11-01T10:00",
                "end", "2018-11-01T11:30", "timeZone", "Africa/Tunis", "recurrence", "WEEKLY", "occurrences", "2",
                "capacity", "10", "seriesId", String.valueOf(series), "onlineUrl", "https://meet.example.org/axe")
                .getResponse().getRedirectedUrl();
        String upcoming = form.submit("/c/" + slug + "/calendar/new", "/c/" + slug + "/calendar/new", "title", "Axe future",
                "kind", "MEETING", "start", "2099-01-01T10:00", "end", "2099-01-01T11:00", "timeZone", "Europe/Paris")
                .getResponse().getRedirectedUrl();
        form.post(upcoming + "/register");
        StringBuilder report = new StringBuilder();

        try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setLocale(browserLocale)
                .setTimezoneId("America/Sao_Paulo"))) {
            Page page = context.newPage();
            Pages.signIn(page, text, organiser, url("/signin"));

            page.navigate(url(created));
            PlaywrightAssertions.assertThat(main(page)).containsText("2018-11-01 06:00");
            PlaywrightAssertions.assertThat(main(page)).containsText("2018-11-08 07:00");
            PlaywrightAssertions.assertThat(main(page)).containsText("America/Sao_Paulo");
            AccessibilityIT.audit(page, "event page", report);

            page.navigate(url("/c/" + slug + "/calendar"));
            AccessibilityIT.audit(page, "calendar tab", report);
            page.navigate(url("/c/" + slug + "/calendar/new"));
            assertThat(page.inputValue("#timeZone")).as("a new event starts in the organiser's zone").isEqualTo("America/Sao_Paulo");
            AccessibilityIT.audit(page, "new event", report);
            button(page, text.get("event.submit")).click();
            PlaywrightAssertions.assertThat(main(page).locator("#title-error")).hasText(text.get("input.required"));
            AccessibilityIT.audit(page, "new event with errors", report);
            page.navigate(url(upcoming + "/registrants"));
            AccessibilityIT.audit(page, "registrants", report);
            page.navigate(url(created + "/follow-up"));
            AccessibilityIT.audit(page, "follow-up", report);
            page.navigate(url("/c/" + slug + "/calendar/series/" + series));
            AccessibilityIT.audit(page, "series", report);
            page.navigate(url("/events"));
            PlaywrightAssertions.assertThat(main(page)).containsText("Axe future");
            AccessibilityIT.audit(page, "/events", report);
            page.navigate(url("/calendar/feed"));
            AccessibilityIT.audit(page, "/calendar/feed", report);
        }

        assertThat(report.toString()).as("axe-core WCAG 2.1 AA violations (%s)", browserLocale).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
