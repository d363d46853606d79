package org.praxis.community.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.ApiClient.Answer;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The communities API follows the same rules as the pages. */
@PraxisIntegrationTest
class CommunitiesApiIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    private static String create(ApiClient client, String name, String privacy) {
        Answer created = client.post("/api/v1/communities", """
                {"name": "%s", "shortDescription": "About %s", "privacy": "%s"}
                """.formatted(name, name, privacy));
        assertThat(created.status()).as("create %s", name).isEqualTo(201);
        return created.body().get("slug").asString();
    }

    @Test
    void withoutATokenNothingAnswersButProblemJson() {
        Answer answer = ApiClient.anonymous(port).get("/api/v1/communities");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void createJoinRequestApproveOverTheApi() {
        ApiClient admin = ApiClient.as(accounts, accounts.member("Api admin"), port);
        String slug = create(admin, "API semi-private " + System.nanoTime(), "SEMI_PRIVATE");
        assertThat(admin.get("/api/v1/communities/" + slug).body().get("role").asString()).isEqualTo("ADMIN");
        assertThat(admin.get("/api/v1/communities/" + slug).body().has("facts")).as("internal facts stay out of the API").isFalse();

        ApiClient applicant = ApiClient.as(accounts, accounts.member("Api applicant"), port);
        assertThat(applicant.get("/api/v1/communities/" + slug + "/members").status()).isEqualTo(403);
        Answer join = applicant.post("/api/v1/communities/" + slug + "/join", "{\"message\": \"Please let me in\"}");
        assertThat(join.body().get("outcome").asString()).isEqualTo("REQUESTED");
        assertThat(applicant.get("/api/v1/communities/" + slug + "/requests").status()).isEqualTo(403);

        Answer requests = admin.get("/api/v1/communities/" + slug + "/requests");
        assertThat(requests.body().size()).isEqualTo(1);
        assertThat(requests.body().get(0).get("message").asString()).isEqualTo("Please let me in");
        long id = requests.body().get(0).get("id").asLong();
        assertThat(admin.post("/api/v1/communities/" + slug + "/requests/" + id + "/approve", null)
                .body().get("decided").asBoolean()).isTrue();
        assertThat(admin.post("/api/v1/communities/" + slug + "/requests/" + id + "/reject", null)
                .body().get("decided").asBoolean()).isFalse();

        Answer members = applicant.get("/api/v1/communities/" + slug + "/members");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.body().size()).isEqualTo(2);
        assertThat(applicant.get("/api/v1/communities/mine").body().toString()).contains(slug);
    }

    @Test
    void hiddenCommunitiesAre404AndAbsentFromTheDirectoryForOthers() {
        ApiClient admin = ApiClient.as(accounts, accounts.member("Api hider"), port);
        String name = "API hidden " + System.nanoTime();
        String slug = create(admin, name, "PRIVATE_HIDDEN");
        ApiClient user = ApiClient.as(accounts, accounts.member("Api outsider"), port);

        Answer hidden = user.get("/api/v1/communities/" + slug);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        assertThat(user.post("/api/v1/communities/" + slug + "/join", null).status()).isEqualTo(404);
        Answer list = user.get("/api/v1/communities?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(list.body().get("total").asInt()).isZero();
        assertThat(admin.get("/api/v1/communities?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void badInputGetsProblemJsonAndCreatesNothing() {
        ApiClient client = ApiClient.as(accounts, accounts.member("Api sloppy"), port);
        Answer missing = client.post("/api/v1/communities", "{\"name\": \"\", \"privacy\": \"PUBLIC\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").toString()).contains("\"field\":\"name\"").contains("\"field\":\"shortDescription\"");
        Answer badPrivacy = client.post("/api/v1/communities", "{\"name\": \"X\", \"shortDescription\": \"Y\", \"privacy\": \"SECRET\"}");
        assertThat(badPrivacy.status()).isEqualTo(400);
        assertThat(badPrivacy.contentType()).startsWith("application/problem+json");
        assertThat(client.get("/api/v1/communities?privacy=SECRET").status()).isEqualTo(400);
    }

    @Test
    void plainMembersCannotInviteAndAdminsCan() {
        Member adminMember = accounts.member("Api inviter");
        ApiClient admin = ApiClient.as(accounts, adminMember, port);
        String slug = create(admin, "API private " + System.nanoTime(), "PRIVATE");
        ApiClient stranger = ApiClient.as(accounts, accounts.member("Api stranger"), port);
        assertThat(stranger.post("/api/v1/communities/" + slug + "/invitations", "{\"addresses\": \"a@example.org\"}")
                .status()).isEqualTo(403);
        Answer invited = admin.post("/api/v1/communities/" + slug + "/invitations",
                "{\"addresses\": \"someone-" + System.nanoTime() + "@example.org, nope\"}");
        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.body().get("invited").asInt()).isEqualTo(1);
        assertThat(invited.body().get("invalid").toString()).contains("nope");
    }

    @Test
    void languagesAreWrittenAtCreationReadBackAndFilterTheDirectory() {
        ApiClient admin = ApiClient.as(accounts, accounts.member("Api linguist"), port);
        String name = "API languages " + System.nanoTime();
        Answer created = admin.post("/api/v1/communities", """
                {"name": "%s", "shortDescription": "Spoken", "privacy": "PUBLIC", "languages": ["es", "fr"]}
                """.formatted(name));
        assertThat(created.status()).isEqualTo(201);
        String slug = created.body().get("slug").asString();
        assertThat(admin.get("/api/v1/communities/" + slug).body().get("languages").toString()).isEqualTo("[\"es\",\"fr\"]");

        String q = "/api/v1/communities?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(admin.get(q + "&language=es").body().get("total").asInt()).isEqualTo(1);
        assertThat(admin.get(q + "&language=es").body().get("items").get(0).get("languages").toString()).contains("\"es\"");
        assertThat(admin.get(q + "&language=de").body().get("total").asInt()).isZero();

        Answer bad = admin.post("/api/v1/communities", """
                {"name": "Bad %s", "shortDescription": "x", "privacy": "PUBLIC", "languages": ["klingon"]}
                """.formatted(name));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").toString()).contains("\"field\":\"languages\"");
    }

    @Test
    void mostMembersSortPagesInTheDatabaseAndHiddenCommunitiesStayOut() {
        ApiClient admin = ApiClient.as(accounts, accounts.member("Api counter"), port);
        String prefix = "API crowd " + System.nanoTime();
        java.util.List<String> slugs = new java.util.ArrayList<>();
        for (int i = 0; i < 22; i++) {
            slugs.add(create(admin, prefix + " " + i, "PUBLIC"));
        }
        String hidden = create(admin, prefix + " hidden", "PRIVATE_HIDDEN");
        ApiClient joiner = ApiClient.as(accounts, accounts.member("Api joiner"), port);
        String popular = slugs.get(21);
        assertThat(joiner.post("/api/v1/communities/" + popular + "/join", null).status()).isEqualTo(200);

        String q = "/api/v1/communities?sort=MEMBERS&q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8);
        Answer page0 = joiner.get(q + "&page=0");
        Answer page1 = joiner.get(q + "&page=1");
        assertThat(page0.body().get("total").asInt()).isEqualTo(22);
        assertThat(page0.body().get("items").size()).isEqualTo(20);
        assertThat(page1.body().get("items").size()).isEqualTo(2);
        assertThat(page0.body().get("items").get(0).get("slug").asString()).isEqualTo(popular);
        assertThat(page0.body().get("items").get(0).get("members").asInt()).isEqualTo(2);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Answer answer : java.util.List.of(page0, page1)) {
            answer.body().get("items").forEach(item -> seen.add(item.get("slug").asString()));
        }
        assertThat(seen).hasSize(22).doesNotContain(hidden).containsAll(slugs);
        assertThat(admin.get(q).body().get("total").asInt()).isEqualTo(23);
    }

    @Test
    void imagesAreUploadedOverTheApiAndBadFilesGetProblemJson() throws Exception {
        Member owner = accounts.member("Api painter");
        ApiClient admin = ApiClient.as(accounts, owner, port);
        String slug = create(admin, "API pictures " + System.nanoTime(), "PUBLIC");

        Answer svg = admin.upload("/api/v1/communities/" + slug + "/images/logo", "image", "logo.png", "image/png",
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes());
        assertThat(svg.status()).isEqualTo(400);
        assertThat(svg.contentType()).startsWith("application/problem+json");
        assertThat(svg.body().get("errors").toString()).contains("\"field\":\"logo\"").contains("communityImage.notImage");

        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(500, 500, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        Answer stored = admin.upload("/api/v1/communities/" + slug + "/images/logo", "image", "logo.png", "image/png",
                png.toByteArray());
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().get("url").asString()).startsWith("/c/" + slug + "/images/logo?v=");
        assertThat(admin.get("/api/v1/communities/" + slug).body().get("logoUrl").asString())
                .isEqualTo(stored.body().get("url").asString());

        ApiClient stranger = ApiClient.as(accounts, accounts.member("Api vandal"), port);
        assertThat(stranger.upload("/api/v1/communities/" + slug + "/images/logo", "image", "x.png", "image/png",
                png.toByteArray()).status()).isEqualTo(403);
        assertThat(stranger.call("DELETE", "/api/v1/communities/" + slug + "/images/logo", null).status()).isEqualTo(403);
        assertThat(admin.call("DELETE", "/api/v1/communities/" + slug + "/images/logo", null).status()).isEqualTo(204);
        var logoUrl = admin.get("/api/v1/communities/" + slug).body().get("logoUrl");
        assertThat(logoUrl == null || logoUrl.isNull()).isTrue();
    }
}
