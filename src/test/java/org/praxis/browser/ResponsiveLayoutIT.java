package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.field;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.account.ProfileUpdate;
import org.praxis.account.Profiles;
import org.praxis.policy.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The home page and the profile pages fit a phone and a desktop screen: nothing is wider than
 * the window. Screenshots land in target/screenshots/ for a person to look at.
 */
@PraxisIntegrationTest
@Tag("browser")
class ResponsiveLayoutIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Profiles profiles;

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "{0} px wide, browser in {1}")
    @CsvSource({"375, en-GB", "375, fr-FR", "1280, en-GB"})
    void pagesFitTheScreen(int width, String browserLocale) {
        PageText text = PageText.of(messages, browserLocale);
        Member member = accounts.member("Layout Member");
        profiles.update(Actor.member(member.id()), new ProfileUpdate(member.displayName(), "Lucía Fernández-Oyelaran",
                "Ministère de la Solidarité et de la Protection sociale", "CI", List.of("es", "fr", "yo"),
                List.of("social protection, cash transfers, disability inclusion, community health workers"),
                "Coordinates the national social registry.\nBefore that, ten years in humanitarian cash programmes."));
        profiles.chooseLanguage(Actor.member(member.id()), text.language());
        String suffix = width + "-" + text.language();

        try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                .setLocale(browserLocale).setViewportSize(width, 800))) {
            Page page = context.newPage();

            page.navigate(url("/"));
            fitsTheWindow(page, "home-visitor-" + suffix);

            page.navigate(url("/signin"));
            field(page, text.get("field.email")).fill(member.email());
            field(page, text.get("field.password")).fill(member.password());
            button(page, text.get("signin.submit")).click();
            PlaywrightAssertions.assertThat(page).hasURL(url("/"));
            fitsTheWindow(page, "home-member-" + suffix);

            page.navigate(url("/profile"));
            fitsTheWindow(page, "profile-edit-" + suffix);

            page.navigate(url("/members/" + member.id()));
            fitsTheWindow(page, "profile-" + suffix);

            page.navigate(url("/members"));
            fitsTheWindow(page, "members-" + suffix);
        }
    }

    private static void fitsTheWindow(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s in pixels", name).isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
