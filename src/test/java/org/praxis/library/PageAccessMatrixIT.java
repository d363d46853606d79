package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.community.AccessMatrix;
import org.praxis.community.Refusal;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Who reads and writes a community's pages, over the web and the API, for every privacy,
 * status and actor. The table mirrors ACCESS-RULES.md and is written by hand, apart from the
 * code. Each community holds a public page with two versions, a members-only page and a page
 * under it (hidden with its parent), all written by the admin before any archiving.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessMatrixIT {

    /**
     * see: the community's landing page opens (a refusal is then 403, or sign-in for visitors;
     * otherwise 404). read: the Pages tab (tree and counter), a page, its history, a comparison,
     * and the same over the API. mo: the members-only page and the page under it (in the tree,
     * the counter and by direct URL, else 404). write: create, edit, move, restore and delete, on
     * the web and over the API: Y done, N refused, A refused because the community is archived
     * (409 with that message). GROUP_* are working groups in a PUBLIC parent: "outsider" has no
     * tie to the parent, "parentMember" and "parentAdmin" belong to the parent only; ARCHIVED
     * there is the parent. Staff write pages as moderators do: ACCESS-RULES.md has staff manage
     * everything, and pages are the community's reference texts, not anyone's own posts.
     */
    private static final String TABLE = """
            # privacy            status    actor         see read mo write
            OPEN                 ACTIVE    visitor       Y   Y    N  N
            OPEN                 ACTIVE    user          Y   Y    N  N
            OPEN                 ACTIVE    invitee       Y   Y    N  N
            OPEN                 ACTIVE    member        Y   Y    Y  N
            OPEN                 ACTIVE    moderator     Y   Y    Y  Y
            OPEN                 ACTIVE    admin         Y   Y    Y  Y
            OPEN                 ACTIVE    banned        Y   Y    N  N
            OPEN                 ACTIVE    staff         Y   Y    Y  Y
            PUBLIC               ACTIVE    visitor       Y   N    N  N
            PUBLIC               ACTIVE    user          Y   N    N  N
            PUBLIC               ACTIVE    invitee       Y   N    N  N
            PUBLIC               ACTIVE    member        Y   Y    Y  N
            PUBLIC               ACTIVE    moderator     Y   Y    Y  Y
            PUBLIC               ACTIVE    admin         Y   Y    Y  Y
            PUBLIC               ACTIVE    banned        Y   N    N  N
            PUBLIC               ACTIVE    staff         Y   Y    Y  Y
            SEMI_PRIVATE         ACTIVE    visitor       Y   N    N  N
            SEMI_PRIVATE         ACTIVE    user          Y   N    N  N
            SEMI_PRIVATE         ACTIVE    requester     Y   N    N  N
            SEMI_PRIVATE         ACTIVE    invitee       Y   N    N  N
            SEMI_PRIVATE         ACTIVE    member        Y   Y    Y  N
            SEMI_PRIVATE         ACTIVE    moderator     Y   Y    Y  Y
            SEMI_PRIVATE         ACTIVE    admin         Y   Y    Y  Y
            SEMI_PRIVATE         ACTIVE    banned        Y   N    N  N
            SEMI_PRIVATE         ACTIVE    staff         Y   Y    Y  Y
            PRIVATE              ACTIVE    visitor       Y   N    N  N
            PRIVATE              ACTIVE    user          Y   N    N  N
            PRIVATE              ACTIVE    invitee       Y   N    N  N
            PRIVATE              ACTIVE    member        Y   Y    Y  N
            PRIVATE              ACTIVE    moderator     Y   Y    Y  Y
            PRIVATE              ACTIVE    admin         Y   Y    Y  Y
            PRIVATE              ACTIVE    banned        Y   N    N  N
            PRIVATE              ACTIVE    staff         Y   Y    Y  Y
            PRIVATE_HIDDEN       ACTIVE    visitor       N   N    N  N
            PRIVATE_HIDDEN       ACTIVE    user          N   N    N  N
            PRIVATE_HIDDEN       ACTIVE    invitee       Y   N    N  N
            PRIVATE_HIDDEN       ACTIVE    member        Y   Y    Y  N
            PRIVATE_HIDDEN       ACTIVE    moderator     Y   Y    Y  Y
            PRIVATE_HIDDEN       ACTIVE    admin         Y   Y    Y  Y
            PRIVATE_HIDDEN       ACTIVE    banned        N   N    N  N
            PRIVATE_HIDDEN       ACTIVE    staff         Y   Y    Y  Y
            OPEN                 ARCHIVED  visitor       Y   Y    N  A
            OPEN                 ARCHIVED  user          Y   Y    N  A
            OPEN                 ARCHIVED  member        Y   Y    Y  A
            OPEN                 ARCHIVED  moderator     Y   Y    Y  A
            OPEN                 ARCHIVED  admin         Y   Y    Y  A
            OPEN                 ARCHIVED  banned        Y   Y    N  A
            OPEN                 ARCHIVED  staff         Y   Y    Y  A
            PRIVATE              ARCHIVED  user          Y   N    N  N
            PRIVATE              ARCHIVED  member        Y   Y    Y  A
            PRIVATE              ARCHIVED  moderator     Y   Y    Y  A
            PRIVATE              ARCHIVED  staff         Y   Y    Y  A
            GROUP_PUBLIC         ACTIVE    visitor       N   N    N  N
            GROUP_PUBLIC         ACTIVE    outsider      N   N    N  N
            GROUP_PUBLIC         ACTIVE    parentMember  Y   N    N  N
            GROUP_PUBLIC         ACTIVE    parentAdmin   Y   N    N  N
            GROUP_PUBLIC         ACTIVE    invitee       Y   N    N  N
            GROUP_PUBLIC         ACTIVE    member        Y   Y    Y  N
            GROUP_PUBLIC         ACTIVE    moderator     Y   Y    Y  Y
            GROUP_PUBLIC         ACTIVE    admin         Y   Y    Y  Y
            GROUP_PUBLIC         ACTIVE    banned        Y   N    N  N
            GROUP_PUBLIC         ACTIVE    staff         Y   Y    Y  Y
            GROUP_PRIVATE_HIDDEN ACTIVE    visitor       N   N    N  N
            GROUP_PRIVATE_HIDDEN ACTIVE    outsider      N   N    N  N
            GROUP_PRIVATE_HIDDEN ACTIVE    parentMember  N   N    N  N
            GROUP_PRIVATE_HIDDEN ACTIVE    parentAdmin   Y   N    N  N
            GROUP_PRIVATE_HIDDEN ACTIVE    invitee       Y   N    N  N
            GROUP_PRIVATE_HIDDEN ACTIVE    member        Y   Y    Y  N
            GROUP_PRIVATE_HIDDEN ACTIVE    moderator     Y   Y    Y  Y
            GROUP_PRIVATE_HIDDEN ACTIVE    admin         Y   Y    Y  Y
            GROUP_PRIVATE_HIDDEN ACTIVE    banned        N   N    N  N
            GROUP_PRIVATE_HIDDEN ACTIVE    staff         Y   Y    Y  Y
            GROUP_PUBLIC         ARCHIVED  parentMember  Y   N    N  N
            GROUP_PUBLIC         ARCHIVED  member        Y   Y    Y  A
            GROUP_PUBLIC         ARCHIVED  moderator     Y   Y    Y  A
            """;

    private static final String ARCHIVED_PAGE = "This community is archived";
    private static final String ARCHIVED_PROBLEM = "/problems/community-archived";

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @LocalServerPort int port;

    /** One community per privacy and status with one person per role, and its pages. */
    private record Fixture(String slug, long communityId, Map<String, Browser> browsers, Map<String, ApiClient> apis,
                           long guide, String guideTitle, long firstVersion, long inner, String innerTitle,
                           long innerChild, String innerChildTitle) {
    }

    private final Map<String, Fixture> fixtures = new HashMap<>();
    private Long elsewhere;

    static Stream<Arguments> rows() {
        return AccessMatrix.lines(TABLE).stream().map(c -> Arguments.of(c[0], c[1], c[2], c[3].equals("Y"),
                c[4].equals("Y"), c[5].equals("Y"), c[6]));
    }

    @ParameterizedTest(name = "{2} in {0} {1}: reads and writes pages as the rules say")
    @MethodSource("rows")
    void actorReadsAndWritesPagesAsTheRulesSay(String privacy, String status, String actor, boolean see, boolean read,
                                               boolean membersOnly, String write) {
        Fixture f = fixtures.computeIfAbsent(privacy + "/" + status, k -> build(privacy, status));
        Outcome outcome = new Outcome(actor.equals("visitor"), see);
        Browser web = f.browsers().get(actor);
        ApiClient api = outcome.visitor() ? ApiClient.anonymous(port) : f.apis().get(actor);
        String base = "/c/" + f.slug() + "/pages";
        String apiBase = "/api/v1/communities/" + f.slug() + "/pages";
        long other = elsewhere();

        // Reading on the web: the tree, a page, the members-only pages, history, comparison, another community's id.
        MvcResult tree = web.get(base);
        if (outcome.read(tree, read, "Pages tab")) {
            assertThat(Browser.body(tree)).as("Pages tab").contains(f.guideTitle())
                    .matches(b -> b.contains(f.innerTitle()) == membersOnly, "lists the members-only page: " + membersOnly)
                    .matches(b -> b.contains(f.innerChildTitle()) == membersOnly, "lists the page under it: " + membersOnly);
        }
        MvcResult page = web.get(base + "/" + f.guide());
        if (outcome.read(page, read, "a page")) {
            assertThat(Browser.body(page)).contains(f.guideTitle()).contains("Version two");
        }
        for (long hidden : new long[] {f.inner(), f.innerChild()}) {
            MvcResult result = web.get(base + "/" + hidden);
            if (read) {
                assertThat(result.getResponse().getStatus()).as("members-only page " + hidden).isEqualTo(membersOnly ? 200 : 404);
                assertThat(web.get(base + "/" + hidden + "/history").getResponse().getStatus())
                        .as("history of a members-only page").isEqualTo(membersOnly ? 200 : 404);
            } else {
                outcome.assertRefused(result, "members-only page");
            }
        }
        MvcResult history = web.get(base + "/" + f.guide() + "/history");
        if (outcome.read(history, read, "history")) {
            assertThat(Browser.body(history)).contains(base + "/" + f.guide() + "/history/" + f.firstVersion());
        }
        MvcResult diff = web.get(base + "/" + f.guide() + "/history/" + f.firstVersion());
        if (outcome.read(diff, read, "comparison")) {
            assertThat(Browser.body(diff)).containsPattern("<del[^>]*>.*Version one").containsPattern("<ins[^>]*>.*Version two")
                    .matches(b -> b.contains("/restore") == write.equals("Y"), "offers restoring: " + write);
        }
        if (read) {
            assertThat(web.get(base + "/" + other).getResponse().getStatus()).as("another community's page").isEqualTo(404);
            assertThat(web.get(base + "/" + other + "/history").getResponse().getStatus()).isEqualTo(404);
        }
        Long count = tabCount(Browser.body(web.get("/c/" + f.slug())));
        if (see) {
            assertThat(count).as("Pages tab counter").isEqualTo(read ? Long.valueOf(expectedCount(f, membersOnly)) : null);
        }

        // Reading over the API.
        ApiClient.Answer apiTree = api.get(apiBase);
        if (outcome.read(apiTree, read, "API tree")) {
            assertThat(apiTree.body().toString()).contains(f.guideTitle())
                    .matches(b -> b.contains(f.innerTitle()) == membersOnly, "API tree lists the members-only page")
                    .matches(b -> b.contains(f.innerChildTitle()) == membersOnly, "API tree lists the page under it");
            assertThat(apiTree.body().get("canWrite").asBoolean()).isEqualTo(write.equals("Y"));
        }
        ApiClient.Answer apiPage = api.get(apiBase + "/" + f.guide());
        if (outcome.read(apiPage, read, "API page")) {
            assertThat(apiPage.body().get("title").asString()).isEqualTo(f.guideTitle());
            assertThat(apiPage.body().has("body")).as("Markdown source only for editors").isEqualTo(write.equals("Y"));
            assertThat(api.get(apiBase + "/" + f.inner()).status()).as("API members-only page").isEqualTo(membersOnly ? 200 : 404);
            assertThat(api.get(apiBase + "/" + f.innerChild()).status()).isEqualTo(membersOnly ? 200 : 404);
            assertThat(api.get(apiBase + "/" + other).status()).as("API another community's page").isEqualTo(404);
        }
        ApiClient.Answer apiRevisions = api.get(apiBase + "/" + f.guide() + "/revisions");
        if (outcome.read(apiRevisions, read, "API revisions")) {
            assertThat(apiRevisions.body().size()).isGreaterThanOrEqualTo(2);
        }
        ApiClient.Answer apiDiff = api.get(apiBase + "/" + f.guide() + "/revisions/" + f.firstVersion() + "/diff");
        if (outcome.read(apiDiff, read, "API comparison")) {
            assertThat(apiDiff.body().get("changed").asBoolean()).isTrue();
        }

        // Writing, on the web and over the API; nothing is stored when refused.
        web.get(outcome.visitor() ? "/signin" : "/");
        String mark = actor + " " + System.nanoTime();

        String title = "Page by " + mark;
        MvcResult created = web.post(base + "/new", "title", title, "body", "Hello");
        outcome.web(write, created, () -> pagesTitled(title) == 1, "create a page");
        if (write.equals("Y")) {
            long id = idOf(created.getResponse().getRedirectedUrl());
            web.get(base + "/" + id + "/delete");
            assertThat(web.post(base + "/" + id + "/delete").getResponse().getStatus()).as("delete").isEqualTo(302);
            assertThat(pagesTitled(title)).as("deleted").isZero();
        }
        String apiTitle = "API page by " + mark;
        ApiClient.Answer apiCreated = api.post(apiBase, "{\"title\":\"" + apiTitle + "\",\"body\":\"Hello\"}");
        outcome.api(write, apiCreated, 201, () -> pagesTitled(apiTitle) == 1, "API create a page");
        if (write.equals("Y")) {
            long id = apiCreated.body().get("id").asLong();
            assertThat(api.call("PUT", apiBase + "/" + id + "/position", "{\"parentId\":" + f.guide() + "}").status())
                    .as("API move").isEqualTo(204);
            assertThat(parentOf(id)).isEqualTo(f.guide());
            assertThat(api.call("DELETE", apiBase + "/" + id, null).status()).as("API delete").isEqualTo(204);
            assertThat(pagesTitled(apiTitle)).isZero();
        }

        String edited = "Edited by " + mark;
        web.get(see && read ? base + "/" + f.guide() : (outcome.visitor() ? "/signin" : "/"));
        outcome.web(write, web.post(base + "/" + f.guide() + "/edit", "title", f.guideTitle(), "body", edited),
                () -> edited.equals(bodyOf(f.guide())), "edit a page");
        String apiEdited = "API edited by " + mark;
        outcome.api(write, api.call("PUT", apiBase + "/" + f.guide(), "{\"title\":\"" + f.guideTitle() + "\",\"body\":\""
                + apiEdited + "\"}"), 204, () -> apiEdited.equals(bodyOf(f.guide())), "API edit a page");
        long versions = versionsOf(f.guide());
        outcome.api(write, api.post(apiBase + "/" + f.guide() + "/revisions/" + f.firstVersion() + "/restore", null), 204,
                () -> versionsOf(f.guide()) == versions + 1, "API restore");
        if (write.equals("Y")) {
            assertThat(bodyOf(f.guide())).isEqualTo("Version one");
            // Back to the text the other rows read.
            api.call("PUT", apiBase + "/" + f.guide(), "{\"title\":\"" + f.guideTitle() + "\",\"body\":\"Version two\"}");
        } else {
            web.get(outcome.visitor() ? "/signin" : "/");
            MvcResult restore = web.post(base + "/" + f.guide() + "/history/" + f.firstVersion() + "/restore");
            outcome.web(write, restore, () -> versionsOf(f.guide()) != versions, "restore");
            outcome.api(write, api.call("PUT", apiBase + "/" + f.guide() + "/position", "{\"parentId\":" + f.inner() + "}"),
                    204, () -> parentOf(f.guide()) != null, "API move");
            web.get(outcome.visitor() ? "/signin" : "/");
            outcome.web(write, web.post(base + "/" + f.guide() + "/delete"), () -> pagesTitled(f.guideTitle()) == 0, "delete");
            outcome.api(write, api.call("DELETE", apiBase + "/" + f.guide(), null), 204,
                    () -> pagesTitled(f.guideTitle()) == 0, "API delete");
        }
        MvcResult astray = web.post(base + "/" + other + "/delete");
        if (astray.getResponse().getStatus() == 302) {
            assertThat(astray.getResponse().getRedirectedUrl()).as("delete another community's page: only a visitor's sign-in")
                    .isEqualTo("/signin");
        } else {
            assertThat(astray.getResponse().getStatus()).as("delete another community's page").isIn(403, 404, 409);
        }
        assertThat(pagesTitled("Elsewhere page")).isEqualTo(1);
    }

    /** A refusal as {@link Refusal} says, and what each write of this matrix looks like when done. */
    private static final class Outcome extends Refusal {

        Outcome(boolean visitor, boolean see) {
            super(visitor, see);
        }

        void web(String expected, MvcResult result, BooleanSupplier stored, String what) {
            switch (expected) {
                case "Y" -> assertThat(result.getResponse().getStatus()).as(what).isEqualTo(302);
                case "A" -> {
                    assertThat(result.getResponse().getStatus()).as(what + " when archived").isEqualTo(409);
                    assertThat(Browser.body(result)).as(what + " when archived").contains(ARCHIVED_PAGE);
                }
                default -> assertRefused(result, what);
            }
            assertThat(stored.getAsBoolean()).as(what + " stored").isEqualTo(expected.equals("Y"));
        }

        void api(String expected, ApiClient.Answer answer, int done, BooleanSupplier stored, String what) {
            if (visitor()) {
                assertThat(answer.status()).as(what + " without a token").isEqualTo(401);
                assertThat(stored.getAsBoolean()).as(what + " stored").isFalse();
                return;
            }
            switch (expected) {
                case "Y" -> assertThat(answer.status()).as(what).isEqualTo(done);
                case "A" -> {
                    assertThat(answer.status()).as(what + " when archived").isEqualTo(409);
                    assertThat(answer.body().get("type").asString()).as(what + " problem type").endsWith(ARCHIVED_PROBLEM);
                }
                default -> assertRefused(answer, what);
            }
            assertThat(stored.getAsBoolean()).as(what + " stored").isEqualTo(expected.equals("Y"));
        }
    }

    /** The number on the Pages tab of the landing page, or null when there is no such tab or number. */
    private static Long tabCount(String page) {
        Matcher m = Pattern.compile(">Pages</span>\\s*<span[^>]*tab-count[^>]*>(\\d+)</span>").matcher(page);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The pages a reader finds: every one for those who see members-only pages, else those neither flagged nor under a flagged one. */
    private long expectedCount(Fixture f, boolean membersOnly) {
        long all = accounts.jdbc().queryForObject("select count(*) from library_page where community_id = ?", Long.class,
                f.communityId());
        long open = accounts.jdbc().queryForObject("select count(*) from library_page p left join library_page q "
                + "on p.parent_id = q.id where p.community_id = ? and p.members_only = false "
                + "and (q.id is null or q.members_only = false)", Long.class, f.communityId());
        assertThat(open).as("the fixture hides two pages from non-members").isEqualTo(all - 2);
        return membersOnly ? all : open;
    }

    private long pagesTitled(String title) {
        return accounts.jdbc().queryForObject("select count(*) from library_page where title = ?", Long.class, title);
    }

    private String bodyOf(long id) {
        return accounts.jdbc().queryForObject("select body from library_page where id = ?", String.class, id);
    }

    private Long parentOf(long id) {
        return accounts.jdbc().queryForObject("select parent_id from library_page where id = ?", Long.class, id);
    }

    private long versionsOf(long id) {
        return accounts.jdbc().queryForObject("select count(*) from library_page_revision where page_id = ?", Long.class, id);
    }

    private static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A page in a community of its own, whose id is tried under the others' addresses. */
    private long elsewhere() {
        if (elsewhere == null) {
            Browser founder = accounts.signedIn(accounts.member("Elsewhere"));
            String slug = CommunityFixtures.create(founder, "Elsewhere " + System.nanoTime(), "OPEN");
            elsewhere = create(founder, slug, "Elsewhere page", "Not under another address.", null, false);
        }
        return elsewhere;
    }

    private static long create(Browser editor, String slug, String title, String body, Long parent, boolean membersOnly) {
        editor.get("/c/" + slug + "/pages/new");
        MvcResult result = editor.post("/c/" + slug + "/pages/new", "title", title, "body", body,
                "parentId", parent == null ? "" : parent.toString(), "membersOnly", String.valueOf(membersOnly));
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("page %s created", title).startsWith("/c/" + slug + "/pages/");
        return idOf(location);
    }

    private Fixture build(String privacy, String status) {
        boolean group = privacy.startsWith("GROUP_");
        AccessMatrix.Cast cast = group ? AccessMatrix.workingGroup(accounts, mailbox, privacy.substring(6))
                : AccessMatrix.community(accounts, mailbox, privacy, false);
        String slug = cast.slug();
        Browser admin = cast.adminWeb();
        String guideTitle = "Guide " + System.nanoTime();
        long guide = create(admin, slug, guideTitle, "Version one", null, false);
        admin.get("/c/" + slug + "/pages/" + guide + "/edit");
        admin.post("/c/" + slug + "/pages/" + guide + "/edit", "title", guideTitle, "body", "Version two");
        long firstVersion = accounts.jdbc().queryForObject("select min(id) from library_page_revision where page_id = ?",
                Long.class, guide);
        String innerTitle = "Inner " + System.nanoTime();
        long inner = create(admin, slug, innerTitle, "Only for members", null, true);
        String innerChildTitle = "Inner child " + System.nanoTime();
        long innerChild = create(admin, slug, innerChildTitle, "Under a members-only page", inner, false);
        if (status.equals("ARCHIVED")) {
            cast.archive();
        }
        long communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        return new Fixture(slug, communityId, cast.browsers(accounts), cast.apis(accounts, port), guide, guideTitle,
                firstVersion, inner, innerTitle, innerChild, innerChildTitle);
    }
}
