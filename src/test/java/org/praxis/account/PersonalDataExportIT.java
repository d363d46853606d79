package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.calendar.Scheduling;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.praxis.library.Filing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A member downloads everything Praxis holds about them, and nothing about anyone else. */
@PraxisIntegrationTest
class PersonalDataExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PLAN_V1 = "first plan".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PLAN_V2 = "second plan".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SLIDES = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    Member exporter;
    Member other;
    Browser me;
    Browser them;
    String slug;
    long myDiscussion;
    long theirDiscussion;
    long myComment;
    long myFile;
    long event;

    @BeforeEach
    void memberWithAHistory() {
        other = accounts.member("Other");
        them = accounts.signedIn(other);
        slug = CommunityFixtures.create(them, "Export " + System.nanoTime(), "OPEN");
        exporter = accounts.member("Exporter");
        me = accounts.signedIn(exporter);
        CommunityFixtures.join(me, slug);
        me.submit("/profile", "/profile", "displayName", "Dr Export", "realName", "Ada Lovelace",
                "institution", "Analytical Society", "country", "GB", "languages", "fr", "languages", "en",
                "interests", "soil, water", "bio", "Counting things.");
        me.upload("/profile", "/profile/avatar", "avatar", "me.png", "image/png", Filing.png(40, 40));

        theirDiscussion = Discussing.start(them, slug, "Their own thread", "Written by someone else entirely");
        me.get("/c/" + slug + "/discussions/new");
        MvcResult started = me.postFiles("/c/" + slug + "/discussions/new",
                List.of(new MockMultipartFile("files", "slides.pdf", "application/pdf", SLIDES)),
                "title", "My question", "body", "What about soil?");
        String location = started.getResponse().getRedirectedUrl();
        myDiscussion = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        myComment = Discussing.comment(me, slug, theirDiscussion, "My answer to them", null);
        Discussing.comment(them, slug, myDiscussion, "Their reply to me", null);

        myFile = Filing.uploadOne(me, slug, "plan.txt", PLAN_V1, "title", "Work plan");
        me.get("/c/" + slug + "/files/" + myFile);
        me.postFiles("/c/" + slug + "/files/" + myFile + "/versions",
                List.of(new MockMultipartFile("file", "plan-v2.txt", "text/plain", PLAN_V2)));

        event = Scheduling.create(them, slug, "Field day");
        me.get(Scheduling.page(slug, event));
        me.post(Scheduling.page(slug, event) + "/register");

        me.get("/c/" + slug + "/report?type=DISCUSSION&id=" + theirDiscussion);
        me.post("/c/" + slug + "/report", "type", "DISCUSSION", "id", String.valueOf(theirDiscussion),
                "category", "SPAM", "note", "Looks like an advert");
        them.get("/c/" + slug + "/report?type=DISCUSSION&id=" + myDiscussion);
        them.post("/c/" + slug + "/report", "type", "DISCUSSION", "id", String.valueOf(myDiscussion),
                "category", "OFF_TOPIC", "note", "Note by the other member");
    }

    @Test
    void memberDownloadsTheirDataAsAZipWithDataJsonTheirFilesAndAReadme() throws Exception {
        MvcResult download = me.get("/account/data/export");
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/zip");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
        Map<String, byte[]> zip = unzip(download.getResponse().getContentAsByteArray());

        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8)).contains("data.json").contains("files/");
        JsonNode data = JSON.readTree(zip.get("data.json"));
        JsonNode account = data.get("account");
        assertThat(account.get("email").asString()).isEqualTo(exporter.email());
        assertThat(account.get("displayName").asString()).isEqualTo("Dr Export");
        assertThat(account.get("realName").asString()).isEqualTo("Ada Lovelace");
        assertThat(account.get("institution").asString()).isEqualTo("Analytical Society");
        assertThat(account.get("country").asString()).isEqualTo("GB");
        assertThat(texts(account.get("languages"))).containsExactlyInAnyOrder("fr", "en");
        assertThat(texts(account.get("interests"))).containsExactlyInAnyOrder("soil", "water");
        assertThat(account.get("bio").asString()).isEqualTo("Counting things.");
        assertThat(account.get("createdAt").asString()).isNotBlank();
        assertThat(account.get("twoStepSignIn").asBoolean()).isFalse();
        assertThat(account.has("passwordHash")).isFalse();

        JsonNode membership = data.get("communities").get("memberships").get(0);
        assertThat(membership.get("community").get("slug").asString()).isEqualTo(slug);
        assertThat(membership.get("role").asString()).isEqualTo("MEMBER");
        assertThat(membership.get("joinedAt").asString()).isNotBlank();

        JsonNode discussions = data.get("discussions");
        assertThat(discussions.get("discussions")).hasSize(1);
        JsonNode mine = discussions.get("discussions").get(0);
        assertThat(mine.get("id").asLong()).isEqualTo(myDiscussion);
        assertThat(mine.get("title").asString()).isEqualTo("My question");
        assertThat(mine.get("text").asString()).isEqualTo("What about soil?");
        assertThat(mine.get("community").get("slug").asString()).isEqualTo(slug);
        assertThat(mine.get("removedAt").isNull()).isTrue();
        assertThat(discussions.get("comments")).hasSize(1);
        assertThat(discussions.get("comments").get(0).get("id").asLong()).isEqualTo(myComment);
        assertThat(discussions.get("comments").get(0).get("discussionId").asLong()).isEqualTo(theirDiscussion);
        assertThat(discussions.get("comments").get(0).get("text").asString()).isEqualTo("My answer to them");
        JsonNode attachment = discussions.get("attachments").get(0);
        assertThat(attachment.get("fileName").asString()).isEqualTo("slides.pdf");
        assertThat(zip.get(attachment.get("file").asString())).isEqualTo(SLIDES);

        JsonNode versions = data.get("library").get("files");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("fileId").asLong()).isEqualTo(myFile);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("current").asBoolean()).isFalse();
        assertThat(versions.get(1).get("fileName").asString()).isEqualTo("plan-v2.txt");
        assertThat(versions.get(1).get("current").asBoolean()).isTrue();
        assertThat(zip.get(versions.get(0).get("file").asString())).isEqualTo(PLAN_V1);
        assertThat(zip.get(versions.get(1).get("file").asString())).isEqualTo(PLAN_V2);

        JsonNode registration = data.get("calendar").get("registrations").get(0);
        assertThat(registration.get("eventId").asLong()).isEqualTo(event);
        assertThat(registration.get("status").asString()).isNotBlank();
        assertThat(data.get("calendar").get("eventsCreated")).isEmpty();

        JsonNode reports = data.get("reportsFiled");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("targetId").asLong()).isEqualTo(theirDiscussion);
        assertThat(reports.get(0).get("category").asString()).isEqualTo("SPAM");
        assertThat(reports.get(0).get("note").asString()).isEqualTo("Looks like an advert");
        assertThat(data.get("notifications").get("latest").isArray()).isTrue();

        byte[] avatar = accounts.jdbc().queryForObject("select content from account_avatar where account_id = ?",
                byte[].class, exporter.id());
        assertThat(zip.get("files/avatar.png")).isEqualTo(avatar);
    }

    @Test
    void theExportHoldsNothingAboutOtherMembers() throws Exception {
        String everything = new String(unzip(me.get("/account/data/export").getResponse().getContentAsByteArray())
                .get("data.json"), StandardCharsets.UTF_8);
        assertThat(everything).doesNotContain(other.email()).doesNotContain(other.displayName())
                .doesNotContain("Their own thread").doesNotContain("Written by someone else")
                .doesNotContain("Their reply to me").doesNotContain("Note by the other member")
                .doesNotContain("Field day");
    }

    @Test
    void noAddressExportsAnotherAccount() throws Exception {
        for (String url : List.of("/account/data/export?accountId=" + other.id(), "/account/data/export?id=" + other.id())) {
            String data = new String(unzip(me.get(url).getResponse().getContentAsByteArray()).get("data.json"),
                    StandardCharsets.UTF_8);
            assertThat(data).contains(exporter.email()).doesNotContain(other.email());
        }
        assertThat(me.get("/account/data/export/" + other.id()).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void visitorsAreSentToSignInAndTheApiAnswers401() throws Exception {
        MvcResult visitor = accounts.browser().get("/account/data/export");
        assertThat(visitor.getResponse().getStatus()).isEqualTo(302);
        assertThat(visitor.getResponse().getRedirectedUrl()).contains("/signin");
        assertThat(ApiClient.anonymous(port).get("/api/v1/me/export").status()).isEqualTo(401);
    }

    @Test
    void tokenUsersDownloadTheSameArchiveOverTheApi() throws Exception {
        String token = ApiClient.tokenOf(accounts, exporter);
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/me/export"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        Map<String, byte[]> zip = unzip(answer.body());
        JsonNode data = JSON.readTree(zip.get("data.json"));
        assertThat(data.get("account").get("email").asString()).isEqualTo(exporter.email());
        assertThat(data.get("account").get("apiTokens").get(0).get("name").asString()).isNotBlank();
        assertThat(new String(zip.get("data.json"), StandardCharsets.UTF_8)).doesNotContain(token);
        assertThat(zip).containsKey("files/avatar.png");
    }

    @Test
    void theReadmeIsInTheMembersLanguage() throws Exception {
        assertThat(Browser.body(me.get("/account/data?lang=fr"))).contains("Télécharger mes données")
                .contains("/account/data/export");
        Map<String, byte[]> zip = unzip(me.get("/account/data/export").getResponse().getContentAsByteArray());
        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8)).contains("Vos données personnelles");
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
