package org.praxis.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.TestAccounts;
import org.praxis.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The generator fills an empty database (a database of its own: H2 in memory, or a fresh
 * schema of the PostgreSQL database when PRAXIS_DB_URL points at one) with a tiny platform, and
 * the running platform then works on it: members sign in with the shared password, pages show
 * what was generated, privacy holds, and new posts get new ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupport.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorIT {

    private static final String SCHEMA = "generator_it";
    private static final Pattern COMMENT = Pattern.compile("<article class=\"comment\"");
    private static final Pattern STREAM_ITEM = Pattern.compile("class=\"activity-item");

    @Autowired PlatformGenerator generator;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private Map<String, String> fixture;
    private TestAccounts.Member member;

    /** The generator needs an empty database, and the other tests share theirs. */
    @DynamicPropertySource
    static void databaseOfItsOwn(DynamicPropertyRegistry registry) throws Exception {
        String shared = System.getenv("PRAXIS_DB_URL");
        if (shared == null || !shared.startsWith("jdbc:postgresql:")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:praxis-generator;DB_CLOSE_DELAY=-1");
            return;
        }
        String user = System.getenv().getOrDefault("PRAXIS_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("PRAXIS_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(shared, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
        String url = shared + (shared.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        registry.add("spring.datasource.url", () -> url);
    }

    @BeforeAll
    void generate() throws Exception {
        PlatformGenerator.Result result = generator.generate(GenerationSize.XS, 42, line -> { });
        fixture = result.fixture();
        String email = fixture.get("MEMBER_EMAILS").split(",")[0];
        member = new TestAccounts.Member(accounts.idOf(email), email, PlatformGenerator.PASSWORD, null);
    }

    @Test
    void fixtureNamesEverythingTheBenchmarksUse() {
        assertThat(fixture).containsKeys("PASSWORD", "MEMBER_EMAILS", "OPEN_SLUG", "DISCUSSION_50", "THREAD_5000",
                "POST_TARGET", "PRIVATE_SLUG", "PRIVATE_DISCUSSION");
        assertThat(fixture.get("MEMBER_EMAILS").split(",")).hasSize(8).doesNotHaveDuplicates();
        assertThat(fixture.values()).allSatisfy(value -> assertThat(value).doesNotContainAnyWhitespaces());
        assertThat(count("select count(*) from discussion_comment where discussion_id = ?", fixture.get("THREAD_5000")))
                .isEqualTo(Long.parseLong(fixture.get("THREAD_5000_COMMENTS")));
        assertThat(count("select count(*) from discussion_comment where discussion_id = ? and root_id is null",
                fixture.get("DISCUSSION_50"))).isEqualTo(40);
    }

    @Test
    void generatedMemberSignsInWithTheSharedPassword() {
        Browser browser = accounts.signedIn(member);
        assertThat(Browser.body(browser.get("/profile"))).contains(member.email());
    }

    @Test
    void communityDirectoryListsGeneratedCommunities() {
        String name = jdbc.queryForObject("select name from community where slug = ?", String.class, fixture.get("OPEN_SLUG"));
        String page = Browser.body(accounts.browser().get("/communities?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        assertThat(page).contains("/c/" + fixture.get("OPEN_SLUG"));
        String all = Browser.body(accounts.browser().get("/communities"));
        assertThat(all.split("href=\"/c/").length - 1).isGreaterThanOrEqualTo(5);
        String hidden = jdbc.queryForObject("select slug from community where hidden = true and parent_id is null "
                + "order by id fetch first 1 rows only", String.class);
        assertThat(all).doesNotContain("/c/" + hidden + "\"");
    }

    @Test
    void visitorReadsTheFiftyCommentsOfTheOpenDiscussion() {
        MvcResult result = accounts.browser().get("/c/" + fixture.get("OPEN_SLUG") + "/discussions/" + fixture.get("DISCUSSION_50"));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(occurrences(COMMENT, Browser.body(result))).isEqualTo(50);
    }

    @Test
    void privateDiscussionIsHiddenFromVisitors() {
        String path = "/c/" + fixture.get("PRIVATE_SLUG") + "/discussions/" + fixture.get("PRIVATE_DISCUSSION");
        String title = jdbc.queryForObject("select title from discussion where id = ?", String.class,
                Long.parseLong(fixture.get("PRIVATE_DISCUSSION")));
        MvcResult visitor = accounts.browser().get(path);
        assertThat(visitor.getResponse().getStatus()).isNotEqualTo(200);
        assertThat(Browser.body(visitor)).doesNotContain(title);
        assertThat(ApiClient.anonymous(port).get("/api/v1/communities/" + fixture.get("PRIVATE_SLUG") + "/discussions/"
                + fixture.get("PRIVATE_DISCUSSION")).status()).isIn(401, 403, 404);
        MvcResult asMember = accounts.signedIn(member).get(path);
        assertThat(asMember.getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(asMember)).contains(title);
    }

    @Test
    void memberPostsAfterGenerationWithFreshIds() {
        long newestComment = count("select max(id) from discussion_comment");
        long newestEntry = count("select max(id) from activity_entry");
        String thread = "/c/" + fixture.get("OPEN_SLUG") + "/discussions/" + fixture.get("POST_TARGET");
        MvcResult posted = accounts.signedIn(member).submit(thread, thread + "/comments", "body", "A new comment after generation.");
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);

        ApiClient api = ApiClient.as(accounts, member, port);
        var answer = api.post("/api/v1/communities/" + fixture.get("OPEN_SLUG") + "/discussions/" + fixture.get("POST_TARGET")
                + "/comments", "{\"body\":\"And one through the API.\"}");
        assertThat(answer.status()).isEqualTo(201);
        var started = api.post("/api/v1/communities/" + fixture.get("OPEN_SLUG") + "/discussions",
                "{\"title\":\"Started after generation\",\"body\":\"Hello\",\"tags\":[]}");
        assertThat(started.status()).isEqualTo(201);

        assertThat(count("select count(*) from discussion_comment where id > ?", newestComment)).isEqualTo(2);
        assertThat(count("select comment_count from discussion where id = ?", fixture.get("POST_TARGET"))).isEqualTo(2);
        assertThat(count("select count(*) from activity_entry where id > ?", newestEntry)).isEqualTo(3);
    }

    @Test
    void homeStreamShowsGeneratedActivity() {
        String home = Browser.body(accounts.signedIn(member).get("/"));
        assertThat(occurrences(STREAM_ITEM, home)).isGreaterThanOrEqualTo(10);
        String community = Browser.body(accounts.browser().get("/c/" + fixture.get("OPEN_SLUG") + "/home"));
        assertThat(occurrences(STREAM_ITEM, community)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void memberDownloadsAGeneratedAttachment() {
        Map<String, Object> a = jdbc.queryForMap("""
                select a.id, a.discussion_id, a.size_bytes, c.slug, c.id as community_id from discussion_attachment a
                join discussion d on d.id = a.discussion_id join community c on c.id = d.community_id
                left join discussion_comment k on k.id = a.comment_id
                where d.removed_at is null and k.removed_at is null
                order by a.id fetch first 1 rows only
                """);
        String email = jdbc.queryForObject("""
                select x.email_key from membership m join account x on x.id = m.account_id
                where m.community_id = ? and x.email_verified_at is not null and x.suspended_at is null
                order by m.id fetch first 1 rows only
                """, String.class, a.get("community_id"));
        TestAccounts.Member reader = new TestAccounts.Member(accounts.idOf(email), email, PlatformGenerator.PASSWORD, null);
        MvcResult download = accounts.signedIn(reader).get("/c/" + a.get("slug") + "/discussions/" + a.get("discussion_id")
                + "/attachments/" + a.get("id"));
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat((long) download.getResponse().getContentAsByteArray().length)
                .isEqualTo(((Number) a.get("size_bytes")).longValue());
    }

    @Test
    void memberFindsAndDownloadsGeneratedFilesAndEveryoneReadsTheLibrary() {
        Map<String, Object> f = jdbc.queryForMap("""
                select f.id, f.title, v.size_bytes, c.slug, c.id as community_id from library_file f
                join library_file_version v on v.file_id = f.id and v.version = f.current_version
                join community c on c.id = f.community_id
                where f.removed_at is null order by f.updated_at desc, f.id desc fetch first 1 rows only
                """);
        String email = jdbc.queryForObject("""
                select x.email_key from membership m join account x on x.id = m.account_id
                where m.community_id = ? and x.email_verified_at is not null and x.suspended_at is null
                order by m.id fetch first 1 rows only
                """, String.class, f.get("community_id"));
        TestAccounts.Member reader = new TestAccounts.Member(accounts.idOf(email), email, PlatformGenerator.PASSWORD, null);
        Browser browser = accounts.signedIn(reader);
        assertThat(Browser.body(browser.get("/c/" + f.get("slug") + "/files"))).contains("/files/" + f.get("id") + "\"");
        MvcResult download = browser.get("/c/" + f.get("slug") + "/files/" + f.get("id") + "/download");
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat((long) download.getResponse().getContentAsByteArray().length)
                .isEqualTo(((Number) f.get("size_bytes")).longValue());
        long used = count("select bytes_used from library_usage where community_id = ?", f.get("community_id"));
        assertThat(used).as("the space used counts the generated versions").isPositive();
        assertThat(Integer.parseInt(fixture.get("LIBRARY_FILES"))).as("about the size's number of files")
                .isBetween(GenerationSize.XS.files() * 8 / 10, GenerationSize.XS.files() * 12 / 10);
        assertThat(accounts.browser().get("/library").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void generatedCalendarsOpenWithTheirEventsAndICalendarFeeds() throws Exception {
        assertThat(Integer.parseInt(fixture.get("EVENTS"))).as("about the size's number of events")
                .isBetween(GenerationSize.XS.events() * 7 / 10, GenerationSize.XS.events() * 13 / 10);
        Map<String, Object> e = jdbc.queryForMap("""
                select e.id, e.title, c.slug from calendar_event e join community c on c.id = e.community_id
                where e.status = 'PUBLISHED' and e.members_only = false and c.slug = ?
                order by e.id fetch first 1 rows only
                """, fixture.get("OPEN_SLUG"));
        Browser visitor = accounts.browser();
        assertThat(visitor.get("/c/" + e.get("slug") + "/calendar").getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(visitor.get("/c/" + e.get("slug") + "/calendar/" + e.get("id")))).contains(
                org.springframework.web.util.HtmlUtils.htmlEscape((String) e.get("title")));
        MvcResult feed = visitor.get("/c/" + e.get("slug") + "/calendar.ics");
        assertThat(feed.getResponse().getStatus()).isEqualTo(200);
        assertThat(feed.getResponse().getContentAsString()).startsWith("BEGIN:VCALENDAR");
        assertThat(visitor.get("/events").getResponse().getStatus()).isEqualTo(200);
        assertThat(count("select count(*) from calendar_registration where status = 'WAITING'")
                + count("select count(*) from calendar_registration where status = 'REGISTERED'")).isPositive();
    }

    @Test
    void generatorRefusesADatabaseThatHasAccounts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.generate(GenerationSize.XS, 1, line -> { }))
                .isInstanceOf(PlatformGenerator.NotEmptyException.class);
    }

    private long count(String sql, Object... args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof String s ? Long.parseLong(s) : args[i];
        }
        Long value = jdbc.queryForObject(sql, Long.class, values);
        return value == null ? 0 : value;
    }

    private static int occurrences(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
