package org.praxis.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.praxis.browser.AccessibilityIT.audit;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.field;
import static org.praxis.browser.Pages.link;
import static org.praxis.browser.Pages.main;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.account.Profiles;
import org.praxis.community.CommunityFixtures;
import org.praxis.policy.Actor;
import org.praxis.shared.OnePagePdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * An admin shares two documents in a real browser (both at once, sent by the page's script with
 * its progress bar), finds them in the Files tab with the PDF previewed, and writes a community
 * page that lists them. The pages pass axe-core's WCAG 2.1 AA rules.
 */
@PraxisIntegrationTest
@Tag("browser")
class LibraryJourneyIT {

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

    @ParameterizedTest(name = "browser in {0}")
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void adminUploadsTwoFilesWithTheProgressBarAndWritesAPageListingThem(String browserLocale) {
        PageText text = PageText.of(messages, browserLocale);
        Member amina = accounts.member("Amina Librarian");
        profiles.chooseLanguage(Actor.member(amina.id()), text.language());
        String slug = CommunityFixtures.create(accounts.signedIn(amina), "Documents " + text.language() + " " + System.nanoTime(),
                "OPEN");
        StringBuilder axeReport = new StringBuilder();

        try (BrowserContext context = chromium.newContext(browserLocale)) {
            Page page = context.newPage();
            Pages.signIn(page, text, amina, url("/signin"));

            // 1. Two files at once, sent by the script that shows the progress.
            page.navigate(url("/c/" + slug + "/files"));
            audit(page, "/c/{slug}/files (empty)", axeReport);
            link(page, text.get("file.upload.button")).click();
            assertThat(page).hasURL(Pattern.compile("/c/" + slug + "/files/upload"));
            field(page, text.get("file.field.files")).setInputFiles(new FilePayload[] {
                    new FilePayload("Regional review.pdf", "application/pdf", OnePagePdf.of("Regional review", "Draft")),
                    new FilePayload("Coverage data.csv", "text/csv",
                            "country,coverage\nJordan,38\nTunisia,34\n".getBytes(StandardCharsets.UTF_8))});
            assertThat(main(page).locator(".chosen-files li")).hasCount(2);
            audit(page, "/c/{slug}/files/upload", axeReport);
            Request sent = page.waitForRequest(r -> r.url().contains("/files/upload") && r.method().equals("POST"),
                    () -> button(page, text.get("file.upload.submit")).click());
            Assertions.assertThat(sent.resourceType()).as("sent by the script, with progress").isEqualTo("xhr");
            assertThat(page).hasURL(Pattern.compile("/c/" + slug + "/files$"));
            assertThat(link(page, "Regional review")).isVisible();
            assertThat(link(page, "Coverage data")).isVisible();
            audit(page, "/c/{slug}/files", axeReport);

            // 2. The PDF's page previews it.
            link(page, "Regional review").click();
            assertThat(main(page).locator("iframe")).hasAttribute("title", text.get("file.previewOf", "Regional review"));
            audit(page, "/c/{slug}/files/{id}", axeReport);

            // 3. A page of the community lists them.
            page.navigate(url("/c/" + slug + "/pages"));
            link(page, text.get("page.new")).click();
            field(page, text.get("page.field.title")).fill("Additional literature");
            field(page, text.get("page.field.body")).fill("What members shared:\n\n{{files}}\n");
            button(page, text.get("page.create")).click();
            assertThat(page).hasURL(Pattern.compile("/c/" + slug + "/pages/\\d+$"));
            assertThat(link(page, "Regional review")).isVisible();
            assertThat(link(page, "Coverage data")).isVisible();
            audit(page, "/c/{slug}/pages/{id}", axeReport);
        }

        Assertions.assertThat(axeReport.toString()).as("axe-core WCAG 2.1 AA violations (%s)", browserLocale).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
