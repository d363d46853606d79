package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.praxis.TestAccounts.Member;
import org.praxis.community.AccessMatrix;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Who reads and changes a community's files, over the pages and the API, for every privacy,
 * status and actor. Files are members-only in every privacy, OPEN included: the table mirrors
 * ACCESS-RULES.md by hand. Each community holds a PDF and a picture shared by a member who is
 * none of the actors, and a file of another community is tried under its address.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileAccessMatrixIT {

    /**
     * see: the community exists for the actor (otherwise every path is 404). read: the Files tab
     * lists the files and their counter shows, and the file's page, its download, an older
     * version, its preview and thumbnail, and the API list, file and content answer. Writes:
     * upload (web and API), create a folder, remove the writer's file (with a reason). Y done,
     * N refused, A refused because the community is archived (to those who read its files; the
     * others learn nothing more than N tells).
     */
    private static final String TABLE = """
            # privacy            status    actor         see read upload folder remove
            OPEN                 ACTIVE    visitor       Y   N    N      N      N
            OPEN                 ACTIVE    user          Y   N    N      N      N
            OPEN                 ACTIVE    invitee       Y   N    N      N      N
            OPEN                 ACTIVE    member        Y   Y    Y      N      N
            OPEN                 ACTIVE    moderator     Y   Y    Y      Y      Y
            OPEN                 ACTIVE    admin         Y   Y    Y      Y      Y
            OPEN                 ACTIVE    banned        Y   N    N      N      N
            OPEN                 ACTIVE    staff         Y   Y    N      Y      Y
            PUBLIC               ACTIVE    visitor       Y   N    N      N      N
            PUBLIC               ACTIVE    user          Y   N    N      N      N
            PUBLIC               ACTIVE    member        Y   Y    Y      N      N
            PUBLIC               ACTIVE    moderator     Y   Y    Y      Y      Y
            PUBLIC               ACTIVE    banned        Y   N    N      N      N
            PUBLIC               ACTIVE    staff         Y   Y    N      Y      Y
            SEMI_PRIVATE         ACTIVE    visitor       Y   N    N      N      N
            SEMI_PRIVATE         ACTIVE    user          Y   N    N      N      N
            SEMI_PRIVATE         ACTIVE    requester     Y   N    N      N      N
            SEMI_PRIVATE         ACTIVE    member        Y   Y    Y      N      N
            SEMI_PRIVATE         ACTIVE    admin         Y   Y    Y      Y      Y
            PRIVATE              ACTIVE    visitor       Y   N    N      N      N
            PRIVATE              ACTIVE    user          Y   N    N      N      N
            PRIVATE              ACTIVE    invitee       Y   N    N      N      N
            PRIVATE              ACTIVE    member        Y   Y    Y      N      N
            PRIVATE              ACTIVE    moderator     Y   Y    Y      Y      Y
            PRIVATE              ACTIVE    banned        Y   N    N      N      N
            PRIVATE              ACTIVE    staff         Y   Y    N      Y      Y
            PRIVATE_HIDDEN       ACTIVE    visitor       N   N    N      N      N
            PRIVATE_HIDDEN       ACTIVE    user          N   N    N      N      N
            PRIVATE_HIDDEN       ACTIVE    invitee       Y   N    N      N      N
            PRIVATE_HIDDEN       ACTIVE    member        Y   Y    Y      N      N
            PRIVATE_HIDDEN       ACTIVE    admin         Y   Y    Y      Y      Y
            PRIVATE_HIDDEN       ACTIVE    banned        N   N    N      N      N
            PRIVATE_HIDDEN       ACTIVE    staff         Y   Y    N      Y      Y
            OPEN                 ARCHIVED  visitor       Y   N    N      N      N
            OPEN                 ARCHIVED  user          Y   N    N      N      N
            OPEN                 ARCHIVED  member        Y   Y    A      A      N
            OPEN                 ARCHIVED  moderator     Y   Y    A      A      Y
            OPEN                 ARCHIVED  staff         Y   Y    A      A      Y
            PRIVATE              ARCHIVED  member        Y   Y    A      A      N
            GROUP_PUBLIC         ACTIVE    visitor       N   N    N      N      N
            GROUP_PUBLIC         ACTIVE    outsider      N   N    N      N      N
            GROUP_PUBLIC         ACTIVE    parentMember  Y   N    N      N      N
            GROUP_PUBLIC         ACTIVE    parentAdmin   Y   N    N      N      N
            GROUP_PUBLIC         ACTIVE    member        Y   Y    Y      N      N
            GROUP_PUBLIC         ACTIVE    moderator     Y   Y    Y      Y      Y
            GROUP_PUBLIC         ACTIVE    staff         Y   Y    N      Y      Y
            GROUP_PRIVATE_HIDDEN ACTIVE    parentMember  N   N    N      N      N
            GROUP_PRIVATE_HIDDEN ACTIVE    parentAdmin   Y   N    N      N      N
            GROUP_PRIVATE_HIDDEN ACTIVE    member        Y   Y    Y      N      N
            GROUP_PRIVATE_HIDDEN ACTIVE    banned        N   N    N      N      N
            GROUP_PUBLIC         ARCHIVED  member        Y   Y    A      A      N
            """;

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @LocalServerPort int port;

    private record Fixture(String slug, Map<String, Browser> browsers, Map<String, ApiClient> apis, long report,
                           String reportTitle, long picture, java.util.Deque<Long> victims) {
    }

    private final Map<String, Fixture> fixtures = new HashMap<>();
    private Long elsewhere;

    static Stream<Arguments> rows() {
        return AccessMatrix.lines(TABLE).stream().map(c -> Arguments.of(c[0], c[1], c[2], c[3].equals("Y"),
                c[4].equals("Y"), c[5], c[6], c[7]));
    }

    @ParameterizedTest(name = "{2} in {0} {1}: files as the rules say")
    @MethodSource("rows")
    void actorReadsAndChangesFilesAsTheRulesSay(String privacy, String status, String actor, boolean see, boolean read,
                                                String upload, String folder, String remove) throws Exception {
        Fixture f = fixtures.computeIfAbsent(privacy + "/" + status, k -> build(privacy, status));
        boolean visitor = actor.equals("visitor");
        Browser web = f.browsers().get(actor);
        ApiClient api = visitor ? ApiClient.anonymous(port) : f.apis().get(actor);
        String base = "/c/" + f.slug() + "/files";
        String apiBase = "/api/v1/communities/" + f.slug() + "/files";

        MvcResult list = web.get(base);
        if (!see) {
            assertThat(list.getResponse().getStatus()).as("Files tab of a hidden community").isEqualTo(404);
        } else {
            assertThat(list.getResponse().getStatus()).as("Files tab").isEqualTo(200);
            assertThat(Browser.body(list).contains(f.reportTitle())).as("Files tab lists the files").isEqualTo(read);
            assertThat(list.getResponse().getHeader("Cache-Control")).as("never cached").contains("no-store");
            String landing = Browser.body(web.get("/c/" + f.slug()));
            assertThat(landing.matches("(?s).*>Files</span>\\s*<span[^>]*tab-count[^>]*>\\d+</span>.*"))
                    .as("Files counter shown").isEqualTo(read);
        }
        for (String path : List.of("/" + f.report(), "/" + f.report() + "/download", "/" + f.report() + "/versions/1/download",
                "/" + f.report() + "/preview", "/" + f.picture() + "/thumbnail", "/" + f.picture() + "/preview")) {
            MvcResult result = web.get(base + path);
            if (read) {
                assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
                assertThat(result.getResponse().getHeader("Cache-Control")).as(path + " never cached").contains("no-store");
            } else if (visitor && see) {
                assertThat(result.getResponse().getRedirectedUrl()).as(path + ": visitors are asked to sign in").isEqualTo("/signin");
            } else {
                assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            }
        }
        if (read) {
            assertThat(web.get(base + "/" + elsewhere()).getResponse().getStatus()).as("another community's file").isEqualTo(404);
            assertThat(web.get(base + "/" + elsewhere() + "/download").getResponse().getStatus())
                    .as("another community's file download").isEqualTo(404);
        }
        for (String path : List.of("", "/" + f.report(), "/" + f.report() + "/content")) {
            ApiClient.Answer answer = api.get(apiBase + path);
            assertThat(answer.status()).as("API " + path).isEqualTo(visitor ? 401 : read ? 200 : 404);
        }
        if (read) {
            assertThat(api.get(apiBase + "/" + elsewhere()).status()).as("API: another community's file").isEqualTo(404);
        }

        String mark = actor + System.nanoTime();
        long before = files(f.slug());
        web.get(visitor ? "/signin" : "/");
        MvcResult uploaded = web.postFiles(base + "/upload", List.of(Filing.file(mark + ".pdf", Filing.pdf())));
        assertWrite(upload, uploaded, visitor, see, "upload");
        assertThat(files(f.slug())).as("upload stored").isEqualTo(before + (upload.equals("Y") ? 1 : 0));
        ApiClient.Answer apiUploaded = api.upload(apiBase, "files", "api-" + mark + ".txt", "text/plain",
                "notes".getBytes(StandardCharsets.UTF_8));
        assertThat(apiUploaded.status()).as("API upload").isEqualTo(visitor ? 401 : switch (upload) {
            case "Y" -> 201;
            case "A" -> 409;
            default -> read || (see && !actor.equals("staff")) ? (read ? 403 : 404) : 404;
        });
        assertThat(files(f.slug())).as("API upload stored").isEqualTo(before + (upload.equals("Y") ? 2 : 0));

        web.get(visitor ? "/signin" : "/");
        MvcResult folderMade = web.post(base + "/folders", "name", "Folder " + mark);
        assertWrite(folder, folderMade, visitor, see, "create a folder");
        assertThat(accounts.jdbc().queryForObject("select count(*) from library_folder where name = ?", Long.class,
                "Folder " + mark)).as("folder stored").isEqualTo(folder.equals("Y") ? 1 : 0);

        if (remove.equals("Y")) {
            long victim = f.victims().pop();
            web.get(base + "/" + victim);
            assertThat(web.post(base + "/" + victim + "/remove", "reason", "Matrix").getResponse().getStatus())
                    .as("remove someone else's file").isEqualTo(302);
            assertThat(web.get(base + "/" + victim).getResponse().getStatus()).isEqualTo(404);
        } else {
            web.get(visitor ? "/signin" : "/");
            MvcResult refused = web.post(base + "/" + f.report() + "/remove", "reason", "Matrix");
            assertThat(refused.getResponse().getStatus()).as("remove someone else's file").isIn(302, 403, 404, 409);
            assertThat(accounts.jdbc().queryForObject("select count(*) from library_file where id = ? and removed_at is null",
                    Long.class, f.report())).as("the file is still there").isEqualTo(1);
            assertThat(api.call("DELETE", apiBase + "/" + f.report() + "?reason=Matrix", null).status())
                    .as("API remove someone else's file").isIn(401, 403, 404, 409);
        }
    }

    /** A write done (a redirect), refused because archived (409), or refused (sign-in, 403 or 404). */
    private static void assertWrite(String expected, MvcResult result, boolean visitor, boolean see, String what) {
        int status = result.getResponse().getStatus();
        switch (expected) {
            case "Y" -> assertThat(status).as(what).isEqualTo(302);
            case "A" -> assertThat(status).as(what + " when archived").isEqualTo(409);
            default -> {
                if (visitor && see) {
                    assertThat(result.getResponse().getRedirectedUrl()).as(what + ": visitors sign in first").isEqualTo("/signin");
                } else {
                    assertThat(status).as(what).isIn(403, 404);
                    if (!see) {
                        assertThat(status).as(what + " in a hidden community").isEqualTo(404);
                    }
                }
            }
        }
    }

    private long files(String slug) {
        return accounts.jdbc().queryForObject("select count(*) from library_file f join community c on c.id = f.community_id "
                + "where c.slug = ?", Long.class, slug);
    }

    private long elsewhere() {
        if (elsewhere == null) {
            Browser founder = accounts.signedIn(accounts.member("Elsewhere"));
            String slug = CommunityFixtures.create(founder, "Elsewhere " + System.nanoTime(), "OPEN");
            elsewhere = Filing.uploadOne(founder, slug, "theirs.pdf", Filing.pdf());
        }
        return elsewhere;
    }

    private Fixture build(String privacy, String status) {
        boolean group = privacy.startsWith("GROUP_");
        AccessMatrix.Cast cast = group ? AccessMatrix.workingGroup(accounts, mailbox, privacy.substring(6))
                : AccessMatrix.community(accounts, mailbox, privacy, false);
        Member writer = accounts.member("Writer");
        if (group) {
            CommunityFixtures.join(accounts.signedIn(writer), cast.parent());
        }
        AccessMatrix.inviteAndAccept(accounts, mailbox, cast.adminWeb(), cast.slug(), writer);
        Browser writerWeb = accounts.signedIn(writer);
        String title = "Report " + System.nanoTime();
        long report = Filing.uploadOne(writerWeb, cast.slug(), "report.pdf", Filing.pdf(), "title", title);
        long picture = Filing.uploadOne(writerWeb, cast.slug(), "photo.png", Filing.png(400, 300));
        // Files for the actors who may remove someone else's, uploaded before any archiving.
        java.util.Deque<Long> victims = new java.util.ArrayDeque<>();
        for (int i = 0; i < 4; i++) {
            victims.push(Filing.uploadOne(writerWeb, cast.slug(), "victim" + i + ".pdf", Filing.pdf()));
        }
        if (status.equals("ARCHIVED")) {
            cast.archive();
        }
        return new Fixture(cast.slug(), cast.browsers(accounts), cast.apis(accounts, port), report, title, picture, victims);
    }
}
