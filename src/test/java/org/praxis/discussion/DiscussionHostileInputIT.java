package org.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.discussion.Discussing.comment;
import static org.praxis.discussion.Discussing.start;
import static org.praxis.discussion.Discussing.thread;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import tools.jackson.databind.JsonNode;

/**
 * What members type that is meant to harm or mislead: scripts and styles in Markdown, markup in
 * titles and tags, texts far too long, and invisible characters that change how a title reads.
 */
@PraxisIntegrationTest
class DiscussionHostileInputIT {

    private static final String EVENT_HANDLER = "<[a-zA-Z][^>]*\\son[a-z]+\\s*=";
    private static final String STYLE_ATTRIBUTE = "<[a-zA-Z][^>]*\\sstyle\\s*=";
    private static final String SCRIPT_LINK = "(?i)href\\s*=\\s*\"?\\s*javascript:";
    private static final String TEN_MEGABYTES = "a".repeat(10 * 1024 * 1024);
    private static final String HOSTILE_MARKDOWN = """
            Read this.

            <script>alert('script')</script>

            <img src="x" onerror="alert('img')">

            [a trap](javascript:alert('link'))

            <style>body { display: none }</style>

            <p style="position: fixed; top: 0">covering the page</p>

            <a href="https://example.org/raw" onclick="alert('click')">raw link</a> and [a fine link](https://example.org/fine)
            """;

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    Member aminaAccount;
    Browser amina;
    Browser bruno;
    ApiClient aminaApi;
    String slug;

