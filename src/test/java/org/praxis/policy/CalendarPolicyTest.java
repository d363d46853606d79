package org.praxis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar rules as a table: privacy, status, actor, then whether the actor reads published
 * events, members-only ones, someone else's proposal and their own, proposes, creates, manages
 * (publish, follow-up, attendance), registers, sees the registrants, and finds public and
 * members-only events in lists that span communities (Events page, personal feed). Each row also checks that
 * the one-event checks agree with the list predicates.
 */
class CalendarPolicyTest {

    private static final String TABLE = """
            # privacy        status    actor      read mo  others own propose create manage register registrants across acrossMo
            OPEN            ACTIVE    visitor    Y    N   N      N   N       N      N      N        N  Y      N
            OPEN            ACTIVE    user       Y    N   N      N   N       N      N      N        N  Y      N
            OPEN            ACTIVE    banned     Y    N   N      N   N       N      N      N        N  Y      N
            OPEN            ACTIVE    member     Y    Y   N      Y   Y       N      N      Y        N  Y      Y
            OPEN            ACTIVE    moderator  Y    Y   Y      Y   Y       Y      Y      Y        Y  Y      Y
            OPEN            ACTIVE    admin      Y    Y   Y      Y   Y       Y      Y      Y        Y  Y      Y
            OPEN            ACTIVE    staff      Y    Y   Y      N   N       N      Y      N        Y  Y      N
            PUBLIC          ACTIVE    visitor    N    N   N      N   N       N      N      N        N  N      N
            PUBLIC          ACTIVE    user       N    N   N      N   N       N      N      N        N  N      N
            PUBLIC          ACTIVE    member     Y    Y   N      Y   Y       N      N      Y        N  Y      Y
            SEMI_PRIVATE    ACTIVE    requester  N    N   N      N   N       N      N      N        N  N      N
            PRIVATE         ACTIVE    invitee    N    N   N      N   N       N      N      N        N  N      N
            PRIVATE_HIDDEN  ACTIVE    user       N    N   N      N   N       N      N      N        N  N      N
            PRIVATE_HIDDEN  ACTIVE    invitee    N    N   N      N   N       N      N      N        N  N      N
            PRIVATE_HIDDEN  ACTIVE    member     Y    Y   N      Y   Y       N      N      Y        N  Y      Y
            PRIVATE_HIDDEN  ACTIVE    admin      Y    Y   Y      Y   Y       Y      Y      Y        Y  Y      Y
            PRIVATE_HIDDEN  ACTIVE    staff      Y    Y   Y      N   N       N      Y      N        Y  N      N
            OPEN            ARCHIVED  visitor    Y    N   N      N   N       N      N      N        N  Y      N
            OPEN            ARCHIVED  member     Y    Y   N      Y   N       N      N      N        N  Y      Y
            OPEN            ARCHIVED  moderator  Y    Y   Y      Y   N       N      N      N        Y  Y      Y
            PUBLIC          ARCHIVED  admin      Y    Y   Y      Y   N       N      N      N        Y  Y      Y
            PUBLIC          ARCHIVED  staff      Y    Y   Y      N   N       N      N      N        Y  N      N
            """;

    private final AccessPolicy policy = new AccessPolicy();

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            String[] c = line.strip().split("\\s+");
            Object[] args = new Object[14];
            args[0] = c[0];
            args[1] = c[1];
            args[2] = c[2];
            for (int i = 3; i < 14; i++) {
                args[i] = c[i].equals("Y");
            }
            rows.add(Arguments.of(args));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{2} in {0} {1}")
    @MethodSource("rows")
    void actorMayDoWhatTheRulesSay(String privacy, String status, String actorName, boolean read, boolean membersOnly,
                                   boolean othersProposal, boolean ownProposal, boolean propose, boolean create,
                                   boolean manage, boolean register, boolean registrants, boolean across,
                                   boolean acrossMembersOnly) {
        CommunityFacts c = new CommunityFacts(7L, CommunityAccess.of(Privacy.valueOf(privacy)), CommunityStatus.valueOf(status));
        Actor actor = switch (actorName) {
            case "visitor" -> Actor.visitor();
            case "staff" -> Actor.staff(99L);
            default -> Actor.member(42L);
        };
        Relation r = switch (actorName) {
            case "member" -> Relation.member(Role.MEMBER);
            case "moderator" -> Relation.member(Role.MODERATOR);
            case "admin" -> Relation.member(Role.ADMIN);
            case "banned" -> new Relation(null, true, false, false);
            case "invitee" -> new Relation(null, false, true, false);
            case "requester" -> new Relation(null, false, false, true);
            default -> Relation.none();
        };
        CalendarPolicy rules = policy.calendar();
        long someoneElse = 5L;
        long self = actor.signedIn() ? actor.accountId() : -1L;

        assertThat(rules.canRead(actor, c, r, false)).as("read").isEqualTo(read);
        assertThat(rules.canRead(actor, c, r, true)).as("read members-only").isEqualTo(membersOnly);
        assertThat(rules.canReadProposal(actor, c, r, someoneElse)).as("read someone else's proposal").isEqualTo(othersProposal);
        assertThat(rules.canReadProposal(actor, c, r, self)).as("read own proposal").isEqualTo(ownProposal || othersProposal);
        assertThat(rules.canPropose(actor, c, r)).as("propose").isEqualTo(propose);
        assertThat(rules.canCreate(actor, c, r)).as("create").isEqualTo(create);
        assertThat(rules.canManage(actor, c, r)).as("manage").isEqualTo(manage);
        assertThat(rules.canRegister(actor, c, r)).as("register").isEqualTo(register);
        assertThat(rules.canSeeRegistrants(actor, c, r)).as("registrants").isEqualTo(registrants);

        assertThat(rules.canListAcrossCommunities(actor, c, r, false)).as("listed across communities").isEqualTo(across);
        assertThat(rules.canListAcrossCommunities(actor, c, r, true)).as("members-only listed across communities")
                .isEqualTo(acrossMembersOnly);

        // The list predicates agree with the one-event checks for whoever may read the calendar.
        if (read) {
            assertThat(rules.seesMembersOnly(actor, r)).as("list shows members-only").isEqualTo(membersOnly);
            assertThat(rules.seesAllProposals(actor, r)).as("list shows every proposal").isEqualTo(othersProposal);
        }
    }
}
