package org.praxis.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.ApiClient.Answer;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP: tokens, me, profiles, directory, and problem+json errors. */
@PraxisIntegrationTest
class AccountApiIT {

    private static final Pattern SECRET = Pattern.compile("value=\"(praxis_[A-Za-z0-9_-]+)\"");

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void withoutTokenTheApiAnswers401ProblemJson() throws Exception {
        Answer answer = call("GET", "/api/v1/me", null, null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("/problems/unauthorized");
        assertThat(answer.body().get("status").asInt()).isEqualTo(401);

        assertThat(call("GET", "/api/v1/me", "praxis_made-up-token", null).status()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/me", "x".repeat(5000), null).status()).isEqualTo(401);
    }

    @Test
    void tokenMadeOnTheProfileReadsAndEditsMyProfile() throws Exception {
        Member member = accounts.member("Scripter");
        String token = tokenFor(member);

        Answer me = call("GET", "/api/v1/me", token, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("id").asLong()).isEqualTo(member.id());
        assertThat(me.body().get("email").asString()).isEqualTo(member.email());

        Answer patched = call("PATCH", "/api/v1/me", token, """
                {"displayName": "API Name", "realName": "Real Person", "country": "BR",
                 "languages": ["pt", "en"], "interests": ["health", "pensions"], "institution": "Fiocruz"}
                """);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("displayName").asString()).isEqualTo("API Name");
        assertThat(patched.body().get("institution").get("name").asString()).isEqualTo("Fiocruz");
        assertThat(patched.body().get("languages").toString()).contains("pt").contains("en");

        // Fields left out keep their value.
        Answer bioOnly = call("PATCH", "/api/v1/me", token, "{\"bio\": \"Only the bio\"}");
        assertThat(bioOnly.body().get("displayName").asString()).isEqualTo("API Name");
        assertThat(bioOnly.body().get("bio").asString()).isEqualTo("Only the bio");
    }

    @Test
    void fieldsAMemberMayNotSetAreIgnored() throws Exception {
        Member member = accounts.member("Escalator");
        String token = tokenFor(member);
        Answer answer = call("PATCH", "/api/v1/me", token, """
                {"displayName": "Still Member", "staff": true, "email": "boss@example.org", "id": 1,
                 "suspended": false, "emailVerifiedAt": null}
                """);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("staff").asBoolean()).isFalse();
        assertThat(answer.body().get("email").asString()).isEqualTo(member.email());
        assertThat(accounts.jdbc().queryForObject("select staff from account where id = ?", Boolean.class, member.id())).isFalse();
    }

    @Test
    void invalidInputGetsProblemJsonWithEachFieldAndChangesNothing() throws Exception {
        Member member = accounts.member("Sloppy");
        String token = tokenFor(member);
        Answer answer = call("PATCH", "/api/v1/me", token, """
                {"displayName": "%s", "country": "ZZ", "bio": "%s"}
                """.formatted("n".repeat(61), "b".repeat(2001)));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("/problems/invalid-input");
        assertThat(answer.body().get("errors").toString())
                .contains("\"field\":\"displayName\"").contains("\"field\":\"country\"").contains("\"field\":\"bio\"")
                .contains("Please use at most 60 characters");
        assertThat(call("GET", "/api/v1/me", token, null).body().get("displayName").asString())
                .isEqualTo(member.displayName());

        Answer broken = call("PATCH", "/api/v1/me", token, "{not json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void problemTitlesFollowTheRequestLanguage() throws Exception {
        Member member = accounts.member("Francophone");
        String token = tokenFor(member);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "fr")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"country\": \"ZZ\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("Certains champs ne sont pas valides").contains("Veuillez choisir un pays");
    }

    @Test
    void profilesHideTheRealNameFromOthers() throws Exception {
        Member owner = accounts.member("Private");
        accounts.signedIn(owner).submit("/profile", "/profile", "displayName", "Public Face", "realName", "Secret Name");
        String readerToken = tokenFor(accounts.member("Reader"));

        Answer seen = call("GET", "/api/v1/members/" + owner.id(), readerToken, null);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().get("displayName").asString()).isEqualTo("Public Face");
        assertThat(seen.body().get("realName").isNull()).isTrue();
        assertThat(seen.body().get("email").isNull()).isTrue();
        assertThat(seen.toString()).doesNotContain("Secret Name").doesNotContain(owner.email());

