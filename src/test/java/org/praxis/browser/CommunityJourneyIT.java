package org.praxis.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.praxis.browser.AccessibilityIT.audit;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.field;
import static org.praxis.browser.Pages.heading;
import static org.praxis.browser.Pages.link;
import static org.praxis.browser.Pages.main;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.account.Profiles;
import org.praxis.policy.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A semi-private community's life in a real browser, in English and in French: a member creates
 * it, another member finds it in the directory and asks to join, the administrator approves, and
 * the newcomer sees the members. The pages where a request is made and answered pass axe-core's
 * WCAG 2.1 A and AA rules.
 */
@PraxisIntegrationTest
@Tag("browser")
class CommunityJourneyIT {

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
    void adminCreatesASemiPrivateCommunityAndApprovesTheRequestOfAnotherMember(String browserLocale) {
        PageText text = PageText.of(messages, browserLocale);
        Member founder = accounts.member("Community Founder");
        Member applicant = accounts.member("Community Applicant");
        // Sign-in switches to the member's own language; make it the browser's.
        profiles.chooseLanguage(Actor.member(founder.id()), text.language());
        profiles.chooseLanguage(Actor.member(applicant.id()), text.language());
        String name = "School meals practitioners " + text.language() + " " + System.nanoTime();
        String descriptionHeading = "Who we are " + text.language();
        String eligibility = "People who run or evaluate school meal programmes.\nOne line about your work, please.";
        String requestMessage = "I coordinate school meals in Kaolack (" + text.language() + ").";
        StringBuilder axeReport = new StringBuilder();

        try (BrowserContext founderContext = chromium.newContext(browserLocale);
             BrowserContext applicantContext = chromium.newContext(browserLocale)) {
            Page admin = founderContext.newPage();
            Page newcomer = applicantContext.newPage();

            // 1. The founder creates the community and becomes its administrator.
            signIn(admin, text, founder);
            admin.navigate(url("/communities"));
            link(admin, text.get("communities.add")).click();
            assertThat(admin).hasURL(url("/communities/new"));
            assertThat(heading(admin)).hasText(text.get("communities.add"));
            field(admin, text.get("community.field.name")).fill(name);
            field(admin, text.get("community.field.short")).fill("Practitioners of school feeding, comparing notes.");
            // A top-level Markdown heading becomes an h2: the community's name is the page's only h1.
            field(admin, text.get("community.field.description")).fill("# " + descriptionHeading
                    + "\n\nWe compare **procurement** and menus.\n\n- Home-grown school feeding\n- Nutrition");
            field(admin, text.get("privacy.SEMI_PRIVATE")).check();
            field(admin, text.get("community.field.eligibility")).fill(eligibility);
            button(admin, text.get("communities.add")).click();

            assertThat(admin).hasURL(Pattern.compile("/c/[^/]+$"));
            String communityUrl = admin.url();
            assertThat(admin.getByRole(AriaRole.STATUS)).hasText(text.get("community.created"));
            assertThat(heading(admin)).hasText(name);
            assertThat(tab(admin, text, text.get("community.tab.about"))).hasAttribute("aria-current", "page");
            assertThat(main(admin).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName(descriptionHeading).setExact(true).setLevel(2))).isVisible();
            assertThat(main(admin).getByText("procurement", new Locator.GetByTextOptions().setExact(true)))
                    .hasJSProperty("tagName", "STRONG");
            assertThat(tab(admin, text, text.get("community.tab.manage"))).isVisible();

            // 2. Another member finds it in the directory and asks to join.
            signIn(newcomer, text, applicant);
            newcomer.navigate(url("/communities"));
            field(newcomer, text.get("communities.filter.name")).fill(name);
            button(newcomer, text.get("layout.search.button")).click();
            assertThat(main(newcomer)).containsText(text.get("communities.count", 1));
            Locator card = main(newcomer).locator(".community-card");
            assertThat(card).hasCount(1);
            assertThat(card).containsText(text.get("privacy.SEMI_PRIVATE"));
            assertThat(card).containsText(text.get("community.card.REQUEST"));
            link(newcomer, name).click();

            assertThat(newcomer).hasURL(communityUrl);
            assertThat(heading(newcomer)).hasText(name);
            assertThat(main(newcomer).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName(text.get("community.eligibility")).setExact(true))).isVisible();
            assertThat(main(newcomer).locator(".bio")).hasText(eligibility);
            audit(newcomer, "/c/{slug} (applicant, request form)", axeReport);
            field(newcomer, text.get("community.request.message")).fill(requestMessage);
            button(newcomer, text.get("community.request")).click();

