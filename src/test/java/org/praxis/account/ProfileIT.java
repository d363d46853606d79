package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Members edit their profile; others see what they may. */
@PraxisIntegrationTest
class ProfileIT {

    static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'";
    static final String XSS_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;";

    @Autowired TestAccounts accounts;

    @Test
    void memberEditsProfileAndOthersSeeItWithoutTheRealName() {
        Member owner = accounts.member("Owner");
        Browser browser = accounts.signedIn(owner);
        MvcResult saved = browser.submit("/profile", "/profile",
                "displayName", "Dr Pseudonym", "realName", "Marie Curie", "institution", "Institut Pasteur",
                "country", "FR", "languages", "fr", "languages", "en", "interests", "social protection, cash transfers",
                "bio", "Working on\nsocial insurance.");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/profile");
        assertThat(Browser.body(browser.get("/profile"))).contains("Your profile is saved").contains("Marie Curie");

        String own = Browser.body(browser.get("/members/" + owner.id()));
        assertThat(own).contains("Dr Pseudonym").contains("Marie Curie").contains("Institut Pasteur").contains("France")
                .contains("social protection").contains("cash transfers").contains("English, French");

        String seenByOther = Browser.body(accounts.signedIn(accounts.member("Other")).get("/members/" + owner.id()));
        assertThat(seenByOther).contains("Dr Pseudonym").contains("Institut Pasteur").doesNotContain("Marie Curie");

        String seenByStaff = Browser.body(accounts.signedIn(accounts.staff("Staff")).get("/members/" + owner.id()));
        assertThat(seenByStaff).contains("Marie Curie");
    }

