package org.praxis.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.praxis.browser.AccessibilityIT.audit;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.field;
import static org.praxis.browser.Pages.link;
import static org.praxis.browser.Pages.main;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import java.io.StringReader;
import java.nio.file.Files;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.FilePayload;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
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
 * page that lists them; then she creates a webinar, a member registers for it and downloads it
 * for their calendar app as a valid iCalendar file. The pages pass axe-core's WCAG 2.1 AA rules.
 */
@PraxisIntegrationTest
@Tag("browser")
class ResourcesJourneyIT {

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
    void adminSharesFilesInAPageAndAMemberRegistersForHerWebinarAndDownloadsIt(String browserLocale) throws Exception {
        PageText text = PageText.of(messages, browserLocale);
        Member amina = accounts.member("Amina Librarian");
        Member bruno = accounts.member("Bruno Attendee");
        profiles.chooseLanguage(Actor.member(amina.id()), text.language());
        profiles.chooseLanguage(Actor.member(bruno.id()), text.language());
        String slug = CommunityFixtures.create(accounts.signedIn(amina), "Documents " + text.language() + " " + System.nanoTime(),
                "OPEN");
        CommunityFixtures.join(accounts.signedIn(bruno), slug);
        StringBuilder axeReport = new StringBuilder();

        try (BrowserContext context = chromium.newContext(browserLocale)) {
            Page page = context.newPage();
            Pages.signIn(page, text, amina, url("/signin"));

            // 1. Two files at once, sent by the script that shows the progress.
            page.navigate(url("/c/" + slug + "/files"));
            audit(page, "/c/{slug}/files (empty)", axeReport);
            link(page, text.get("file.upload.button")).click();
            assertThat(page).hasURL(Pattern.compile("/c/" + slug + "/files/upload"));
            page.waitForLoadState();
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

            // 4. A webinar, created through the calendar's form.
            page.navigate(url("/c/" + slug + "/calendar"));
            link(page, text.get("calendar.create")).click();
            field(page, text.get("event.field.title")).fill("Financing webinar");
            main(page).getByLabel(text.get("event.field.kind")).selectOption("WEBINAR");
            field(page, text.get("event.field.start")).fill("2099-05-12T13:00");
            field(page, text.get("event.field.end")).fill("2099-05-12T14:30");
            field(page, text.get("event.field.timeZone")).fill("Africa/Tunis");
            field(page, text.get("event.field.onlineUrl")).fill("https://meet.example.org/financing");
            field(page, text.get("event.field.capacity")).fill("30");
            audit(page, "/c/{slug}/calendar/new", axeReport);
            button(page, text.get("event.submit")).click();
            assertThat(page).hasURL(Pattern.compile("/c/" + slug + "/calendar/\\d+$"));
        }

        // 5. Bruno registers and downloads it for his calendar.
        try (BrowserContext context = chromium.newContext(browserLocale)) {
            Page page = context.newPage();
            Pages.signIn(page, text, bruno, url("/signin"));
            page.navigate(url("/c/" + slug + "/calendar"));
            link(page, "Financing webinar").click();
            audit(page, "/c/{slug}/calendar/{id} (member)", axeReport);
            button(page, text.get("event.register")).click();
            assertThat(main(page)).containsText(text.get("event.registration.REGISTERED"));
            Download download = page.waitForDownload(() -> link(page, text.get("event.addToCalendar")).click());
            String ics = Files.readString(download.path(), StandardCharsets.UTF_8);
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            Assertions.assertThat(calendar.validate().hasErrors()).as("valid iCalendar: %s", ics).isFalse();
            Assertions.assertThat(ics).contains("SUMMARY:Financing webinar").contains("TZID=Africa/Tunis")
                    .contains("DTSTART;TZID=Africa/Tunis:20990512T130000");
        }

        Assertions.assertThat(axeReport.toString()).as("axe-core WCAG 2.1 AA violations (%s)", browserLocale).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
