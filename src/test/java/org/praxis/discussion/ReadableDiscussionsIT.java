package org.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Which discussions and comments each actor may read through the "DISCUSSION" and "COMMENT"
 * {@link ReadableContent}s that notifications ask: a discussion, a members-only one, a
 * removed one, and a comment on the first, a comment on the members-only one, a removed comment
 * and a comment under the removed discussion. Removed things are answered to nobody, moderators
 * included (their page still shows them, marked removed). Every row also checks that the sets
 * agree with the discussion pages, and that a batch costs no query per id.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadableDiscussionsIT {

    private static final String TABLE = """
            # privacy            actor         open membersOnly removed   comment mocomment removedComment underRemoved
            OPEN                 visitor       Y    N           N         Y       N         N              N
            OPEN                 user          Y    N           N         Y       N         N              N
            OPEN                 invitee       Y    N           N         Y       N         N              N
            OPEN                 member        Y    Y           N         Y       Y         N              N
            OPEN                 moderator     Y    Y           N         Y       Y         N              N
            OPEN                 admin         Y    Y           N         Y       Y         N              N
            OPEN                 banned        Y    N           N         Y       N         N              N
            OPEN                 removed       Y    N           N         Y       N         N              N
            OPEN                 staff         Y    Y           N         Y       Y         N              N
            PRIVATE              visitor       N    N           N         N       N         N              N
            PRIVATE              user          N    N           N         N       N         N              N
            PRIVATE              invitee       N    N           N         N       N         N              N
            PRIVATE              member        Y    Y           N         Y       Y         N              N
            PRIVATE              moderator     Y    Y           N         Y       Y         N              N
            PRIVATE              admin         Y    Y           N         Y       Y         N              N
            PRIVATE              banned        N    N           N         N       N         N              N
            PRIVATE              removed       N    N           N         N       N         N              N
            PRIVATE              staff         Y    Y           N         Y       Y         N              N
            PRIVATE_HIDDEN       visitor       N    N           N         N       N         N              N
            PRIVATE_HIDDEN       user          N    N           N         N       N         N              N
            PRIVATE_HIDDEN       invitee       N    N           N         N       N         N              N
            PRIVATE_HIDDEN       member        Y    Y           N         Y       Y         N              N
            PRIVATE_HIDDEN       moderator     Y    Y           N         Y       Y         N              N
            PRIVATE_HIDDEN       admin         Y    Y           N         Y       Y         N              N
            PRIVATE_HIDDEN       banned        N    N           N         N       N         N              N
            PRIVATE_HIDDEN       removed       N    N           N         N       N         N              N
            PRIVATE_HIDDEN       staff         Y    Y           N         Y       Y         N              N
            GROUP_PRIVATE_HIDDEN visitor       N    N           N         N       N         N              N
            GROUP_PRIVATE_HIDDEN outsider      N    N           N         N       N         N              N
            GROUP_PRIVATE_HIDDEN parentMember  N    N           N         N       N         N              N
            GROUP_PRIVATE_HIDDEN parentAdmin   N    N           N         N       N         N              N
            GROUP_PRIVATE_HIDDEN invitee       N    N           N         N       N         N              N
            GROUP_PRIVATE_HIDDEN member        Y    Y           N         Y       Y         N              N
            GROUP_PRIVATE_HIDDEN moderator     Y    Y           N         Y       Y         N              N
            GROUP_PRIVATE_HIDDEN admin         Y    Y           N         Y       Y         N              N
            GROUP_PRIVATE_HIDDEN banned        N    N           N         N       N         N              N
            GROUP_PRIVATE_HIDDEN removed       N    N           N         N       N         N              N
            GROUP_PRIVATE_HIDDEN staff         Y    Y           N         Y       Y         N              N
            """;

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @Autowired List<ReadableContent> readables;

    private record Fixture(AccessMatrix.Cast cast, Map<String, Browser> browsers, Map<String, Long> discussions,
                           Map<String, Long> comments, Map<Long, Long> threadOf) {
    }

    private final Map<String, Fixture> fixtures = new HashMap<>();

    static Stream<Arguments> rows() {
        return AccessMatrix.lines(TABLE).stream().map(c -> Arguments.of(c[0], c[1],
                List.of(c[2].equals("Y"), c[3].equals("Y"), c[4].equals("Y")),
                List.of(c[5].equals("Y"), c[6].equals("Y"), c[7].equals("Y"), c[8].equals("Y"))));
    }

    @ParameterizedTest(name = "{1} in {0} reads the discussions and comments the rules say, as the pages do")
    @MethodSource("rows")
    void actorReadsWhatTheRulesSayAsThePagesDo(String privacy, String role, List<Boolean> discussionCells,
                                               List<Boolean> commentCells) {
        Fixture f = fixtures.computeIfAbsent(privacy, this::build);
        ReadableContent discussions = ReadableContentCheck.ofType(readables, "DISCUSSION");
        ReadableContent comments = ReadableContentCheck.ofType(readables, "COMMENT");
        Actor actor = ReadableContentCheck.actor(f.cast(), role);
        String row = role + " in " + privacy;
        ReadableContentCheck.assertReadable(discussions, actor, f.discussions(), discussionCells, row);
        ReadableContentCheck.assertReadable(comments, actor, f.comments(), commentCells, row);

        // The pages: a discussion that is not removed opens exactly when it is readable; a live
        // comment is readable exactly when its thread opens and shows it.
        Browser web = f.browsers().get(role);
        String slug = f.cast().slug();
        Map<Long, String> paths = new LinkedHashMap<>();
        paths.put(f.discussions().get("open"), Discussing.thread(slug, f.discussions().get("open")));
        paths.put(f.discussions().get("membersOnly"), Discussing.thread(slug, f.discussions().get("membersOnly")));
        ReadableContentCheck.assertAgreesWithPages(discussions, actor, web, paths, row);
        for (String name : List.of("comment", "mocomment")) {
            long comment = f.comments().get(name);
            var page = web.get(Discussing.thread(slug, f.threadOf().get(comment)));
            boolean shown = page.getResponse().getStatus() == 200
                    && Browser.body(page).contains("id=\"comment-" + comment + "\"");
            assertThat(comments.readableBy(actor, Set.of(comment)).contains(comment))
                    .as("%s: %s readable exactly when its thread shows it", row, name).isEqualTo(shown);
        }
        ReadableContentCheck.assertBatched(discussions, actor, f.discussions().values());
        ReadableContentCheck.assertBatched(comments, actor, f.comments().values());
    }

    private Fixture build(String privacy) {
        AccessMatrix.Cast cast = ReadableContentCheck.cast(accounts, mailbox, privacy);
        String slug = cast.slug();
        Browser admin = cast.adminWeb();
        Browser member = accounts.signedIn(cast.people().get("member"));
        long open = Discussing.start(member, slug, "Open " + System.nanoTime(), "For everyone who may read.");
        long membersOnly = Discussing.start(member, slug, "Members " + System.nanoTime(), "For members.",
                "membersOnly", "true");
        long removed = Discussing.start(member, slug, "Removed " + System.nanoTime(), "Soon gone.");
        long comment = Discussing.comment(admin, slug, open, "A comment", null);
        long moComment = Discussing.comment(admin, slug, membersOnly, "A members' comment", null);
        long removedComment = Discussing.comment(member, slug, open, "A comment soon gone", null);
        long underRemoved = Discussing.comment(admin, slug, removed, "Under a removed discussion", null);
        member.post(Discussing.thread(slug, open) + "/comments/" + removedComment + "/remove");
        admin.post(Discussing.thread(slug, removed) + "/remove", "reason", "Off-topic");
        Map<String, Long> discussions = new LinkedHashMap<>();
        discussions.put("open", open);
        discussions.put("membersOnly", membersOnly);
        discussions.put("removed", removed);
        Map<String, Long> comments = new LinkedHashMap<>();
        comments.put("comment", comment);
        comments.put("mocomment", moComment);
        comments.put("removedComment", removedComment);
        comments.put("underRemoved", underRemoved);
        Map<Long, Long> threadOf = Map.of(comment, open, moComment, membersOnly, removedComment, open,
                underRemoved, removed);
        return new Fixture(cast, cast.browsers(accounts), discussions, comments, threadOf);
    }
}
