package org.praxis.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.praxis.browser.AccessibilityIT.audit;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.field;
import static org.praxis.browser.Pages.main;

import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.praxis.notification.live.LiveConnections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Two members have the same discussion open in two browsers; a comment one posts through the
 * form appears on the other's page without a reload, announced to screen readers.
 */
@PraxisIntegrationTest
@Tag("browser")
class LiveDiscussionBrowserIT {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired MessageSource messages;
    @Autowired LiveConnections connections;

    @Test
    void aCommentPostedInOneBrowserAppearsInTheOtherWithoutReload() throws Exception {
        PageText text = PageText.of(messages, "en-GB");
        Member amina = accounts.member("Amina Watcher");
        Member bruno = accounts.member("Bruno Poster");
        var aminaWeb = accounts.signedIn(amina);
        String slug = CommunityFixtures.create(aminaWeb, "Live pages " + System.nanoTime(), "PUBLIC");
        CommunityFixtures.join(accounts.signedIn(bruno), slug);
        long id = Discussing.start(aminaWeb, slug, "Watching live", "Anyone there?");
        String discussionUrl = url(Discussing.thread(slug, id));
        String words = "Hello from the other browser";
        StringBuilder axeReport = new StringBuilder();

        try (BrowserContext aminaContext = chromium.newContext("en-GB");
             BrowserContext brunoContext = chromium.newContext("en-GB")) {
            Page watcher = aminaContext.newPage();
            Page poster = brunoContext.newPage();
            Pages.signIn(watcher, text, amina, url("/signin"));
            Pages.signIn(poster, text, bruno, url("/signin"));
            int before = connections.count();
            watcher.navigate(discussionUrl);
            poster.navigate(discussionUrl);
            awaitStreams(before + 2);
            // Survives only if the page is not loaded again.
            watcher.evaluate("window.liveMarker = 'same page'");
            assertThat(watcher.locator("#notification-bell .notification-count")).hasCount(0);

            field(poster, text.get("discussion.field.comment")).fill(words);
            button(poster, text.get("discussion.postComment")).click();
            assertThat(poster).hasURL(Pattern.compile("#comment-\\d+$"));

            Locator arrived = main(watcher).locator(".comment").filter(new Locator.FilterOptions().setHasText(words));
            assertThat(arrived).isVisible();
            assertThat(arrived).containsText(bruno.displayName());
            Assertions.assertThat(watcher.evaluate("window.liveMarker")).as("no reload").isEqualTo("same page");
            Assertions.assertThat(watcher.url()).isEqualTo(discussionUrl);
            assertThat(watcher.locator("#live-status")).hasText(text.get("discussion.live.one"));
            // The reply is also a notification for the discussion's author: the bell rings without reload.
            assertThat(watcher.locator("#notification-bell .notification-count")).hasText("1");
            assertThat(watcher.locator("#notification-bell")).hasAttribute("aria-label",
                    Pattern.compile(text.get("notification.bell") + ".*1"));
            audit(watcher, "/c/{slug}/discussions/{id} (live comment)", axeReport);

            // The poster's own page shows the comment once, whether the signal came before or after it loaded.
            watcher.waitForTimeout(1000);
            assertThat(main(poster).locator(".comment").filter(new Locator.FilterOptions().setHasText(words))).hasCount(1);
        }
        Assertions.assertThat(axeReport.toString()).as("axe-core WCAG 2.1 AA violations").isEmpty();
    }

    private void awaitStreams(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (connections.count() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Assertions.assertThat(connections.count()).as("both pages' live streams are open").isGreaterThanOrEqualTo(count);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