        String staffToken = tokenFor(accounts.staff("Auditor"));
        assertThat(call("GET", "/api/v1/members/" + owner.id(), staffToken, null).body().get("realName").asString())
                .isEqualTo("Secret Name");
        assertThat(call("GET", "/api/v1/members/999999999", readerToken, null).status()).isEqualTo(404);
    }

    @Test
    void directorySearchesAndPagesAndHidesUnlisted() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Member a = accounts.member("Dir" + tag);
        accounts.member("Dir" + tag);
        Member hidden = accounts.member("Dir" + tag);
        accounts.jdbc().update("update account set suspended_at = current_timestamp where id = ?", hidden.id());
        String token = tokenFor(accounts.member("Browser"));

        Answer page = call("GET", "/api/v1/members?q=dir" + tag + "&size=1", token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("total").asInt()).isEqualTo(2);
        assertThat(page.body().get("items").size()).isEqualTo(1);
        assertThat(page.body().toString()).doesNotContain("\"id\":" + hidden.id() + ",");
        assertThat(call("GET", "/api/v1/members?q=dir" + tag + "&size=100000", token, null).body().get("size").asInt())
                .isEqualTo(100);
        assertThat(call("GET", "/api/v1/members?page=abc", token, null).status()).isEqualTo(400);
        assertThat(a.id()).isPositive();
    }

    @Test
    void revokedTokensAndTokensOfSuspendedAccountsStopWorking() throws Exception {
        Member member = accounts.member("Revoker");
        String token = tokenFor(member);
        Answer second = call("POST", "/api/v1/me/tokens", token, "{\"name\": \"second\"}");
        assertThat(second.status()).isEqualTo(201);
        String secondSecret = second.body().get("secret").asString();
        assertThat(call("GET", "/api/v1/me", secondSecret, null).status()).isEqualTo(200);

        Answer list = call("GET", "/api/v1/me/tokens", token, null);
        assertThat(list.body().size()).isEqualTo(2);
        assertThat(list.body().toString()).doesNotContain("praxis_");

        assertThat(call("DELETE", "/api/v1/me/tokens/" + second.body().get("id").asLong(), token, null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/me", secondSecret, null).status()).isEqualTo(401);

        // Someone else's token id is unknown to me.
        String otherToken = tokenFor(accounts.member("Neighbour"));
        long mine = call("GET", "/api/v1/me/tokens", token, null).body().get(0).get("id").asLong();
        assertThat(call("DELETE", "/api/v1/me/tokens/" + mine, otherToken, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/me", token, null).status()).isEqualTo(200);

        accounts.jdbc().update("update account set suspended_at = current_timestamp where id = ?", member.id());
        assertThat(call("GET", "/api/v1/me", token, null).status()).isEqualTo(401);
    }

    @Test
    void tokenNamesAreValidated() throws Exception {
        String token = tokenFor(accounts.member("Namer"));
        Answer blank = call("POST", "/api/v1/me/tokens", token, "{\"name\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(call("POST", "/api/v1/me/tokens", token, "{\"name\": \"" + "n".repeat(81) + "\"}").status()).isEqualTo(400);
    }

    @Test
    void unknownApiAddressesAndMethodsAnswerProblemJson() throws Exception {
        String token = tokenFor(accounts.member("Lost"));
        Answer missing = call("GET", "/api/v1/nothing-here", token, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        Answer method = call("PUT", "/api/v1/me", token, "{}");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(response.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/v1/me")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/members")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/me/tokens")).isTrue();
        assertThat(response.body()).doesNotContain("/signin").doesNotContain("/staff/");
    }

    @Test
    void tokensPageShowsTheSecretOnceAndValidatesTheName() {
        Member member = accounts.member("Once");
        Browser browser = accounts.signedIn(member);
        String created = Browser.body(browser.submit("/profile/tokens", "/profile/tokens", "name", "my script"));
        assertThat(SECRET.matcher(created).find()).isTrue();
        assertThat(Browser.body(browser.get("/profile/tokens"))).contains("my script").doesNotContain("value=\"praxis_");

        String blank = Browser.body(browser.submit("/profile/tokens", "/profile/tokens", "name", ""));
        assertThat(blank).contains("Please fill in this field");
        String hostile = Browser.body(browser.submit("/profile/tokens", "/profile/tokens", "name", "<script>x</script>"));
        assertThat(hostile).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
    }

    String tokenFor(Member member) {
        return ApiClient.tokenOf(accounts, member);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    Answer call(String method, String path, String token, String body) {
        return ApiClient.withToken(port, token).call(method, path, body);
    }
}