    @Test
    void visitorsAreSentToSignInForProfilesAndTheDirectory() {
        Member owner = accounts.member("Hidden");
        Browser visitor = accounts.browser();
        assertThat(visitor.get("/members/" + owner.id()).getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(visitor.get("/members").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(visitor.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(visitor.get("/institutions").getResponse().getRedirectedUrl()).endsWith("/signin");
    }

    @Test
    void hostileTextInEveryFieldComesBackEscaped() {
        Member owner = accounts.member("Hostile");
        Browser browser = accounts.signedIn(owner);
        String longXss = XSS;
        browser.submit("/profile", "/profile",
                "displayName", longXss, "realName", longXss, "institution", longXss, "country", "",
                "interests", "<b>bold</b>, " + "<svg onload=alert(3)>", "bio", longXss);

        for (String page : new String[] {
                Browser.body(browser.get("/members/" + owner.id())),
                Browser.body(browser.get("/profile")),
                Browser.body(browser.get("/members?q=alert")),
                Browser.body(browser.get("/institutions")),
                Browser.body(accounts.signedIn(accounts.staff("Watcher")).get("/staff/accounts?q=alert"))}) {
            assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                    .doesNotContain("<svg onload").doesNotContain("<b>bold</b>");
            assertThat(page).containsAnyOf(XSS_ESCAPED, "&lt;svg onload=alert(3)&gt;");
        }
    }

    @Test
    void overlongAndInvalidFieldsGetMessagesAndChangeNothing() {
        Member owner = accounts.member("Careful");
        Browser browser = accounts.signedIn(owner);
        browser.submit("/profile", "/profile", "displayName", "Careful Keeper", "bio", "Original bio");

        String page = Browser.body(browser.submit("/profile", "/profile",
                "displayName", "x".repeat(61), "realName", "r".repeat(101), "institution", "i".repeat(201),
                "country", "XX", "languages", "klingon", "interests", "t".repeat(41), "bio", "b".repeat(2001)));
        assertThat(page).contains("Please use at most 60 characters").contains("Please use at most 100 characters")
                .contains("Please use at most 200 characters").contains("Please choose a country from the list")
                .contains("Please choose languages from the list").contains("Each topic can have at most 40 characters")
                .contains("Please use at most 2,000 characters");

        String blank = Browser.body(browser.submit("/profile", "/profile", "displayName", "   "));
        assertThat(blank).contains("Please fill in this field");

        String control = Browser.body(browser.submit("/profile", "/profile", "displayName", "Bad\u0000Name"));
        assertThat(control).contains("characters that are not allowed");

        String stored = Browser.body(browser.get("/members/" + owner.id()));
        assertThat(stored).contains("Careful Keeper").contains("Original bio");
    }

    @Test
    void institutionsAreSharedRecordsWithAPageOfMembers() {
        Member one = accounts.member("Analyst");
        Member two = accounts.member("Researcher");
        String name = "Research Centre " + System.nanoTime();
        accounts.signedIn(one).submit("/profile", "/profile", "displayName", "Analyst One", "institution", name);
        accounts.signedIn(two).submit("/profile", "/profile", "displayName", "Researcher Two",
                "institution", "  " + name.toUpperCase() + " ");

        Long institutionId = accounts.jdbc().queryForObject(
                "select institution_id from account where id = ?", Long.class, one.id());
        assertThat(accounts.jdbc().queryForObject("select institution_id from account where id = ?", Long.class, two.id()))
                .isEqualTo(institutionId);

        String page = Browser.body(accounts.signedIn(accounts.member("Reader")).get("/institutions/" + institutionId));
        assertThat(page).contains(name).contains("Analyst One").contains("Researcher Two").contains("2 members");
        assertThat(accounts.signedIn(one).get("/institutions/999999999").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void memberUploadsAPictureOthersSeeIt() throws Exception {
        Member owner = accounts.member("Pictured");
        Browser browser = accounts.signedIn(owner);
        MvcResult upload = browser.upload("/profile", "/profile/avatar", "avatar", "me.jpg", "image/jpeg", image("jpg", 800, 600));
        assertThat(upload.getResponse().getRedirectedUrl()).isEqualTo("/profile");

        String profile = Browser.body(browser.get("/members/" + owner.id()));
        assertThat(profile).contains("/members/" + owner.id() + "/avatar?v=");

        MvcResult picture = accounts.signedIn(accounts.member("Viewer")).get("/members/" + owner.id() + "/avatar");
        assertThat(picture.getResponse().getStatus()).isEqualTo(200);
        assertThat(picture.getResponse().getContentType()).isEqualTo("image/png");
        BufferedImage stored = ImageIO.read(new java.io.ByteArrayInputStream(picture.getResponse().getContentAsByteArray()));
        assertThat(stored.getWidth()).isEqualTo(256);
        assertThat(stored.getHeight()).isEqualTo(256);
        assertThat(picture.getResponse().getHeader("Cache-Control")).contains("private");

        assertThat(accounts.browser().get("/members/" + owner.id() + "/avatar").getResponse().getRedirectedUrl())
                .endsWith("/signin");

        browser.get("/profile");
        browser.post("/profile/avatar/delete");
        assertThat(accounts.signedIn(accounts.member("Later")).get("/members/" + owner.id() + "/avatar")
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void badPicturesAreRefusedAndTheOldOneStays() throws Exception {
        Member owner = accounts.member("Picky");
        Browser browser = accounts.signedIn(owner);
        browser.upload("/profile", "/profile/avatar", "avatar", "ok.png", "image/png", image("png", 300, 300));
        byte[] before = accounts.jdbc().queryForObject("select content from account_avatar where account_id = ?",
                byte[].class, owner.id());

        MvcResult text = browser.upload("/profile", "/profile/avatar", "avatar", "evil.png", "image/png",
                "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes());
        assertThat(text.getResponse().getRedirectedUrl()).isEqualTo("/profile#avatar");
        assertThat(Browser.body(browser.get("/profile"))).contains("This file is not a picture we can read");

        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(image("png", 10, 10), 0, big, 0, 50);
        browser.upload("/profile", "/profile/avatar", "avatar", "big.png", "image/png", big);
        assertThat(Browser.body(browser.get("/profile"))).contains("This file is too large: the limit is 2 MB");

        browser.upload("/profile", "/profile/avatar", "avatar", "empty.png", "image/png", new byte[0]);
        assertThat(Browser.body(browser.get("/profile"))).contains("Please choose a picture file");

        byte[] after = accounts.jdbc().queryForObject("select content from account_avatar where account_id = ?",
                byte[].class, owner.id());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void uploadOverTheServerLimitGetsAClearPageNotACrash() throws Exception {
        Member owner = accounts.member("Huge");
        Browser browser = accounts.signedIn(owner);
        MvcResult result = browser.upload("/profile", "/profile/avatar", "avatar", "huge.png", "image/png",
                new byte[12 * 1024 * 1024]);
        assertThat(result.getResponse().getStatus()).isIn(302, 413);
        assertThat(Browser.body(result)).doesNotContain("Exception");
    }

    static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x3366cc);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
