package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Admins give a community a banner and a logo; they are served only to those who may see the community. */
@PraxisIntegrationTest
class CommunityImagesIT {

    private static final String SVG_CLAIMING_PNG =
            "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(document.cookie)'><script>alert(1)</script></svg>";

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    @Test
    void adminUploadsBannerAndLogoAndVisitorsOfAPublicCommunitySeeThem() throws Exception {
        Browser admin = accounts.signedIn(accounts.member("Decorator"));
        String name = "Pictured community " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "PUBLIC");

        Upload banner = upload(admin, slug, "banner", "banner.jpg", "image/jpeg", picture("jpg", 3200, 1000));
        assertThat(banner.result().getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug + "/manage/settings#images");
        assertThat(banner.page()).contains("The banner is saved.");
        upload(admin, slug, "logo", "logo.gif", "image/gif", picture("gif", 600, 400));

        Browser visitor = accounts.browser();
        String landing = Browser.body(visitor.get("/c/" + slug));
        assertThat(landing).contains("/c/" + slug + "/images/banner?v=").contains("alt=\"Banner of " + name + "\"")
                .contains("/c/" + slug + "/images/logo?v=").contains("alt=\"Logo of " + name + "\"");

        MvcResult bannerFile = visitor.get("/c/" + slug + "/images/banner");
        assertThat(bannerFile.getResponse().getStatus()).isEqualTo(200);
        assertThat(bannerFile.getResponse().getContentType()).isEqualTo("image/jpeg");
        BufferedImage storedBanner = read(bannerFile);
        assertThat(storedBanner.getWidth()).isEqualTo(1280);
        assertThat(storedBanner.getHeight()).isEqualTo(400);
        assertThat(bannerFile.getResponse().getHeader("Cache-Control")).contains("private").contains("no-cache");

        MvcResult logoFile = visitor.get("/c/" + slug + "/images/logo");
        assertThat(logoFile.getResponse().getContentType()).isEqualTo("image/png");
        BufferedImage storedLogo = read(logoFile);
        assertThat(storedLogo.getWidth()).isEqualTo(256);
        assertThat(storedLogo.getHeight()).isEqualTo(171);
        String etag = logoFile.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        MvcResult again = visitor.perform(MockMvcRequestBuilders.get("/c/" + slug + "/images/logo").header("If-None-Match", etag));
        assertThat(again.getResponse().getStatus()).isEqualTo(304);

        String card = Browser.body(visitor.get("/communities?q=" + name));
        assertThat(card).contains("/c/" + slug + "/images/logo?v=").contains("alt=\"Logo of " + name + "\"");

