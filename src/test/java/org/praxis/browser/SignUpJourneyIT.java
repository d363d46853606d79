package org.praxis.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.field;
import static org.praxis.browser.Pages.heading;
import static org.praxis.browser.Pages.link;
import static org.praxis.browser.Pages.main;

import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.shared.mail.MailFolder.StoredMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A newcomer's first visit in a real browser, in English and in French: sign up, confirm the
 * e-mail, sign in, fill in the profile and see it as others do. Also the language switch and
 * the keyboard path into the page.
 */
@PraxisIntegrationTest
@Tag("browser")
class SignUpJourneyIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "browser in {0}")
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void newcomerSignsUpConfirmsSignsInAndCompletesTheProfile(String browserLocale) {
        PageText text = PageText.of(messages, browserLocale);
        String email = TestAccounts.uniqueEmail("newcomer-" + text.language());
        String password = "river lantern orchard " + text.language();

        try (BrowserContext context = chromium.newContext(browserLocale)) {
            Page page = context.newPage();

            page.navigate(url("/signup"));
            assertThat(page.locator("html")).hasAttribute("lang", text.language());
            assertThat(heading(page)).hasText(text.get("signup.title"));
            field(page, text.get("field.email")).fill(email);
            field(page, text.get("field.displayName")).fill("Amina");
            field(page, text.get("field.password")).fill(password);
            button(page, text.get("signup.submit")).click();

            assertThat(page).hasURL(url("/signup/sent"));
            assertThat(heading(page)).hasText(text.get("signup.sent.title"));

            StoredMail mail = mailbox.await(email, text.get("mail.verify.subject"));
            page.navigate(url(Mailbox.linkPath(mail)));
            assertThat(heading(page)).hasText(text.get("verify.done.title"));

            link(page, text.get("layout.signin")).click();
            assertThat(heading(page)).hasText(text.get("signin.title"));
            field(page, text.get("field.email")).fill(email);
            field(page, text.get("field.password")).fill(password);
            button(page, text.get("signin.submit")).click();

            assertThat(page).hasURL(url("/"));
            assertThat(heading(page)).hasText(text.get("home.welcome", "Amina"));

            link(page, text.get("home.editProfile")).click();
            assertThat(page).hasURL(url("/profile"));
            assertThat(heading(page)).hasText(text.get("profile.edit.title"));
            assertThat(field(page, text.get("field.displayName"))).hasValue("Amina");

            field(page, text.get("field.displayName")).fill("Amina K.");
            field(page, text.get("field.realName")).fill("Amina Kouyaté");
            field(page, text.get("field.institution")).fill("Institut du Sahel " + text.language());
            field(page, text.get("field.country")).selectOption("SN");
            field(page, text.get("field.languages")).selectOption(new String[] {"fr", "sw"});
            field(page, text.get("field.interests")).fill("social protection, cash transfers");
            field(page, text.get("field.bio")).fill("Works on safety nets.\nLikes field visits.");
            button(page, text.get("profile.edit.save")).click();

            assertThat(page).hasURL(url("/profile"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(text.get("profile.saved"));
            assertThat(page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Amina K."))).isVisible();

            link(page, text.get("profile.edit.view")).click();
            assertThat(page).hasURL(Pattern.compile("/members/\\d+$"));
            assertThat(page).hasTitle("Amina K.");
            assertThat(heading(page)).hasText("Amina K.");
            Locator main = main(page);
            assertThat(main).containsText("Amina Kouyaté");
            assertThat(main).containsText(text.get("profile.realName.private"));
            assertThat(fact(page, text.get("field.institution"))).hasText("Institut du Sahel " + text.language());
            assertThat(fact(page, text.get("field.country"))).hasText(countryName("SN", text.locale()));
            assertThat(fact(page, text.get("profile.languages"))).hasText(
                    languageName("fr", text.locale()) + ", " + languageName("sw", text.locale()));
            Assertions.assertThat(fact(page, text.get("profile.interests")).getByRole(AriaRole.LINK).allTextContents())
                    .containsExactlyInAnyOrder("social protection", "cash transfers");
            assertThat(main.locator(".bio")).hasText("Works on safety nets.\nLikes field visits.");
            assertThat(main.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(text.get("profile.about"))))
                    .isVisible();
        }
    }

    @Test
    void languageSwitchTranslatesThePageAndIsRemembered() {
        PageText english = PageText.of(messages, "en");
        PageText french = PageText.of(messages, "fr");
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(url("/signin"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(heading(page)).hasText(english.get("signin.title"));

            languageLink(page, "Français").click();
            assertThat(page).hasURL(url("/signin?lang=fr"));
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            assertThat(heading(page)).hasText(french.get("signin.title"));
            assertThat(languageLink(page, "Français")).hasAttribute("aria-current", "true");
            assertThat(languageLink(page, "English")).hasAttribute("aria-current", "false");

            // The choice outlives the page: the next page is French although the browser asks for English.
            page.navigate(url("/password/forgot"));
            assertThat(heading(page)).hasText(french.get("password.forgot.title"));

            languageLink(page, "English").click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(heading(page)).hasText(english.get("password.forgot.title"));
        }
    }

    @ParameterizedTest(name = "browser in {0}")
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent(String browserLocale) {
        PageText text = PageText.of(messages, browserLocale);
        try (BrowserContext context = chromium.newContext(browserLocale)) {
            Page page = context.newPage();
            page.navigate(url("/"));

            page.keyboard().press("Tab");
            Locator skip = page.locator("a.skip-link");
            assertThat(skip).isFocused();
            assertThat(skip).hasText(text.get("layout.skip"));
            assertThat(skip).isInViewport();

            page.keyboard().press("Enter");
            assertThat(page.locator("main#main")).isFocused();

            // The next Tab continues inside the content, not back in the header.
            page.keyboard().press("Tab");
            assertThat(main(page).locator(":focus")).hasCount(1);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Locator languageLink(Page page, String name) {
        return page.locator(".lang-switch").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The value next to a term in the profile's list of facts. */
    private static Locator fact(Page page, String term) {
        return page.locator(".profile-facts dt", new Page.LocatorOptions().setHasText(term)).locator("xpath=following-sibling::dd[1]");
    }

    private static String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    private static String languageName(String code, Locale locale) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale);
    }
}