            assertThat(newcomer).hasURL(communityUrl);
            assertThat(newcomer.getByRole(AriaRole.STATUS)).hasText(text.get("community.requested"));
            assertThat(main(newcomer)).containsText(text.get("community.state.requested"));
            assertThat(button(newcomer, text.get("community.request"))).hasCount(0);
            Assertions.assertThat(tabs(newcomer, text).allTextContents().stream().map(String::strip).toList())
                    .as("tabs an applicant sees").containsExactly(text.get("community.tab.about"));
            audit(newcomer, "/c/{slug} (applicant, request sent)", axeReport);

            // 3. The administrator sees the request, with its message, and approves it.
            admin.reload();
            link(admin, text.get("community.tab.manage") + " " + text.get("community.tab.pending", 1)).click();
            assertThat(admin).hasURL(communityUrl + "/manage/requests");
            assertThat(tab(admin, text, text.get("community.tab.manage") + " " + text.get("community.tab.pending", 1))).hasAttribute("aria-current", "page");
            assertThat(main(admin).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName(text.get("community.requests.title")).setExact(true))).isVisible();
            Locator request = main(admin).locator(".request-card");
            assertThat(request).hasCount(1);
            assertThat(request.getByRole(AriaRole.LINK)).hasText(applicant.displayName());
            assertThat(request).containsText(requestMessage);
            audit(admin, "/c/{slug}/manage/requests (one request)", axeReport);
            // The button says "Approve"; its accessible name says whose request it approves.
            Locator approve = button(admin, text.get("community.request.approveNamed", applicant.displayName()));
            assertThat(approve).hasText(text.get("community.request.approve"));
            approve.click();

            assertThat(admin).hasURL(communityUrl + "/manage/requests");
            assertThat(admin.getByRole(AriaRole.STATUS)).hasText(text.get("community.request.approved"));
            assertThat(main(admin)).containsText(text.get("community.requests.none"));
            assertThat(tab(admin, text, text.get("community.tab.manage"))).isVisible();

            // 4. The newcomer is a member now, and sees who else is.
            newcomer.reload();
            assertThat(main(newcomer)).containsText(text.get("community.state.member", text.get("role.MEMBER")));
            assertThat(main(newcomer)).not().containsText(text.get("community.state.requested"));
            assertThat(main(newcomer)).containsText(text.get("community.memberCount", 2));
            link(newcomer, text.get("community.tab.members") + " 2").click();

            assertThat(newcomer).hasURL(communityUrl + "/members");
            assertThat(tab(newcomer, text, text.get("community.tab.members") + " 2")).hasAttribute("aria-current", "page");
            Locator members = main(newcomer).locator(".member-card");
            Assertions.assertThat(members.locator(".member-name").allTextContents())
                    .containsExactlyInAnyOrder(founder.displayName(), applicant.displayName());
            assertThat(members.filter(new Locator.FilterOptions().setHasText(founder.displayName())))
                    .containsText(text.get("role.ADMIN"));
            assertThat(members.filter(new Locator.FilterOptions().setHasText(applicant.displayName())))
                    .containsText(text.get("role.MEMBER"));
        }

        Assertions.assertThat(axeReport.toString()).as("axe-core WCAG 2.1 AA violations (%s)", browserLocale).isEmpty();
    }

    /** The community's tabs, as links in their navigation. */
    private static Locator tabs(Page page, PageText text) {
        return tabBar(page, text).getByRole(AriaRole.LINK);
    }

    /** One tab, by its exact text. */
    private static Locator tab(Page page, PageText text, String name) {
        return tabBar(page, text).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator tabBar(Page page, PageText text) {
        return main(page).getByRole(AriaRole.NAVIGATION, new Locator.GetByRoleOptions()
                .setName(text.get("community.tabs")).setExact(true));
    }

    private void signIn(Page page, PageText text, Member member) {
        Pages.signIn(page, text, member, url("/signin"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
