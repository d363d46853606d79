package org.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/** Files attached to discussions and comments: shown to members, never served to anyone else, checked by their bytes. */
@PraxisIntegrationTest
class AttachmentIT {

    @Autowired TestAccounts accounts;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    Browser amina;
    Browser bruno;
    String slug;

    @BeforeEach
    void openCommunityWithTwoMembers() {
        amina = accounts.signedIn(accounts.member("Amina"));
        slug = CommunityFixtures.create(amina, "Files " + System.nanoTime(), "OPEN");
        bruno = accounts.signedIn(accounts.member("Bruno"));
        CommunityFixtures.join(bruno, slug);
    }

    @Test
    void membersSeeImagesInPlaceAndDownloadOtherFiles() throws Exception {
        long id = startWith(amina, "Field photos", file("photo.png", png()), file("report.pdf", pdf()));
        String page = Browser.body(bruno.get(Discussing.thread(slug, id)));
        assertThat(page).contains("<img").contains("alt=\"photo.png\"").contains(">report.pdf</a>");

        String base = Discussing.thread(slug, id) + "/attachments/";
        List<Long> ids = attachmentIds(id);
        MvcResult image = bruno.get(base + ids.get(0));
        assertThat(image.getResponse().getStatus()).isEqualTo(200);
        assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(image.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        assertThat(image.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(image.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(png());
        MvcResult pdf = bruno.get(base + ids.get(1));
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("report.pdf");
    }

    @Test
    void visitorsAndNonMembersNeverGetAttachmentsEvenOfPublicDiscussions() throws Exception {
        long id = startWith(amina, "Public text, private files", file("photo.png", png()));
        long attachment = attachmentIds(id).get(0);
        String url = Discussing.thread(slug, id) + "/attachments/" + attachment;

        Browser visitor = accounts.browser();
        assertThat(Browser.body(visitor.get(Discussing.thread(slug, id)))).contains("Public text, private files")
                .doesNotContain("/attachments/");
        assertThat(visitor.get(url).getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.signedIn(accounts.member("Outsider")).get(url).getResponse().getStatus()).isEqualTo(404);

        String other = CommunityFixtures.create(bruno, "Other " + System.nanoTime(), "PUBLIC");
        assertThat(bruno.get("/c/" + other + "/discussions/" + id + "/attachments/" + attachment).getResponse().getStatus())
                .as("an id under another community").isEqualTo(404);
    }

    @Test
    void typesAreFoundFromTheBytesAndNamesCannotReachOutside() throws Exception {
        amina.get("/c/" + slug + "/discussions/new");
        MvcResult disguised = amina.postFiles("/c/" + slug + "/discussions/new",
                List.of(file("innocent.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))),
                "title", "Disguised", "body", "Text");
        assertThat(disguised.getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(disguised)).contains("is not a kind of file that can be attached here");
        MvcResult svg = amina.postFiles("/c/" + slug + "/discussions/new",
                List.of(file("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8))), "title", "Vector", "body", "Text");
        assertThat(Browser.body(svg)).contains("is not a kind of file that can be attached here");
        assertThat(accounts.jdbc().queryForObject("select count(*) from discussion d join community c on c.id = d.community_id "
                + "where c.slug = ?", Long.class, slug)).as("nothing stored").isZero();

        long id = startWith(amina, "Traversal", file("../../../etc/passwd.png", png()));
        String name = accounts.jdbc().queryForObject("select file_name from discussion_attachment where discussion_id = ?",
                String.class, id);
        assertThat(name).isEqualTo("passwd.png");
        String key = accounts.jdbc().queryForObject("select storage_key from discussion_attachment where discussion_id = ?",
                String.class, id);
        assertThat(key).doesNotContain("passwd").doesNotContain("..");
    }

    @Test
    void markupInAFileNameIsShownAsTextAndNeverReachesAHeaderRaw() throws Exception {
        long id = startWith(amina, "Hostile name", file("<img src=x onerror=alert(1)>\r\nX-Evil: 1.pdf", pdf()));
        String page = Browser.body(bruno.get(Discussing.thread(slug, id)));
        assertThat(page).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;X-Evil: 1.pdf");
        MvcResult download = bruno.get(Discussing.thread(slug, id) + "/attachments/" + attachmentIds(id).get(0));
        assertThat(download.getResponse().getHeader("X-Evil")).isNull();
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
                .doesNotContain("\r").doesNotContain("\n").contains("filename*=UTF-8''%3Cimg%20src");
    }

    @Test
    void tooManyFilesAreRefusedWithAMessage() throws Exception {
        amina.get("/c/" + slug + "/discussions/new");
        List<MockMultipartFile> six = java.util.stream.IntStream.range(0, 6).mapToObj(i -> file("p" + i + ".png", png())).toList();
        MvcResult result = amina.postFiles("/c/" + slug + "/discussions/new", six, "title", "Many", "body", "Text");
        assertThat(Browser.body(result)).contains("Attach at most 5 files to one post.");
    }

    @Test
    void attachmentsOfARemovedCommentAreNoLongerServed() throws Exception {
        long id = Discussing.start(amina, slug, "Comment files", "Text");
        bruno.get(Discussing.thread(slug, id));
        MvcResult posted = bruno.postFiles(Discussing.thread(slug, id) + "/comments", List.of(file("chart.png", png())),
                "body", "See the chart");
        String location = posted.getResponse().getRedirectedUrl();
        long comment = Long.parseLong(location.substring(location.indexOf("#comment-") + 9));
        long attachment = attachmentIds(id).get(0);
        String url = Discussing.thread(slug, id) + "/attachments/" + attachment;
        assertThat(amina.get(url).getResponse().getStatus()).isEqualTo(200);
        bruno.get(Discussing.thread(slug, id));
        bruno.post(Discussing.thread(slug, id) + "/comments/" + comment + "/remove");
        assertThat(amina.get(url).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void apiClientsAttachFilesAndMembersDownloadThem() throws Exception {
        org.praxis.TestAccounts.Member carla = accounts.member("Carla");
        CommunityFixtures.join(accounts.signedIn(carla), slug);
        org.praxis.ApiClient api = org.praxis.ApiClient.as(accounts, carla, port);
        long id = Discussing.start(amina, slug, "Api files", "Text");
        org.praxis.ApiClient.Answer posted = api.upload("/api/v1/communities/" + slug + "/discussions/" + id + "/comments",
                "files", "table.png", "image/png", png());
        assertThat(posted.status()).as("multipart comment without text").isEqualTo(400);
        assertThat(attachmentIds(id)).as("nothing stored for the refused comment").isEmpty();
        org.praxis.ApiClient.Answer accepted = api.upload("/api/v1/communities/" + slug + "/discussions/" + id + "/comments",
                java.util.Map.of("body", "The table, as promised"), "files", "table.png", "image/png", png());
        assertThat(accepted.status()).isEqualTo(201);
        long withFile = id;
        long attachment = attachmentIds(id).get(0);
        assertThat(api.get("/api/v1/communities/" + slug + "/discussions/" + id).body().toString())
                .contains("table.png").contains("The table, as promised");
        var download = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/communities/" + slug + "/discussions/" + withFile
                        + "/attachments/" + attachment)).header("Authorization", "Bearer " + api.token()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png());
    }

    private long startWith(Browser author, String title, MockMultipartFile... files) {
        author.get("/c/" + slug + "/discussions/new");
        MvcResult result = author.postFiles("/c/" + slug + "/discussions/new", List.of(files), "title", title, "body", "Text");
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("started with files").startsWith("/c/" + slug + "/discussions/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private List<Long> attachmentIds(long discussionId) {
        return accounts.jdbc().queryForList("select id from discussion_attachment where discussion_id = ? order by id",
                Long.class, discussionId);
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    private static byte[] png() throws RuntimeException {
        try {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
