package org.praxis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page rules as a table: privacy, status, actor, then whether the actor reads pages, reads
 * members-only pages, and writes pages. Every row also checks that the one-page check and the
 * tree's predicate agree.
 */
class PagePolicyTest {

    private static final String TABLE = """
            # privacy        status    actor      read  membersOnly write
            OPEN            ACTIVE    visitor    Y     N           N
            OPEN            ACTIVE    user       Y     N           N
            OPEN            ACTIVE    banned     Y     N           N
            OPEN            ACTIVE    invitee    Y     N           N
            OPEN            ACTIVE    member     Y     Y           N
            OPEN            ACTIVE    moderator  Y     Y           Y
            OPEN            ACTIVE    admin      Y     Y           Y
            OPEN            ACTIVE    staff      Y     Y           Y
            PUBLIC          ACTIVE    visitor    N     N           N
            PUBLIC          ACTIVE    user       N     N           N
            PUBLIC          ACTIVE    member     Y     Y           N
            PUBLIC          ACTIVE    moderator  Y     Y           Y
            SEMI_PRIVATE    ACTIVE    user       N     N           N
            SEMI_PRIVATE    ACTIVE    admin      Y     Y           Y
            PRIVATE         ACTIVE    invitee    N     N           N
            PRIVATE         ACTIVE    staff      Y     Y           Y
            PRIVATE_HIDDEN  ACTIVE    user       N     N           N
            PRIVATE_HIDDEN  ACTIVE    invitee    N     N           N
            PRIVATE_HIDDEN  ACTIVE    member     Y     Y           N
            PRIVATE_HIDDEN  ACTIVE    admin      Y     Y           Y
            OPEN            ARCHIVED  visitor    Y     N           N
            OPEN            ARCHIVED  member     Y     Y           N
            OPEN            ARCHIVED  moderator  Y     Y           N
            PUBLIC          ARCHIVED  admin      Y     Y           N
            PUBLIC          ARCHIVED  staff      Y     Y           N
            """;

    private final AccessPolicy policy = new AccessPolicy();

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            String[] c = line.strip().split("\\s+");
            rows.add(Arguments.of(c[0], c[1], c[2], c[3].equals("Y"), c[4].equals("Y"), c[5].equals("Y")));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{2} in {0} {1}")
    @MethodSource("rows")
    void actorMayDoWhatTheRulesSay(String privacy, String status, String actorName, boolean read, boolean membersOnly,
                                   boolean write) {
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
            default -> Relation.none();
        };
        PagePolicy rules = policy.pages();

        assertThat(rules.canReadPages(actor, c, r)).as("the tree").isEqualTo(read);
        assertThat(rules.canRead(actor, c, r, false)).as("read").isEqualTo(read);
        assertThat(rules.canRead(actor, c, r, true)).as("read members-only").isEqualTo(membersOnly);
        assertThat(rules.canWrite(actor, c, r)).as("write").isEqualTo(write);

        boolean treeShowsMembersOnly = rules.canReadPages(actor, c, r) && rules.seesMembersOnly(actor, r);
        assertThat(treeShowsMembersOnly).as("the tree shows members-only pages").isEqualTo(rules.canRead(actor, c, r, true));
    }

    @Test
    void aCommunityAwaitingStaffApprovalTakesNoPagesYet() {
        CommunityFacts pending = new CommunityFacts(7L, CommunityAccess.of(Privacy.OPEN), CommunityStatus.ACTIVE,
                StaffApproval.PENDING, 42L);
        assertThat(policy.pages().canWrite(Actor.member(42L), pending, Relation.member(Role.ADMIN))).isFalse();
    }
}
