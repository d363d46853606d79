package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.library.Filing.file;
import static org.praxis.library.Filing.pdf;
import static org.praxis.library.Filing.png;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Members share working documents: several at once, in folders, with versions, previews and
 * download counts; hostile files are refused or made harmless, and a refused upload leaves no
 * bytes behind.
 */
@PraxisIntegrationTest
class FileIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    Member aminaAccount;
    Browser amina;
    Browser bruno;
    String slug;
    long communityId;

    @BeforeEach
    void openCommunityWithTwoMembers() {
        aminaAccount = accounts.member("Amina");
        amina = accounts.signedIn(aminaAccount);
        slug = CommunityFixtures.create(amina, "Files " + System.nanoTime(), "OPEN");
        communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        bruno = accounts.signedIn(accounts.member("Bruno"));
        CommunityFixtures.join(bruno, slug);
    }

    @Test
    void memberUploadsTwoFilesAtOnceAndTheOtherMembersFindAndDownloadThem() throws Exception {
        MvcResult result = Filing.upload(bruno, slug, List.of(file("Field photo.png", png(800, 600)),
                file("Annual report 2025.pdf", pdf())), "description", "From the mission", "language", "fr");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug + "/files");

        String list = Browser.body(amina.get("/c/" + slug + "/files"));
        assertThat(list).contains(">Field photo</a>").contains(">Annual report 2025</a>").contains("Bruno");
        assertThat(list).contains("/thumbnail");
        long photo = idOf("Field photo");
        long report = idOf("Annual report 2025");

        String page = Browser.body(amina.get("/c/" + slug + "/files/" + report));
        assertThat(page).contains("From the mission").contains("Annual report 2025.pdf").contains("<iframe");
        MvcResult download = amina.get("/c/" + slug + "/files/" + report + "/download");
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf());
        amina.get("/c/" + slug + "/files/" + report + "/download");
        assertThat(Browser.body(amina.get("/c/" + slug + "/files/" + report))).contains("downloaded 2 times");

        MvcResult preview = amina.get("/c/" + slug + "/files/" + photo + "/preview");
        assertThat(preview.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(preview.getResponse().getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        MvcResult thumbnail = amina.get("/c/" + slug + "/files/" + photo + "/thumbnail");
        assertThat(thumbnail.getResponse().getContentType()).isEqualTo("image/png");
        java.awt.image.BufferedImage small = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(thumbnail.getResponse().getContentAsByteArray()));
        assertThat(small.getWidth()).isLessThanOrEqualTo(320);
        assertThat(small.getHeight()).isLessThanOrEqualTo(240);
        assertThat(amina.get("/c/" + slug + "/files/" + report + "/thumbnail").getResponse().getStatus())
                .as("a PDF has no picture thumbnail").isEqualTo(404);
        assertThat(amina.get("/c/" + slug).getResponse().getContentAsString())
                .containsPattern(">Files</span>\\s*<span[^>]*tab-count[^>]*>2</span>");
    }

    @Test
    void aNewVersionKeepsTheOlderOnesDownloadable() throws Exception {
        long id = Filing.uploadOne(bruno, slug, "plan.txt", "first plan".getBytes(StandardCharsets.UTF_8), "title", "Work plan");
        bruno.get("/c/" + slug + "/files/" + id);
        MvcResult second = bruno.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/c/" + slug + "/files/" + id + "/versions?_csrf=" + csrfOf(bruno, "/c/" + slug + "/files/" + id))
                .file(new org.springframework.mock.web.MockMultipartFile("file", "plan-v2.txt", "text/plain",
                        "second plan".getBytes(StandardCharsets.UTF_8))));
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug + "/files/" + id);

        String page = Browser.body(amina.get("/c/" + slug + "/files/" + id));
        assertThat(page).contains("version 2").contains("plan-v2.txt").contains("plan.txt");
        MvcResult current = amina.get("/c/" + slug + "/files/" + id + "/download");
        assertThat(current.getResponse().getContentAsString()).isEqualTo("second plan");
        assertThat(current.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("plan-v2.txt");
        assertThat(amina.get("/c/" + slug + "/files/" + id + "/versions/1/download").getResponse().getContentAsString())
                .isEqualTo("first plan");
        assertThat(amina.get("/c/" + slug + "/files/" + id + "/versions/3/download").getResponse().getStatus()).isEqualTo(404);
        assertThat(amina.get("/c/" + slug + "/files/" + id + "/preview").getResponse().getStatus())
                .as("text is never shown in place").isEqualTo(404);

        // Another member (not the uploader, not a moderator) may not replace it.
        Browser carla = accounts.signedIn(accounts.member("Carla"));
        CommunityFixtures.join(carla, slug);
        MvcResult refused = carla.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/c/" + slug + "/files/" + id + "/versions?_csrf=" + csrfOf(carla, "/c/" + slug + "/files/" + id))
                .file(new org.springframework.mock.web.MockMultipartFile("file", "mine.txt", "text/plain", "x".getBytes())));
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(count("select count(*) from library_file_version where file_id = ?", id)).isEqualTo(2);
    }

    @Test
    void hostileFilesAreRefusedAndLeaveNothingBehind() throws Exception {
        long filesBefore = storedFiles();
        long rowsBefore = count("select count(*) from library_file where community_id = ?", communityId);
        assertRefused(file("report.pdf", "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)),
                "is not a kind of file that can be shared here");
        assertRefused(file("logo.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                .getBytes(StandardCharsets.UTF_8)), "is not a kind of file that can be shared here");
        assertRefused(file("animation.gif", "GIF89a<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8)),
                "could not be read as a picture");
        assertRefused(file("huge.png", Filing.pngBomb(20_000)), "could not be read as a picture");
        assertRefused(file("empty.pdf", new byte[0]), "is empty");
        assertRefused(file("big.pdf", new byte[2 * 1024 * 1024 + 1]), "is larger than 2 MB");
        assertRefused(Stream.generate(() -> file("a.txt", "a".getBytes())).limit(6).toList(), "Upload at most 5 files at once.");
        // One good file and one bad: neither is kept.
        assertRefused(List.of(file("good.pdf", pdf()), file("bad.html", "<html></html>".getBytes())), "bad.html");
        assertThat(count("select count(*) from library_file where community_id = ?", communityId)).isEqualTo(rowsBefore);
        assertThat(storedFiles()).as("no bytes left behind by refused uploads").isEqualTo(filesBefore);
    }

    @Test
    void aPictureWithSomethingAppendedIsServedOnlyAsAPicture() throws Exception {
        byte[] polyglot = concat(png(20, 20), "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        long id = Filing.uploadOne(bruno, slug, "chart.html", polyglot);
        MvcResult served = amina.get("/c/" + slug + "/files/" + id + "/download");
        assertThat(served.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(served.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'none'")
                .doesNotContain("script-src");
    }

    @Test
    void aNameThatPointsOutsideIsOnlyANameAndMarkupInItIsText() throws Exception {
        long id = Filing.uploadOne(bruno, slug, "../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8));
        String name = accounts.jdbc().queryForObject("select file_name from library_file_version where file_id = ?",
                String.class, id);
        String key = accounts.jdbc().queryForObject("select storage_key from library_file_version where file_id = ?",
                String.class, id);
        assertThat(name).isEqualTo("passwd");
        assertThat(key).doesNotContain("passwd").doesNotContain("..");
        MvcResult download = amina.get("/c/" + slug + "/files/" + id + "/download");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("passwd")
                .doesNotContain("..");

        long marked = Filing.uploadOne(bruno, slug, "<img src=x onerror=alert(1)>.pdf", pdf());
        assertThat(Browser.body(amina.get("/c/" + slug + "/files/" + marked))).doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt;.pdf");
    }

    @Test
    void aFullCommunityRefusesMoreFilesUntilSomeAreRemoved() throws Exception {
        long id = Filing.uploadOne(bruno, slug, "notes.txt", "notes".getBytes(StandardCharsets.UTF_8));
        long quota = 5L * 1024 * 1024 * 1024;
        accounts.jdbc().update("update library_usage set bytes_used = ? where community_id = ?", quota - 15, communityId);
        assertRefused(file("more.txt", "more than ten bytes".getBytes(StandardCharsets.UTF_8)), "would take more than");
        bruno.get("/c/" + slug + "/files/" + id);
        bruno.post("/c/" + slug + "/files/" + id + "/remove");
        assertThat(Filing.uploadOne(bruno, slug, "more.txt", "more than ten bytes".getBytes(StandardCharsets.UTF_8))).isPositive();
    }

    @Test
    void removingSomeoneElsesFileNeedsAReasonAndTakesItAwayEverywhere() throws Exception {
        long id = Filing.uploadOne(bruno, slug, "draft.pdf", pdf());
        String key = accounts.jdbc().queryForObject("select storage_key from library_file_version where file_id = ?",
                String.class, id);
        amina.get("/c/" + slug + "/files/" + id);
        MvcResult noReason = amina.post("/c/" + slug + "/files/" + id + "/remove", "reason", "");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(noReason)).contains("reason");
        MvcResult removed = amina.post("/c/" + slug + "/files/" + id + "/remove", "reason", "Contains personal data");
        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/c/" + slug + "/files");
        assertThat(accounts.jdbc().queryForObject("select removal_reason from library_file where id = ?", String.class, id))
                .isEqualTo("Contains personal data");
        assertThat(bruno.get("/c/" + slug + "/files/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(bruno.get("/c/" + slug + "/files/" + id + "/download").getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(bruno.get("/c/" + slug + "/files"))).doesNotContain("draft");
        assertThat(Files.exists(Path.of("target/test-data/files").resolve(key))).as("bytes deleted").isFalse();
    }

    @Test
    void moderatorsOrganiseFoldersAndDeletingOneKeepsItsFiles() throws Exception {
        amina.get("/c/" + slug + "/files");
        MvcResult created = amina.post("/c/" + slug + "/files/folders", "name", "Country case studies");
        String location = created.getResponse().getRedirectedUrl();
        long folder = Long.parseLong(location.substring(location.indexOf("folder=") + 7));
        amina.get("/c/" + slug + "/files");
        assertThat(amina.post("/c/" + slug + "/files/folders", "name", "country CASE studies").getResponse().getStatus())
                .as("a name taken, whatever its case").isEqualTo(422);
        long id = Filing.uploadOne(bruno, slug, "kenya.pdf", pdf(), "folderId", String.valueOf(folder));
        assertThat(Browser.body(amina.get("/c/" + slug + "/files?folder=" + folder))).contains(">kenya</a>");
        bruno.get("/c/" + slug + "/files");
        assertThat(bruno.post("/c/" + slug + "/files/folders", "name", "Mine").getResponse().getStatus())
                .as("a member does not manage folders").isEqualTo(403);
        amina.get("/c/" + slug + "/files?folder=" + folder);
        amina.post("/c/" + slug + "/files/folders/" + folder + "/delete");
        assertThat(count("select count(*) from library_folder where id = ?", folder)).isZero();
        assertThat(accounts.jdbc().queryForObject("select folder_id from library_file where id = ?", Long.class, id)).isNull();

        String other = CommunityFixtures.create(bruno, "Other " + System.nanoTime(), "OPEN");
        long foreign = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, other);
        accounts.jdbc().update("insert into library_folder (community_id, name, name_key, created_at) values (?, 'Theirs', "
                + "'theirs', current_timestamp)", foreign);
        long theirs = accounts.jdbc().queryForObject("select id from library_folder where community_id = ?", Long.class, foreign);
        MvcResult astray = Filing.upload(bruno, slug, List.of(file("x.pdf", pdf())), "folderId", String.valueOf(theirs));
        assertThat(astray.getResponse().getStatus()).as("a folder of another community").isEqualTo(422);
    }

    @Test
    void aPageListsAFoldersFilesToMembersOnly() throws Exception {
        amina.get("/c/" + slug + "/files");
        String location = amina.post("/c/" + slug + "/files/folders", "name", "Reports").getResponse().getRedirectedUrl();
        String folder = location.substring(location.indexOf("folder=") + 7);
        long inFolder = Filing.uploadOne(bruno, slug, "annual.pdf", pdf(), "folderId", folder, "title", "Annual review");
        Filing.uploadOne(bruno, slug, "loose.pdf", pdf(), "title", "Loose notes");
        amina.get("/c/" + slug + "/pages/new");
        String page = amina.post("/c/" + slug + "/pages/new", "title", "Reports we wrote",
                "body", "Our reports:\n\n{{files folder=\"Reports\"}}\n").getResponse().getRedirectedUrl();

        String asMember = Browser.body(bruno.get(page));
        assertThat(asMember).contains("href=\"/c/" + slug + "/files/" + inFolder + "\"").contains("Annual review")
                .doesNotContain("Loose notes");
        String asVisitor = Browser.body(accounts.browser().get(page));
        assertThat(asVisitor).as("the page is public in an OPEN community, its files are not").contains("Our reports:")
                .doesNotContain("Annual review").doesNotContain("/files/" + inFolder);
    }

    @Test
    void aWorkingGroupWithNestedPagesFilesAndEventsCanBeDeleted() {
        amina.get("/c/" + slug + "/manage/groups");
        String group = amina.submit("/c/" + slug + "/manage/groups", "/c/" + slug + "/manage/groups", "name",
                "Drafting " + System.nanoTime(), "shortDescription", "Drafts", "privacy", "PUBLIC")
                .getResponse().getRedirectedUrl().substring(3);
        Filing.uploadOne(amina, group, "draft.pdf", pdf());
        amina.get("/c/" + group + "/pages/new");
        String top = amina.post("/c/" + group + "/pages/new", "title", "Top", "body", "Top").getResponse().getRedirectedUrl();
        amina.get("/c/" + group + "/pages/new");
        amina.post("/c/" + group + "/pages/new", "title", "Under", "body", "Under", "parentId",
                top.substring(top.lastIndexOf('/') + 1));
        amina.submit("/c/" + group + "/calendar/new", "/c/" + group + "/calendar/new", "title", "Drafting call", "kind",
                "MEETING", "start", "2099-03-10T10:00", "end", "2099-03-10T11:00", "timeZone", "Europe/Paris");

        amina.get("/c/" + slug + "/manage/groups");
        amina.post("/c/" + slug + "/manage/groups/" + group + "/delete");
        assertThat(count("select count(*) from community where slug = ?", group)).isZero();
        assertThat(count("select count(*) from library_page p join community c on c.id = p.community_id where c.slug = ?",
                group)).isZero();
    }

    @Test
    void apiClientsShareListAndDownloadFiles() throws Exception {
        ApiClient api = ApiClient.as(accounts, aminaAccount, port);
        ApiClient.Answer created = api.upload("/api/v1/communities/" + slug + "/files",
                java.util.Map.of("title", "Budget", "language", "en"), "files", "budget.csv", "text/csv",
                "year,amount\n2025,100\n".getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("ids").get(0).asLong();
        ApiClient.Answer list = api.get("/api/v1/communities/" + slug + "/files");
        assertThat(list.body().get("items").get(0).get("title").asString()).isEqualTo("Budget");
        assertThat(list.body().get("items").get(0).get("contentType").asString()).isEqualTo("text/csv");
        ApiClient.Answer details = api.get("/api/v1/communities/" + slug + "/files/" + id);
        assertThat(details.body().get("versions").size()).isEqualTo(1);
        ApiClient.Answer bad = api.upload("/api/v1/communities/" + slug + "/files", java.util.Map.of(), "files", "x.svg",
                "image/png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(api.call("PUT", "/api/v1/communities/" + slug + "/files/" + id,
                "{\"title\":\"Budget 2025\",\"language\":\"xx\"}").status()).isEqualTo(400);
        assertThat(api.call("PUT", "/api/v1/communities/" + slug + "/files/" + id, "{\"title\":\"Budget 2025\"}").status())
                .isEqualTo(204);
        assertThat(api.call("DELETE", "/api/v1/communities/" + slug + "/files/" + id, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/communities/" + slug + "/files/" + id).status()).isEqualTo(404);
    }

    private void assertRefused(org.springframework.mock.web.MockMultipartFile file, String message) {
        assertRefused(List.of(file), message);
    }

    private void assertRefused(List<org.springframework.mock.web.MockMultipartFile> files, String message) {
        MvcResult result = Filing.upload(bruno, slug, files);
        assertThat(result.getResponse().getStatus()).as(message).isEqualTo(422);
        assertThat(Browser.body(result)).contains(message);
    }

    private long idOf(String title) {
        return accounts.jdbc().queryForObject("select id from library_file where community_id = ? and title = ?", Long.class,
                communityId, title);
    }

    private long count(String sql, Object... args) {
        return accounts.jdbc().queryForObject(sql, Long.class, args);
    }

    private static String csrfOf(Browser browser, String page) {
        String body = Browser.body(browser.get(page));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static long storedFiles() throws IOException {
        Path root = Path.of("target/test-data/files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
