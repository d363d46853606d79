package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
 * Admins share a community's document in the public library; everyone reads and downloads it,
 * the community says it shared it, and a hidden community stays unnamed to outsiders.
 */
@PraxisIntegrationTest
class PublicLibraryIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    Member adminAccount;
    Browser admin;
    Browser member;
    String slug;
    long file;
    String title;

    @BeforeEach
    void aCommunityWithAFile() {
        adminAccount = accounts.member("Librarian");
        admin = accounts.signedIn(adminAccount);
        slug = CommunityFixtures.create(admin, "Library " + System.nanoTime(), "PUBLIC");
        member = accounts.signedIn(accounts.member("Reader"));
        CommunityFixtures.join(member, slug);
        title = "Cash transfers in the Sahel " + System.nanoTime();
        file = Filing.uploadOne(member, slug, "sahel.pdf", Filing.pdf());
    }

    @Test
    void anAdminSharesADocumentAndEveryoneReadsAndDownloadsIt() throws Exception {
        MvcResult shared = publish(admin, "title", title, "authors", "A. Diallo, World Food Programme", "year", "2024",
                "publisher", "WFP", "summary", "What worked in three countries.", "language", "fr", "licence", "CC_BY_4");
        String location = shared.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/library/");

        Browser visitor = accounts.browser();
        String library = Browser.body(visitor.get("/library"));
        assertThat(library).contains(title).contains("A. Diallo");
        String page = Browser.body(visitor.get(location));
        assertThat(page).contains("What worked in three countries.").contains("Creative Commons Attribution 4.0")
                .contains("href=\"/c/" + slug + "\"");
        MvcResult download = visitor.get(location + "/download");
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(Filing.pdf());
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(Browser.body(visitor.get("/library?q=SAHEL"))).contains(title);
        assertThat(Browser.body(visitor.get("/library?q=nowhere-to-be-found"))).doesNotContain(title);
        assertThat(Browser.body(visitor.get("/library?year=2024"))).contains(title);
        assertThat(Browser.body(visitor.get("/library?year=2023"))).doesNotContain(title);
        assertThat(Browser.body(visitor.get("/library?language=fr"))).contains(title);
        assertThat(Browser.body(visitor.get("/library?q=%25"))).as("a wildcard is only a character").doesNotContain(title);
        assertThat(Browser.body(visitor.get("/c/" + slug + "/files"))).as("the community says what it shared")
                .contains("Shared in the public library").contains(title);
        assertThat(visitor.get("/c/" + slug + "/files/" + file + "/download").getResponse().getRedirectedUrl())
                .as("the file itself stays for members").isEqualTo("/signin");
    }

    @Test
    void onlyAdminsShareAndBadDescriptionsAreRefused() {
        assertThat(publish(member, "title", title, "authors", "Me", "licence", "CC_BY_4").getResponse().getStatus())
                .isEqualTo(403);
        MvcResult bad = publish(admin, "title", "", "authors", "", "year", "3000", "licence", "CC_BY_4", "topicIds", "999999");
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(bad)).contains("Give a year between 1800").contains("Choose topics from the list.");
        assertThat(publish(admin, "title", title, "authors", "A", "year", "twenty").getResponse().getStatus()).isEqualTo(422);
        assertThat(accounts.jdbc().queryForObject("select count(*) from library_publication where file_id = ?", Long.class, file))
                .isZero();
    }

    @Test
    void aHiddenCommunityIsNotNamedToOutsidersAndRemovingTheFileWithdrawsIt() {
        String hidden = CommunityFixtures.create(admin, "Hidden library " + System.nanoTime(), "PRIVATE_HIDDEN");
        long secret = Filing.uploadOne(admin, hidden, "brief.pdf", Filing.pdf());
        String location = publish(admin, hidden, secret, "title", title, "authors", "Team", "licence", "CC0")
                .getResponse().getRedirectedUrl();
        String outsider = Browser.body(accounts.browser().get(location));
        assertThat(outsider).contains(title).doesNotContain(hidden).doesNotContain("Hidden library");
        assertThat(Browser.body(admin.get(location))).contains("href=\"/c/" + hidden + "\"");

        admin.get("/c/" + hidden + "/files/" + secret);
        admin.post("/c/" + hidden + "/files/" + secret + "/remove");
        assertThat(accounts.browser().get(location).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(accounts.browser().get("/library"))).doesNotContain(title);
    }

    /**
     * A shared document is public whatever the privacy of the community that shared it; the
     * community is named only to those who may see it, on the page, in the list and over the API.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "shared from a {0} community")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"OPEN", "PUBLIC", "SEMI_PRIVATE", "PRIVATE", "PRIVATE_HIDDEN"})
    void everyoneReadsASharedDocumentAndTheCommunityIsNamedOnlyToThoseWhoMaySeeIt(String privacy) {
        String name = "Sharing " + privacy + " " + System.nanoTime();
        String community = CommunityFixtures.create(admin, name, privacy);
        long shared = Filing.uploadOne(admin, community, "shared.pdf", Filing.pdf());
        long kept = Filing.uploadOne(admin, community, "kept.pdf", Filing.pdf());
        String marker = String.valueOf(System.nanoTime());
        String docTitle = "Shared from " + privacy + " " + marker;
        String location = publish(admin, community, shared, "title", docTitle, "authors", "Team", "licence", "CC_BY_4")
                .getResponse().getRedirectedUrl();
        boolean named = !privacy.equals("PRIVATE_HIDDEN");
        Member outsiderAccount = accounts.member("Outsider");
        for (Browser reader : List.of(accounts.browser(), accounts.signedIn(outsiderAccount))) {
            String page = Browser.body(reader.get(location));
            assertThat(page).contains(docTitle);
            assertThat(page.contains(name)).as("community named on the page").isEqualTo(named);
            String list = Browser.body(reader.get("/library?q=" + marker));
            assertThat(list).contains(docTitle);
            assertThat(list.contains(name)).as("community named in the list").isEqualTo(named);
            assertThat(reader.get(location + "/download").getResponse().getStatus()).isEqualTo(200);
            assertThat(reader.get("/c/" + community + "/files/" + kept + "/download").getResponse().getStatus())
                    .as("the community's other files stay its members'").isIn(302, 404);
        }
        ApiClient.Answer api = ApiClient.as(accounts, outsiderAccount, port).get("/api/v1/library/" + location.substring(9));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body().has("community") && !api.body().get("community").isNull()).as("API names the community")
                .isEqualTo(named);
        assertThat(Browser.body(admin.get(location))).as("its admin sees the name").contains(name);
    }

    @Test
    void apiClientsBrowseAndAdminsShareAndWithdraw() {
        ApiClient api = ApiClient.as(accounts, adminAccount, port);
        ApiClient.Answer shared = api.call("PUT", "/api/v1/communities/" + slug + "/files/" + file + "/publication",
                "{\"title\":\"" + title + "\",\"authors\":\"Team\",\"licence\":\"CC_BY_SA_4\",\"year\":2025}");
        assertThat(shared.status()).isEqualTo(200);
        long id = shared.body().get("id").asLong();
        assertThat(api.get("/api/v1/library?q=sahel").body().toString()).contains(title);
        assertThat(api.get("/api/v1/library/" + id).body().get("licence").asString()).isEqualTo("CC_BY_SA_4");
        assertThat(api.call("PUT", "/api/v1/communities/" + slug + "/files/" + file + "/publication",
                "{\"title\":\"\",\"licence\":\"CC0\"}").status()).isEqualTo(400);
        assertThat(api.call("DELETE", "/api/v1/communities/" + slug + "/files/" + file + "/publication", null).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/library/" + id).status()).isEqualTo(404);
    }

    private MvcResult publish(Browser who, String... fields) {
        return publish(who, slug, file, fields);
    }

    private static MvcResult publish(Browser who, String community, long fileId, String... fields) {
        who.get("/c/" + community + "/files/" + fileId);
        return who.post("/c/" + community + "/files/" + fileId + "/publish", fields);
    }
}
