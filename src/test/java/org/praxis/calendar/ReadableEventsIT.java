package org.praxis.calendar;

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
 * Which events each actor may read through the "EVENT" {@link ReadableContent} that
 * notifications ask: a published event, a members-only one, a proposal and a declined proposal
 * (both made by "member"), in each privacy and in a hidden working group. The table mirrors
 * ACCESS-RULES.md, written by hand; every row also checks that the set agrees with the event
 * pages and that the batch costs no query per id.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadableEventsIT {

    private static final String TABLE = """
            # privacy            actor         published membersOnly proposal declined
            OPEN                 visitor       Y         N           N        N
            OPEN                 user          Y         N           N        N
            OPEN                 invitee       Y         N           N        N
            OPEN                 member        Y         Y           Y        Y
            OPEN                 moderator     Y         Y           Y        Y
            OPEN                 admin         Y         Y           Y        Y
            OPEN                 banned        Y         N           N        N
            OPEN                 removed       Y         N           N        N
            OPEN                 staff         Y         Y           Y        Y
            PRIVATE              visitor       N         N           N        N
            PRIVATE              user          N         N           N        N
            PRIVATE              invitee       N         N           N        N
            PRIVATE              member        Y         Y           Y        Y
            PRIVATE              moderator     Y         Y           Y        Y
            PRIVATE              admin         Y         Y           Y        Y
            PRIVATE              banned        N         N           N        N
            PRIVATE              removed       N         N           N        N
            PRIVATE              staff         Y         Y           Y        Y
            PRIVATE_HIDDEN       visitor       N         N           N        N
            PRIVATE_HIDDEN       user          N         N           N        N
            PRIVATE_HIDDEN       invitee       N         N           N        N
            PRIVATE_HIDDEN       member        Y         Y           Y        Y
            PRIVATE_HIDDEN       moderator     Y         Y           Y        Y
            PRIVATE_HIDDEN       admin         Y         Y           Y        Y
            PRIVATE_HIDDEN       banned        N         N           N        N
            PRIVATE_HIDDEN       removed       N         N           N        N
            PRIVATE_HIDDEN       staff         Y         Y           Y        Y
            GROUP_PRIVATE_HIDDEN visitor       N         N           N        N
            GROUP_PRIVATE_HIDDEN outsider      N         N           N        N
            GROUP_PRIVATE_HIDDEN parentMember  N         N           N        N
            GROUP_PRIVATE_HIDDEN parentAdmin   N         N           N        N
            GROUP_PRIVATE_HIDDEN invitee       N         N           N        N
            GROUP_PRIVATE_HIDDEN member        Y         Y           Y        Y
            GROUP_PRIVATE_HIDDEN moderator     Y         Y           Y        Y
            GROUP_PRIVATE_HIDDEN admin         Y         Y           Y        Y
            GROUP_PRIVATE_HIDDEN banned        N         N           N        N
            GROUP_PRIVATE_HIDDEN removed       N         N           N        N
            GROUP_PRIVATE_HIDDEN staff         Y         Y           Y        Y
            """;

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @Autowired List<ReadableContent> readables;

    private record Fixture(AccessMatrix.Cast cast, Map<String, Browser> browsers, Map<String, Long> items) {
    }

    private final Map<String, Fixture> fixtures = new HashMap<>();

    static Stream<Arguments> rows() {
        return AccessMatrix.lines(TABLE).stream().map(c -> Arguments.of(c[0], c[1],
                List.of(c[2].equals("Y"), c[3].equals("Y"), c[4].equals("Y"), c[5].equals("Y"))));
    }

    @ParameterizedTest(name = "{1} in {0} reads the events the rules say, as the pages do")
    @MethodSource("rows")
    void actorReadsTheEventsTheRulesSayAsThePagesDo(String privacy, String role, List<Boolean> cells) {
        Fixture f = fixtures.computeIfAbsent(privacy, this::build);
        ReadableContent spi = ReadableContentCheck.ofType(readables, "EVENT");
        Actor actor = ReadableContentCheck.actor(f.cast(), role);
        String row = role + " in " + privacy;
        ReadableContentCheck.assertReadable(spi, actor, f.items(), cells, row);
        Map<Long, String> paths = new LinkedHashMap<>();
        f.items().values().forEach(id -> paths.put(id, Scheduling.page(f.cast().slug(), id)));
        ReadableContentCheck.assertAgreesWithPages(spi, actor, f.browsers().get(role), paths, row);
        ReadableContentCheck.assertBatched(spi, actor, f.items().values());
    }

    private Fixture build(String privacy) {
        AccessMatrix.Cast cast = ReadableContentCheck.cast(accounts, mailbox, privacy);
        String slug = cast.slug();
        Browser admin = cast.adminWeb();
        Browser member = accounts.signedIn(cast.people().get("member"));
        Map<String, Long> items = new LinkedHashMap<>();
        items.put("published", Scheduling.create(admin, slug, "Published " + System.nanoTime()));
        items.put("membersOnly", Scheduling.create(admin, slug, "Members " + System.nanoTime(), "membersOnly", "true"));
        items.put("proposal", Scheduling.create(member, slug, "Proposal " + System.nanoTime()));
        long declined = Scheduling.create(member, slug, "Declined " + System.nanoTime());
        admin.get(Scheduling.page(slug, declined));
        admin.post(Scheduling.page(slug, declined) + "/decline");
        items.put("declined", declined);
        return new Fixture(cast, cast.browsers(accounts), items);
    }
}