    @BeforeEach
    void publicCommunityWithTwoMembers() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        slug = CommunityFixtures.create(admin, "Hostile " + System.nanoTime(), "PUBLIC");
        aminaAccount = accounts.member("Amina");
        amina = accounts.signedIn(aminaAccount);
        bruno = accounts.signedIn(accounts.member("Bruno"));
        CommunityFixtures.join(amina, slug);
        CommunityFixtures.join(bruno, slug);
        aminaApi = ApiClient.as(accounts, aminaAccount, port);
    }

    @Test
    void scriptsStylesAndJavascriptLinksInAMemberTextNeverReachTheReadersPage() {
        long id = start(amina, slug, "Harmless looking", HOSTILE_MARKDOWN);
        comment(amina, slug, id, HOSTILE_MARKDOWN, null);

        String page = Browser.body(bruno.get(thread(slug, id)));
        String opening = between(page, "class=\"discussion-body", "</article>");
        String comment = between(page, "class=\"comment-body", "</article>");
        for (String text : new String[] {opening, comment}) {
            // What was typed may show as text; no tag, event handler, style or script link survives.
            assertThat(text).contains("Read this.").doesNotContain("<script").doesNotContain("<style")
                    .doesNotContain("<img").doesNotContainPattern(EVENT_HANDLER).doesNotContainPattern(STYLE_ATTRIBUTE)
                    .doesNotContainPattern(SCRIPT_LINK).contains("raw link");
            assertThat(text).as("links are marked as user content and open nothing of ours")
                    .contains("<a href=\"https://example.org/fine\" rel=\"nofollow ugc noopener noreferrer\">");
        }

        JsonNode discussion = aminaApi.get("/api/v1/communities/" + slug + "/discussions/" + id).body();
        for (String html : new String[] {discussion.get("discussion").get("bodyHtml").asString(),
                discussion.get("comments").get(0).get("bodyHtml").asString()}) {
            assertThat(html).as("the API's HTML is as safe as the page's").doesNotContain("<script")
                    .doesNotContain("<style").doesNotContainPattern(EVENT_HANDLER).doesNotContainPattern(STYLE_ATTRIBUTE)
                    .doesNotContainPattern(SCRIPT_LINK);
        }
    }

    @Test
    void scriptInATitleIsShownAsTextInTheListAndOnThePage() {
        long id = start(amina, slug, "<script>alert('title')</script> Budget", "Text");

        String list = Browser.body(bruno.get("/c/" + slug + "/discussions"));
        String page = Browser.body(bruno.get(thread(slug, id)));
        for (String html : new String[] {list, page}) {
            assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Budget");
        }
    }

    @Test
    void tagWithMarkupIsRefusedWithAMessageNextToTheTagsField() {
        MvcResult result = Discussing.startAnswer(amina, slug, "discussions", "Tagged with markup", "Text",
                "tags", "<b>bold</b>, fine");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(result)).containsPattern("id=\"tags-error\"[^>]*>\\s*Each tag has at most 30 letters")
                .doesNotContain("<b>bold</b>");
        assertThat(discussionsTitled("Tagged with markup")).isZero();
    }

    @Test
    void tenMegabyteTextIsRefusedAsTooLongOnTheForm() {
        String title = "Ten megabytes " + System.nanoTime();
        MvcResult result = Discussing.startAnswer(amina, slug, "discussions", title, TEN_MEGABYTES);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(result)).containsPattern("id=\"body-error\"[^>]*>\\s*Please use at most 50,?000 characters");
        assertThat(discussionsTitled(title)).isZero();
    }

    @Test
    void tenMegabyteTextIsRefusedAsTooLongOverRealHttpToo() throws Exception {
        PlainHttpBrowser browser = new PlainHttpBrowser(port);
        browser.signIn(aminaAccount);
        String title = "Ten megabytes over HTTP " + System.nanoTime();
        browser.get("/c/" + slug + "/discussions/new");

        HttpResponse<String> answer = browser.post("/c/" + slug + "/discussions/new", "title", title, "body", TEN_MEGABYTES);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).containsPattern("id=\"body-error\"[^>]*>\\s*Please use at most 50,?000 characters");
        assertThat(discussionsTitled(title)).isZero();

        long id = start(amina, slug, "A place to comment", "Text");
        browser.get(thread(slug, id));
        HttpResponse<String> comment = browser.post(thread(slug, id) + "/comments", "body", TEN_MEGABYTES);
        assertThat(comment.statusCode()).isEqualTo(200);
        assertThat(comment.body()).containsPattern("id=\"comment-body-error\"[^>]*>\\s*Please use at most 20,?000 characters");
        assertThat(commentsOn(id)).isZero();
    }

    @Test
    void tenMegabyteTextIsRefusedAsTooLongOverTheApi() {
        String title = "Ten megabytes by API " + System.nanoTime();
        ApiClient.Answer started = aminaApi.post("/api/v1/communities/" + slug + "/discussions",
                "{\"title\":\"" + title + "\",\"body\":\"" + TEN_MEGABYTES + "\"}");

        assertTooLong(started, "body");
        assertThat(discussionsTitled(title)).isZero();

        long id = start(amina, slug, "A place to comment by API", "Text");
        ApiClient.Answer commented = aminaApi.post("/api/v1/communities/" + slug + "/discussions/" + id + "/comments",
                "{\"body\":\"" + TEN_MEGABYTES + "\"}");
        assertTooLong(commented, "body");
        assertThat(commentsOn(id)).isZero();
    }

    @Test
    void invisibleAndReorderingCharactersAreRemovedFromTitles() {
        long id = start(amina, slug, "Bud\u200Bget\uFEFF for \u202Enalp", "Text");
        assertThat(titleOf(id)).isEqualTo("Budget for nalp").doesNotContain("\u200B", "\uFEFF", "\u202E");

        ApiClient.Answer created = aminaApi.post("/api/v1/communities/" + slug + "/discussions",
                "{\"title\":\"Api\\u200B title\\uFEFF \\u202Ereversed\",\"body\":\"Text\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(titleOf(created.body().get("id").asLong())).isEqualTo("Api title reversed");
    }

    @Test
    void titleOfOnlyInvisibleCharactersIsRefusedAsMissing() {
        long before = discussionsIn(slug);
        MvcResult result = Discussing.startAnswer(amina, slug, "discussions", "\u200B\uFEFF\u202E", "Text");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(result)).containsPattern("id=\"title-error\"[^>]*>\\s*Please fill in this field");
        ApiClient.Answer api = aminaApi.post("/api/v1/communities/" + slug + "/discussions",
                "{\"title\":\"\\u200B\\uFEFF\\u202E\",\"body\":\"Text\"}");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body().get("errors").toString()).contains("\"field\":\"title\"").contains("Please fill in this field");
        assertThat(discussionsIn(slug)).isEqualTo(before);
    }

    private static void assertTooLong(ApiClient.Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode errors = answer.body().get("errors");
        assertThat(errors).as("a list of what is wrong").isNotNull();
        assertThat(errors.toString()).contains("\"field\":\"" + field + "\"").containsPattern("Please use at most \\d");
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as("page has %s", from).isNotNegative();
        int end = page.indexOf(to, start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private long discussionsTitled(String title) {
        return accounts.jdbc().queryForObject("select count(*) from discussion where title = ?", Long.class, title);
    }

    private long discussionsIn(String slug) {
        return accounts.jdbc().queryForObject("select count(*) from discussion d join community c on c.id = d.community_id "
                + "where c.slug = ?", Long.class, slug);
    }

    private long commentsOn(long discussionId) {
        return accounts.jdbc().queryForObject("select count(*) from discussion_comment where discussion_id = ?", Long.class,
                discussionId);
    }

    private String titleOf(long id) {
        return accounts.jdbc().queryForObject("select title from discussion where id = ?", String.class, id);
    }

    /**
     * A browser over real HTTP, for what only the server's connector enforces (the size of a
     * form): signs in through the sign-in form, keeps its cookies (sent even though they are
     * marked Secure, as a browser on localhost would), and posts with the form's CSRF token.
     */
    static final class PlainHttpBrowser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final int port;
        private String csrf;

        PlainHttpBrowser(int port) {
            this.port = port;
        }

        void signIn(Member member) throws Exception {
            get("/signin");
            HttpResponse<String> answer = post("/signin", "email", member.email(), "password", member.password());
            assertThat(answer.headers().firstValue("Location").orElse("")).as("signed in over HTTP").endsWith("/");
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, String... fields) throws Exception {
            StringBuilder form = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i + 1 < fields.length; i += 2) {
                form.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", "en");
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : answer.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            Matcher m = CSRF.matcher(answer.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return answer;
        }
    }
}