        admin.get("/c/" + slug + "/manage/settings");
        admin.post("/c/" + slug + "/manage/images/logo/delete");
        assertThat(visitor.get("/c/" + slug + "/images/logo").getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(visitor.get("/c/" + slug))).doesNotContain("/images/logo").contains("/images/banner");
    }

    @Test
    void aNewPictureGetsANewAddress() throws Exception {
        Browser admin = accounts.signedIn(accounts.member("Changer"));
        String slug = CommunityFixtures.create(admin, "Changing logo " + System.nanoTime(), "PUBLIC");
        upload(admin, slug, "logo", "one.png", "image/png", picture("png", 100, 100));
        String first = logoAddress(Browser.body(admin.get("/c/" + slug)), slug);
        Thread.sleep(5);
        upload(admin, slug, "logo", "two.png", "image/png", picture("png", 120, 100));
        assertThat(logoAddress(Browser.body(admin.get("/c/" + slug)), slug)).isNotEqualTo(first);
    }

    @Test
    void nonImagesSvgAndOversizedFilesAreRefusedWithAFormMessageAndTheOldPictureStays() throws Exception {
        Browser admin = accounts.signedIn(accounts.member("Careful"));
        String slug = CommunityFixtures.create(admin, "Guarded pictures " + System.nanoTime(), "PUBLIC");
        upload(admin, slug, "logo", "ok.png", "image/png", picture("png", 300, 300));
        byte[] before = storedLogo(slug);

        Upload svg = upload(admin, slug, "logo", "evil.png", "image/png", SVG_CLAIMING_PNG.getBytes(StandardCharsets.UTF_8));
        assertThat(svg.result().getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug + "/manage/settings#images");
        assertThat(svg.page()).contains("This file is not a picture we can read").contains("id=\"logo-error\"")
                .doesNotContain("The logo is saved");

        assertThat(upload(admin, slug, "logo", "run.png", "image/png", "#!/bin/sh\necho owned\n".getBytes(StandardCharsets.UTF_8))
                .page()).contains("This file is not a picture we can read");

        byte[] big = new byte[3 * 1024 * 1024];
        byte[] header = picture("png", 10, 10);
        System.arraycopy(header, 0, big, 0, header.length);
        assertThat(upload(admin, slug, "logo", "big.png", "image/png", big).page())
                .contains("This file is too large: the limit is 2 MB");

        assertThat(upload(admin, slug, "logo", "empty.png", "image/png", new byte[0]).page())
                .contains("Please choose a picture file");

        assertThat(upload(admin, slug, "banner", "evil.svg", "image/svg+xml", SVG_CLAIMING_PNG.getBytes(StandardCharsets.UTF_8))
                .page()).contains("id=\"banner-error\"").contains("This file is not a picture we can read");
        assertThat(accounts.jdbc().queryForObject("select count(*) from community_image i join community c "
                + "on c.id = i.community_id where c.slug = ? and i.kind = 'BANNER'", Integer.class, slug)).isZero();

        assertThat(storedLogo(slug)).isEqualTo(before);
    }

    @Test
    void uploadOverTheServerLimitIsAFormMessageNotAnErrorPage() throws Exception {
        Browser admin = accounts.signedIn(accounts.member("Heavy"));
        String slug = CommunityFixtures.create(admin, "Heavy upload " + System.nanoTime(), "PUBLIC");
        upload(admin, slug, "banner", "ok.jpg", "image/jpeg", picture("jpg", 800, 200));
        byte[] before = storedBanner(slug);

        // Over real HTTP, so the server's multipart limit (10 MB per file) applies.
        admin.get("/c/" + slug + "/manage/settings");
        HttpResponse<String> answer = overHttp(admin, "/c/" + slug + "/manage/images/banner", new byte[10 * 1024 * 1024 + 512 * 1024]);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/c/" + slug + "/manage/settings#images");
        assertThat(answer.body()).doesNotContain("Exception");

        assertThat(Browser.body(admin.get("/c/" + slug + "/manage/settings")))
                .contains("This file is too large: the limit is 5 MB").contains("id=\"banner-error\"");
        assertThat(storedBanner(slug)).isEqualTo(before);
    }

    @Test
    void aHiddenCommunitysLogoIs404ForOutsidersAnd200ForMembersNeverKept() throws Exception {
        Browser admin = accounts.signedIn(accounts.member("Secretive"));
        String name = "Hidden pictures " + System.nanoTime();
        String slug = CommunityFixtures.create(admin, name, "PUBLIC");
        Browser member = accounts.signedIn(accounts.member("Insider"));
        CommunityFixtures.join(member, slug);
        upload(admin, slug, "logo", "logo.png", "image/png", picture("png", 64, 64));
        admin.submit("/c/" + slug + "/manage/settings", "/c/" + slug + "/manage/settings",
                "name", name, "shortDescription", "Now hidden", "privacy", "PRIVATE_HIDDEN");

        Browser outsider = accounts.signedIn(accounts.member("Outsider"));
        MvcResult refused = outsider.get("/c/" + slug + "/images/logo");
        assertThat(refused.getResponse().getStatus()).isEqualTo(404);
        assertThat(refused.getResponse().getContentType()).doesNotStartWith("image/");
        assertThat(accounts.browser().get("/c/" + slug + "/images/logo").getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get("/c/" + slug + "/images/banner").getResponse().getStatus()).isEqualTo(404);

        MvcResult served = member.get("/c/" + slug + "/images/logo");
        assertThat(served.getResponse().getStatus()).isEqualTo(200);
        assertThat(served.getResponse().getHeader("Cache-Control")).contains("private").contains("no-store");
        assertThat(Browser.body(member.get("/communities/mine"))).contains("/c/" + slug + "/images/logo?v=");
    }

    @Test
    void onlyAdminsChangePicturesAndOutsidersOfAHiddenCommunityGet404() throws Exception {
        Browser admin = accounts.signedIn(accounts.member("Owner"));
        String slug = CommunityFixtures.create(admin, "Admins only " + System.nanoTime(), "PUBLIC");
        upload(admin, slug, "logo", "logo.png", "image/png", picture("png", 64, 64));
        byte[] before = storedLogo(slug);

        Browser member = accounts.signedIn(accounts.member("Plain"));
        CommunityFixtures.join(member, slug);
        assertThat(upload(member, slug, "logo", "mine.png", "image/png", picture("png", 50, 50)).status()).isEqualTo(403);
        member.get("/c/" + slug);
        assertThat(member.post("/c/" + slug + "/manage/images/logo/delete").getResponse().getStatus()).isEqualTo(403);
        Upload anonymous = upload(accounts.browser(), slug, "logo", "anon.png", "image/png", picture("png", 50, 50));
        assertThat(anonymous.status()).isIn(302, 403);
        assertThat(anonymous.page()).isNull();
        assertThat(storedLogo(slug)).isEqualTo(before);

        String hidden = CommunityFixtures.create(admin, "Hidden admins only " + System.nanoTime(), "PRIVATE_HIDDEN");
        Browser outsider = accounts.signedIn(accounts.member("Prober"));
        assertThat(upload(outsider, hidden, "banner", "b.png", "image/png", picture("png", 50, 50)).status()).isEqualTo(404);
    }

    /** An upload's answer, and the settings page it led to (which shows, and so uses up, its message). */
    record Upload(MvcResult result, String page) {
        int status() {
            return result.getResponse().getStatus();
        }
    }

    private static Upload upload(Browser browser, String slug, String kind, String filename, String type, byte[] bytes) {
        // Any page of a signed-in member carries a CSRF token (the sign-out form).
        MvcResult result = browser.upload("/communities", "/c/" + slug + "/manage/images/" + kind, "image", filename,
                type, bytes);
        String location = result.getResponse().getRedirectedUrl();
        String settings = "/c/" + slug + "/manage/settings";
        return new Upload(result, location != null && location.startsWith(settings) ? Browser.body(browser.get(settings)) : null);
    }

    /** A multipart upload over real HTTP with the browser's session and the CSRF token of its last page. */
    private HttpResponse<String> overHttp(Browser browser, String path, byte[] bytes) throws Exception {
        String page = Browser.body(browser.get("/c/" + path.split("/")[2] + "/manage/settings"));
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("_csrf=([^\"&]+)").matcher(page);
        assertThat(csrf.find()).isTrue();
        String boundary = "----praxis" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"huge.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        List<String> cookies = browser.cookies().values().stream().map(c -> c.getName() + "=" + c.getValue()).toList();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?_csrf="
                        + csrf.group(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookies.stream().collect(Collectors.joining("; ")))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String logoAddress(String page, String slug) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/c/" + slug + "/images/logo\\?v=\\d+").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private byte[] storedLogo(String slug) {
        return stored(slug, "LOGO");
    }

    private byte[] storedBanner(String slug) {
        return stored(slug, "BANNER");
    }

    private byte[] stored(String slug, String kind) {
        return accounts.jdbc().queryForObject("select i.content from community_image i join community c "
                + "on c.id = i.community_id where c.slug = ? and i.kind = ?", byte[].class, slug, kind);
    }

    private static BufferedImage read(MvcResult result) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    static byte[] picture(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x3366cc);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
