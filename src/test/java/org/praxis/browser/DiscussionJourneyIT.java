package org.praxis.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.praxis.browser.AccessibilityIT.audit;
import static org.praxis.browser.Pages.button;
import static org.praxis.browser.Pages.field;
import static org.praxis.browser.Pages.heading;
import static org.praxis.browser.Pages.link;
import static org.praxis.browser.Pages.main;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Two members talk in a real browser: one starts a discussion with a picture attached, the
 * other replies and mentions her (choosing her name from the suggestions with the keyboard), and
 * she finds the reply waiting as new. The pages they use pass axe-core's WCAG 2.1 AA rules.
 */
@PraxisIntegrationTest
@Tag("browser")
class DiscussionJourneyIT {

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
    void memberStartsADiscussionWithAPictureAnotherRepliesMentioningHerAndSheSeesTheReply(String browserLocale)
            throws IOException {
        PageText text = PageText.of(messages, browserLocale);
        Member amina = accounts.member("Amina Starter");
        Member bruno = accounts.member("Bruno Replier");
        profiles.chooseLanguage(Actor.member(amina.id()), text.language());
        profiles.chooseLanguage(Actor.member(bruno.id()), text.language());
        String slug = CommunityFixtures.create(accounts.signedIn(amina), "Cash transfers " + text.language() + " "
                + System.nanoTime(), "PUBLIC");
        CommunityFixtures.join(accounts.signedIn(bruno), slug);
        String title = "Registration in remote villages (" + text.language() + ")";
        String reply = "We used mobile teams, it worked well.";
        StringBuilder axeReport = new StringBuilder();

        try (BrowserContext aminaContext = chromium.newContext(browserLocale);
             BrowserContext brunoContext = chromium.newContext(browserLocale)) {
            Page starter = aminaContext.newPage();
            Page replier = brunoContext.newPage();

            // 1. Amina starts a discussion with a photo from the field.
            signIn(starter, text, amina);
            starter.navigate(url("/c/" + slug + "/discussions"));
            audit(starter, "/c/{slug}/discussions (empty)", axeReport);
            link(starter, text.get("discussion.new.DISCUSSION")).click();
            assertThat(starter).hasURL(url("/c/" + slug + "/discussions/new"));
            field(starter, text.get("discussion.field.title")).fill(title);
            field(starter, text.get("discussion.field.body")).fill("How do you reach **remote** households?");
            field(starter, text.get("discussion.field.tags")).fill("registration, outreach");
            field(starter, text.get("attachment.field")).setInputFiles(new FilePayload("village.png", "image/png", png()));
            audit(starter, "/c/{slug}/discussions/new", axeReport);
            button(starter, text.get("discussion.publish")).click();

            assertThat(starter).hasURL(Pattern.compile("/c/" + slug + "/discussions/\\d+$"));
            String discussionUrl = starter.url();
            assertThat(main(starter).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(title))).isVisible();
            assertThat(main(starter).getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("village.png")))
                    .isVisible();
            Assertions.assertThat((Boolean) starter.evalOnSelector("img[alt='village.png']", "i => i.naturalWidth > 0"))
                    .as("the picture loads").isTrue();

            // 2. Bruno finds it, new to him, and replies mentioning Amina by choosing her from the suggestions.
            signIn(replier, text, bruno);
            replier.navigate(url("/c/" + slug + "/discussions"));
            Locator line = main(replier).locator(".discussion-line");
            assertThat(line).containsText(title);
            assertThat(line).containsText(text.get("discussion.unreadMark"));
            link(replier, title).click();
            assertThat(replier).hasURL(discussionUrl);
            Locator comment = field(replier, text.get("discussion.field.comment"));
            comment.click();
            comment.pressSequentially("Thanks @Amina St");
            Locator suggestion = replier.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(amina.displayName()));
            assertThat(suggestion).isVisible();
            comment.press("Enter");
            assertThat(comment).hasValue("Thanks [@" + amina.displayName() + "](/members/" + amina.id() + ") ");
            comment.pressSequentially(reply);
            audit(replier, "/c/{slug}/discussions/{id} (member writing)", axeReport);
            button(replier, text.get("discussion.postComment")).click();

            Locator posted = main(replier).locator(".comment").filter(new Locator.FilterOptions().setHasText(reply));
            assertThat(posted).isVisible();
            assertThat(posted.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("@" + amina.displayName())))
                    .hasAttribute("href", "/members/" + amina.id());

            // 3. Amina comes back: the reply is new to her, and names her.
            starter.navigate(url("/c/" + slug + "/discussions"));
            assertThat(main(starter).locator(".discussion-line")).containsText(text.get("discussion.newSinceVisit", 1));
            link(starter, title).click();
            assertThat(main(starter)).containsText(text.get("discussion.newSinceVisit", 1));
            Locator received = main(starter).locator(".comment-new");
            assertThat(received).containsText(reply);
            assertThat(received).containsText(bruno.displayName());
            assertThat(received.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("@" + amina.displayName())))
                    .isVisible();
            audit(starter, "/c/{slug}/discussions/{id} (new reply)", axeReport);
            starter.navigate(url("/c/" + slug + "/home"));
            assertThat(main(starter)).containsText(reply);
            audit(starter, "/c/{slug}/home", axeReport);
        }

        Assertions.assertThat(axeReport.toString()).as("axe-core WCAG 2.1 AA violations (%s)", browserLocale).isEmpty();
    }

    private void signIn(Page page, PageText text, Member member) {
        Pages.signIn(page, text, member, url("/signin"));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
