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
}
