package org.praxis.library;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.community.AccessMatrix;
import org.praxis.policy.Actor;
import org.praxis.policy.ReadableContent;
import org.praxis.policy.ReadableContentCheck;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which files and pages each actor may read through the "FILE" and "PAGE"
 * {@link ReadableContent}s that notifications ask: a file and a removed file (files are for
 * members in every privacy), a page, a members-only page and a page under it (members-only by
 * inheritance). Every row also checks that the sets agree with the file and page pages, and
 * that a batch costs no query per id.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadableFilesAndPagesIT {

    private static final String TABLE = """
            # privacy            actor         file removedFile   page membersOnlyPage underMembersOnly
            OPEN                 visitor       N    N             Y    N               N
            OPEN                 user          N    N             Y    N               N
            OPEN                 invitee       N    N             Y    N               N
            OPEN                 member        Y    N             Y    Y               Y
            OPEN                 moderator     Y    N             Y    Y               Y
            OPEN                 admin         Y    N             Y    Y               Y
            OPEN                 banned        N    N             Y    N               N
            OPEN                 removed       N    N             Y    N               N
            OPEN                 staff         Y    N             Y    Y               Y
            PRIVATE              visitor       N    N             N    N               N
            PRIVATE              user          N    N             N    N               N
            PRIVATE              invitee       N    N             N    N               N
            PRIVATE              member        Y    N             Y    Y               Y
            PRIVATE              moderator     Y    N             Y    Y               Y
            PRIVATE              admin         Y    N             Y    Y               Y
            PRIVATE              banned        N    N             N    N               N
            PRIVATE              removed       N    N             N    N               N
            PRIVATE              staff         Y    N             Y    Y               Y
            PRIVATE_HIDDEN       visitor       N    N             N    N               N
            PRIVATE_HIDDEN       user          N    N             N    N               N
            PRIVATE_HIDDEN       invitee       N    N             N    N               N
            PRIVATE_HIDDEN       member        Y    N             Y    Y               Y
            PRIVATE_HIDDEN       moderator     Y    N             Y    Y               Y
            PRIVATE_HIDDEN       admin         Y    N             Y    Y               Y
            PRIVATE_HIDDEN       banned        N    N             N    N               N
            PRIVATE_HIDDEN       removed       N    N             N    N               N
            PRIVATE_HIDDEN       staff         Y    N             Y    Y               Y
            GROUP_PRIVATE_HIDDEN visitor       N    N             N    N               N
            GROUP_PRIVATE_HIDDEN outsider      N    N             N    N               N
            GROUP_PRIVATE_HIDDEN parentMember  N    N             N    N               N
            GROUP_PRIVATE_HIDDEN parentAdmin   N    N             N    N               N
            GROUP_PRIVATE_HIDDEN invitee       N    N             N    N               N
            GROUP_PRIVATE_HIDDEN member        Y    N             Y    Y               Y
            GROUP_PRIVATE_HIDDEN moderator     Y    N             Y    Y               Y
            GROUP_PRIVATE_HIDDEN admin         Y    N             Y    Y               Y
            GROUP_PRIVATE_HIDDEN banned        N    N             N    N               N
            GROUP_PRIVATE_HIDDEN removed       N    N             N    N               N
            GROUP_PRIVATE_HIDDEN staff         Y    N             Y    Y               Y
            """;

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @Autowired List<ReadableContent> readables;

    private record Fixture(AccessMatrix.Cast cast, Map<String, Browser> browsers, Map<String, Long> files,
                           Map<String, Long> pages) {
    }

    private final Map<String, Fixture> fixtures = new HashMap<>();

    static Stream<Arguments> rows() {
        return AccessMatrix.lines(TABLE).stream().map(c -> Arguments.of(c[0], c[1],
                List.of(c[2].equals("Y"), c[3].equals("Y")),
                List.of(c[4].equals("Y"), c[5].equals("Y"), c[6].equals("Y"))));
    }

    @ParameterizedTest(name = "{1} in {0} reads the files and pages the rules say, as the pages do")
    @MethodSource("rows")
    void actorReadsWhatTheRulesSayAsThePagesDo(String privacy, String role, List<Boolean> fileCells,
                                               List<Boolean> pageCells) {
        Fixture f = fixtures.computeIfAbsent(privacy, this::build);
        ReadableContent files = ReadableContentCheck.ofType(readables, "FILE");
        ReadableContent pages = ReadableContentCheck.ofType(readables, "PAGE");
        Actor actor = ReadableContentCheck.actor(f.cast(), role);
        String row = role + " in " + privacy;
        ReadableContentCheck.assertReadable(files, actor, f.files(), fileCells, row);
        ReadableContentCheck.assertReadable(pages, actor, f.pages(), pageCells, row);

        String base = "/c/" + f.cast().slug();
        Browser web = f.browsers().get(role);
        long file = f.files().get("file");
        ReadableContentCheck.assertAgreesWithPages(files, actor, web, Map.of(file, base + "/files/" + file), row);
        Map<Long, String> paths = new LinkedHashMap<>();
        f.pages().values().forEach(id -> paths.put(id, base + "/pages/" + id));
        ReadableContentCheck.assertAgreesWithPages(pages, actor, web, paths, row);
        ReadableContentCheck.assertBatched(files, actor, f.files().values());
        ReadableContentCheck.assertBatched(pages, actor, f.pages().values());
    }

    private Fixture build(String privacy) {
        AccessMatrix.Cast cast = ReadableContentCheck.cast(accounts, mailbox, privacy);
        String slug = cast.slug();
        Browser admin = cast.adminWeb();
        Browser member = accounts.signedIn(cast.people().get("member"));
        Map<String, Long> files = new LinkedHashMap<>();
        files.put("file", Filing.uploadOne(member, slug, "notes.txt", "Working notes".getBytes()));
        long removed = Filing.uploadOne(member, slug, "draft.txt", "Soon gone".getBytes());
        member.get("/c/" + slug + "/files/" + removed);
        member.post("/c/" + slug + "/files/" + removed + "/remove");
        files.put("removedFile", removed);
        Map<String, Long> pages = new LinkedHashMap<>();
        pages.put("page", page(admin, slug, "Welcome", null, false));
        long membersOnly = page(admin, slug, "Members corner", null, true);
        pages.put("membersOnlyPage", membersOnly);
        pages.put("underMembersOnly", page(admin, slug, "Under the corner", membersOnly, false));
        return new Fixture(cast, cast.browsers(accounts), files, pages);
    }

    private static long page(Browser editor, String slug, String title, Long parent, boolean membersOnly) {
        editor.get("/c/" + slug + "/pages/new");
        String location = editor.post("/c/" + slug + "/pages/new", "title", title + " " + System.nanoTime(),
                "body", "Some text", "parentId", parent == null ? "" : parent.toString(),
                "membersOnly", String.valueOf(membersOnly)).getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
