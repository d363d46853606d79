package org.praxis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The discussion rules as a table: privacy, status, actor, then whether the actor reads public
 * items, reads members-only items and attachments, starts discussions and comments, posts
 * announcements, moderates (pin, lock, edit others) and removes others' posts. Every row also
 * checks that the one-item check and the list predicate agree.
 */
class DiscussionPolicyTest {

    private static final String TABLE = """
            # privacy        status    actor      read  membersOnly write announce moderate remove
            OPEN            ACTIVE    visitor    Y     N           N     N        N        N
            OPEN            ACTIVE    user       Y     N           N     N        N        N
            OPEN            ACTIVE    banned     Y     N           N     N        N        N
            OPEN            ACTIVE    member     Y     Y           Y     N        N        N
            OPEN            ACTIVE    moderator  Y     Y           Y     Y        Y        Y
            OPEN            ACTIVE    admin      Y     Y           Y     Y        Y        Y
            OPEN            ACTIVE    staff      Y     Y           N     N        Y        Y
            PUBLIC          ACTIVE    visitor    N     N           N     N        N        N
            PUBLIC          ACTIVE    user       N     N           N     N        N        N
            PUBLIC          ACTIVE    member     Y     Y           Y     N        N        N
            PUBLIC          ACTIVE    staff      Y     Y           N     N        Y        Y
            PRIVATE_HIDDEN  ACTIVE    user       N     N           N     N        N        N
            PRIVATE_HIDDEN  ACTIVE    invitee    N     N           N     N        N        N
            PRIVATE_HIDDEN  ACTIVE    member     Y     Y           Y     N        N        N
            PRIVATE_HIDDEN  ACTIVE    admin      Y     Y           Y     Y        Y        Y
            OPEN            ARCHIVED  visitor    Y     N           N     N        N        N
            OPEN            ARCHIVED  member     Y     Y           N     N        N        N
            OPEN            ARCHIVED  moderator  Y     Y           N     N        N        Y
            PUBLIC          ARCHIVED  admin      Y     Y           N     N        N        Y
            PUBLIC          ARCHIVED  staff      Y     Y           N     N        N        Y
            """;

    private final AccessPolicy policy = new AccessPolicy();

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            String[] c = line.strip().split("\\s+");
            rows.add(Arguments.of(c[0], c[1], c[2], c[3].equals("Y"), c[4].equals("Y"), c[5].equals("Y"),
                    c[6].equals("Y"), c[7].equals("Y"), c[8].equals("Y")));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{2} in {0} {1}")
    @MethodSource("rows")
    void actorMayDoWhatTheRulesSay(String privacy, String status, String actorName, boolean read, boolean membersOnly,
                                   boolean write, boolean announce, boolean moderate, boolean remove) {
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
        DiscussionPolicy rules = policy.discussions();
        long someoneElse = 5L;

        assertThat(rules.canRead(actor, c, r, false)).as("read").isEqualTo(read);
        assertThat(rules.canRead(actor, c, r, true)).as("read members-only").isEqualTo(membersOnly);
        assertThat(rules.canReadAttachments(actor, c, r, false)).as("attachments").isEqualTo(membersOnly);
        assertThat(rules.canStart(actor, c, r)).as("start").isEqualTo(write);
        assertThat(rules.canComment(actor, c, r, false)).as("comment").isEqualTo(write);
        assertThat(rules.canReact(actor, c, r)).as("react").isEqualTo(write);
        assertThat(rules.canComment(actor, c, r, true)).as("comment when locked").isEqualTo(write && moderate);
        assertThat(rules.canAnnounce(actor, c, r)).as("announce").isEqualTo(announce);
        assertThat(rules.canModerate(actor, c, r)).as("pin and lock").isEqualTo(moderate);
        assertThat(rules.canEdit(actor, c, r, someoneElse)).as("edit someone else's").isEqualTo(moderate);
        assertThat(rules.canDelete(actor, c, r, someoneElse)).as("remove someone else's").isEqualTo(remove);
        assertThat(rules.canSeeRemoved(actor, c, r)).as("see removed").isEqualTo(remove);

        // The list predicate (the community's content, then members-only items for those who see
        // them) agrees with the one-item check.
        boolean listsPublic = policy.communities().canReadContent(actor, c, r);
        boolean listsMembersOnly = listsPublic && rules.seesMembersOnly(actor, r);
        assertThat(listsPublic).as("list shows public items").isEqualTo(rules.canRead(actor, c, r, false));
        assertThat(listsMembersOnly).as("list shows members-only items").isEqualTo(rules.canRead(actor, c, r, true));
    }

    @ParameterizedTest(name = "author who is {0}")
    @MethodSource("authors")
    void authorsEditAndRemoveTheirOwnTextWhileMembersOfAnActiveCommunity(String standing, boolean edit, boolean remove) {
        CommunityFacts active = new CommunityFacts(7L, CommunityAccess.of(Privacy.PUBLIC), CommunityStatus.ACTIVE);
        CommunityFacts archived = new CommunityFacts(7L, CommunityAccess.of(Privacy.PUBLIC), CommunityStatus.ARCHIVED);
        Actor author = Actor.member(42L);
        Relation r = standing.equals("member") ? Relation.member(Role.MEMBER) : Relation.none();
        DiscussionPolicy rules = policy.discussions();
        assertThat(rules.canEdit(author, active, r, 42L)).isEqualTo(edit);
        assertThat(rules.canDelete(author, active, r, 42L)).isEqualTo(remove);
        assertThat(rules.canEdit(author, archived, r, 42L)).as("nothing changes while archived").isFalse();
        assertThat(rules.needsRemovalReason(author, 42L)).as("no reason for one's own").isFalse();
        assertThat(rules.needsRemovalReason(author, 5L)).as("a reason for someone else's").isTrue();
    }

    static Stream<Arguments> authors() {
        return Stream.of(Arguments.of("member", true, true), Arguments.of("former member", false, false));
    }

    @org.junit.jupiter.api.Test
    void aSuspendedMemberModeratorOrAdminReadsAndModeratesButPostsNothing() {
        CommunityFacts c = new CommunityFacts(7L, CommunityAccess.of(Privacy.PUBLIC), CommunityStatus.ACTIVE);
        DiscussionPolicy rules = policy.discussions();
        CalendarPolicy calendar = policy.calendar();
        FilePolicy files = policy.files();
        for (Role role : Role.values()) {
            Actor actor = Actor.member(42L);
            Relation suspended = Relation.member(role).withPostingSuspended(true);
            assertThat(rules.canRead(actor, c, suspended, true)).as("%s reads", role).isTrue();
            assertThat(rules.canStart(actor, c, suspended)).as("%s starts", role).isFalse();
            assertThat(rules.canComment(actor, c, suspended, false)).as("%s comments", role).isFalse();
            assertThat(rules.canAnnounce(actor, c, suspended)).as("%s announces", role).isFalse();
            assertThat(rules.canEdit(actor, c, suspended, 42L)).as("%s edits own", role).isEqualTo(role != Role.MEMBER);
            assertThat(rules.canReact(actor, c, suspended)).as("%s reacts", role).isTrue();
            assertThat(files.canUpload(actor, c, suspended)).as("%s uploads", role).isFalse();
            assertThat(calendar.canPropose(actor, c, suspended)).as("%s proposes", role).isFalse();
            assertThat(calendar.canCreate(actor, c, suspended)).as("%s creates events", role).isFalse();
            assertThat(calendar.canRegister(actor, c, suspended)).as("%s registers", role).isTrue();
        }
    }
}
