package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.field;
import static org.praxis.browser.Pages.heading;
import static org.praxis.browser.Pages.main;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The main pages, as a visitor and as a member, in English and in French, pass axe-core's
 * WCAG 2.1 A and AA rules. Pages are checked as served, under their Content-Security-Policy:
 * Playwright injects axe through the DevTools protocol, which the policy does not govern.
 */
@PraxisIntegrationTest
@Tag("browser")
class AccessibilityIT {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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
    void mainPagesHaveNoWcagViolations(String browserLocale) {
        PageText text = PageText.of(messages, browserLocale);
        Member viewer = accounts.member("Axe Viewer");
        // Sign-in switches to the member's own language; make it the browser's.
        profiles.chooseLanguage(Actor.member(viewer.id()), text.language());
        Member neighbour = accounts.member("Axe Neighbour");
        profiles.update(Actor.member(neighbour.id()), new ProfileUpdate(neighbour.displayName(), "Nadia Rahman",
                "Centre for Social Research", "BD", List.of("bn", "en"), List.of("social protection, nutrition"),
                "Researcher.\nWorks on school meals."));
        StringBuilder report = new StringBuilder();

        try (BrowserContext context = chromium.newContext(browserLocale)) {
            Page page = context.newPage();

            Response home = page.navigate(url("/"));
            assertThat(home.headerValue("content-security-policy"))
                    .as("pages are checked under their real policy").contains("script-src 'self'", "style-src 'self'");
            audit(page, "home (visitor)", report);
            for (String path : List.of("/signup", "/signin", "/password/forgot", "/library")) {
                page.navigate(url(path));
                audit(page, path, report);
            }

            signIn(page, text, viewer);
            audit(page, "home (member)", report);

            page.navigate(url("/profile"));
            audit(page, "/profile", report);
            field(page, text.get("field.interests")).fill("a topic far longer than forty characters allows");
            button(page, text.get("profile.edit.save")).click();
            PlaywrightAssertions.assertThat(main(page).locator("#interests-error"))
                    .hasText(text.get("profile.interestTooLong", Profiles.INTEREST_MAX));
            audit(page, "/profile with an error", report);

            page.navigate(url("/account/two-factor"));
            audit(page, "/account/two-factor", report);
            page.navigate(url("/account/sessions"));
            audit(page, "/account/sessions", report);
            page.navigate(url("/conduct"));
            audit(page, "/conduct", report);
            page.navigate(url("/members"));
            audit(page, "/members", report);
            page.navigate(url("/members/" + neighbour.id()));
            PlaywrightAssertions.assertThat(main(page)).containsText("Centre for Social Research");
            audit(page, "/members/{id}", report);

            page.navigate(url("/profile/tokens"));
            audit(page, "/profile/tokens (none)", report);
            field(page, text.get("tokens.name")).fill("Reporting script");
            button(page, text.get("tokens.create")).click();
            PlaywrightAssertions.assertThat(main(page).getByRole(AriaRole.TABLE)).containsText("Reporting script");
            audit(page, "/profile/tokens (one created)", report);

            page.navigate(url("/communities/new"));
            audit(page, "/communities/new", report);
            field(page, text.get("community.field.name")).fill("Axe community " + text.language() + " " + System.nanoTime());
            field(page, text.get("community.field.short")).fill("Checked for accessibility");
            page.getByLabel(text.get("privacy.SEMI_PRIVATE"), new Page.GetByLabelOptions().setExact(true)).check();
            button(page, text.get("communities.add")).click();
            PlaywrightAssertions.assertThat(main(page)).containsText(text.get("community.created"));
            audit(page, "/c/{slug} (admin)", report);
            String community = page.url();
            page.navigate(community + "/members");
            audit(page, "/c/{slug}/members", report);
            page.navigate(community + "/manage/settings");
            audit(page, "/c/{slug}/manage/settings", report);
            page.navigate(community + "/manage/invitations");
            audit(page, "/c/{slug}/manage/invitations", report);
            page.navigate(community + "/manage/groups");
            audit(page, "/c/{slug}/manage/groups", report);
            field(page, text.get("community.field.name")).fill("Axe working group");
            field(page, text.get("community.field.short")).fill("Checked too");
            button(page, text.get("workingGroup.add")).click();
            PlaywrightAssertions.assertThat(main(page)).containsText(text.get("workingGroup.created"));
            audit(page, "/c/{group} (working group admin)", report);
            page.navigate(community + "/manage/newsletters/new");
            audit(page, "/c/{slug}/manage/newsletters/new", report);
            page.navigate(community + "/conduct");
            audit(page, "/c/{slug}/conduct", report);
            page.navigate(community + "/report?type=PROFILE&id=" + neighbour.id());
            audit(page, "/c/{slug}/report", report);
            page.getByLabel(text.get("report.category.SPAM")).check();
            button(page, text.get("report.send")).click();
            PlaywrightAssertions.assertThat(main(page)).containsText(text.get("report.thanks"));
            page.navigate(community + "/manage/reports");
            audit(page, "/c/{slug}/manage/reports", report);
            main(page).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(neighbour.displayName())).click();
            PlaywrightAssertions.assertThat(main(page)).containsText(text.get("report.case.act"));
            audit(page, "/c/{slug}/manage/reports/{id}", report);
            page.navigate(community + "/manage/moderation-log");
            audit(page, "/c/{slug}/manage/moderation-log", report);
            page.navigate(community + "/manage/moderation");
            audit(page, "/c/{slug}/manage/moderation", report);
            page.navigate(url("/notifications"));
            audit(page, "/notifications", report);
            page.navigate(url("/settings/notifications"));
            audit(page, "/settings/notifications", report);
            page.navigate(url("/communities"));
            audit(page, "/communities", report);
        }

        assertThat(report.toString()).as("axe-core WCAG 2.1 AA violations (%s)", browserLocale).isEmpty();
    }

    /**
     * The check itself is not blind: axe, injected into a page under its Content-Security-Policy,
     * reports a field that has lost its label.
     */
    @Test
    void axeReportsAViolationPlantedInAPageServedUnderItsPolicy() {
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            Response signin = page.navigate(url("/signin"));
            assertThat(signin.headerValue("content-security-policy")).contains("script-src 'self'");
            page.evaluate("() => document.querySelector('label[for=email]').remove()");

            StringBuilder report = new StringBuilder();
            audit(page, "/signin without its e-mail label", report);

            assertThat(report.toString()).contains("label [critical]", "#email");
        }
    }

    /** Runs axe on the page as it is now and adds what it finds to the report. */
    static void audit(Page page, String name, StringBuilder report) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.isErrored()).as("axe-core ran on %s: %s", name, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checked something on %s", name).isNotEmpty();
        for (Rule rule : results.getViolations()) {
            report.append('\n').append(name).append(" (").append(page.url()).append("): ")
                    .append(rule.getId()).append(" [").append(rule.getImpact()).append("] ").append(rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n    ").append(node.getTarget()).append(": ")
                        .append(node.getFailureSummary() == null ? "" : node.getFailureSummary().lines()
                                .map(String::strip).collect(Collectors.joining(" ")));
            }
        }
    }

    private void signIn(Page page, PageText text, Member member) {
        Pages.signIn(page, text, member, url("/signin"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
