package org.praxis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ACCESS-RULES.md as a table: for each privacy, status and actor, what the actor may do. One
 * row per line below, read as: privacy, status, actor, see (directory and landing page), read
 * content, join at once, request to join, moderate members, manage settings. OPEN_APPROVAL is
 * an open community whose admins approve each join; the status AWAITING (or REJECTED) is an
 * active community staff have not approved (or rejected), and "creator" the admin who made it.
 */
class CommunityPolicyTest {

    private static final String TABLE = """
            # privacy        status    actor      see  read join request moderate manage
            OPEN            ACTIVE    visitor    Y    Y    N    N       N        N
            OPEN            ACTIVE    user       Y    Y    Y    N       N        N
            OPEN            ACTIVE    invitee    Y    Y    Y    N       N        N
            OPEN            ACTIVE    member     Y    Y    N    N       N        N
            OPEN            ACTIVE    moderator  Y    Y    N    N       Y        N
            OPEN            ACTIVE    admin      Y    Y    N    N       Y        Y
            OPEN            ACTIVE    banned     Y    Y    N    N       N        N
            OPEN            ACTIVE    staff      Y    Y    Y    N       Y        Y
            PUBLIC          ACTIVE    visitor    Y    N    N    N       N        N
            PUBLIC          ACTIVE    user       Y    N    Y    N       N        N
            PUBLIC          ACTIVE    member     Y    Y    N    N       N        N
            PUBLIC          ACTIVE    moderator  Y    Y    N    N       Y        N
            PUBLIC          ACTIVE    admin      Y    Y    N    N       Y        Y
            PUBLIC          ACTIVE    banned     Y    N    N    N       N        N
            PUBLIC          ACTIVE    staff      Y    Y    Y    N       Y        Y
            SEMI_PRIVATE    ACTIVE    visitor    Y    N    N    N       N        N
            SEMI_PRIVATE    ACTIVE    user       Y    N    N    Y       N        N
            SEMI_PRIVATE    ACTIVE    requester  Y    N    N    N       N        N
            SEMI_PRIVATE    ACTIVE    invitee    Y    N    Y    N       N        N
            SEMI_PRIVATE    ACTIVE    member     Y    Y    N    N       N        N
            SEMI_PRIVATE    ACTIVE    moderator  Y    Y    N    N       Y        N
            SEMI_PRIVATE    ACTIVE    admin      Y    Y    N    N       Y        Y
            SEMI_PRIVATE    ACTIVE    banned     Y    N    N    N       N        N
            SEMI_PRIVATE    ACTIVE    staff      Y    Y    N    Y       Y        Y
            PRIVATE         ACTIVE    visitor    Y    N    N    N       N        N
            PRIVATE         ACTIVE    user       Y    N    N    N       N        N
            PRIVATE         ACTIVE    invitee    Y    N    Y    N       N        N
            PRIVATE         ACTIVE    member     Y    Y    N    N       N        N
            PRIVATE         ACTIVE    admin      Y    Y    N    N       Y        Y
            PRIVATE         ACTIVE    banned     Y    N    N    N       N        N
            PRIVATE         ACTIVE    staff      Y    Y    N    N       Y        Y
            PRIVATE_HIDDEN  ACTIVE    visitor    N    N    N    N       N        N
            PRIVATE_HIDDEN  ACTIVE    user       N    N    N    N       N        N
            PRIVATE_HIDDEN  ACTIVE    invitee    Y    N    Y    N       N        N
            PRIVATE_HIDDEN  ACTIVE    member     Y    Y    N    N       N        N
            PRIVATE_HIDDEN  ACTIVE    moderator  Y    Y    N    N       Y        N
            PRIVATE_HIDDEN  ACTIVE    admin      Y    Y    N    N       Y        Y
            PRIVATE_HIDDEN  ACTIVE    banned     N    N    N    N       N        N
            PRIVATE_HIDDEN  ACTIVE    staff      Y    Y    N    N       Y        Y
            OPEN            ARCHIVED  visitor    Y    Y    N    N       N        N
            OPEN            ARCHIVED  user       Y    Y    N    N       N        N
            OPEN            ARCHIVED  moderator  Y    Y    N    N       N        N
            OPEN            ARCHIVED  admin      Y    Y    N    N       N        Y
            SEMI_PRIVATE    ARCHIVED  user       Y    N    N    N       N        N
            SEMI_PRIVATE    ARCHIVED  member     Y    Y    N    N       N        N
            PRIVATE_HIDDEN  ARCHIVED  user       N    N    N    N       N        N
            PRIVATE_HIDDEN  ARCHIVED  member     Y    Y    N    N       N        N
            PRIVATE_HIDDEN  ARCHIVED  staff      Y    Y    N    N       N        Y
            OPEN_APPROVAL   ACTIVE    visitor    Y    Y    N    N       N        N
            OPEN_APPROVAL   ACTIVE    user       Y    Y    N    Y       N        N
            OPEN_APPROVAL   ACTIVE    requester  Y    Y    N    N       N        N
            OPEN_APPROVAL   ACTIVE    invitee    Y    Y    Y    N       N        N
            OPEN_APPROVAL   ACTIVE    member     Y    Y    N    N       N        N
            OPEN_APPROVAL   ACTIVE    moderator  Y    Y    N    N       Y        N
            OPEN_APPROVAL   ACTIVE    admin      Y    Y    N    N       Y        Y
            OPEN_APPROVAL   ACTIVE    banned     Y    Y    N    N       N        N
            OPEN_APPROVAL   ACTIVE    staff      Y    Y    N    Y       Y        Y
            OPEN_APPROVAL   ARCHIVED  user       Y    Y    N    N       N        N
            OPEN            AWAITING  visitor    N    N    N    N       N        N
            OPEN            AWAITING  user       N    N    N    N       N        N
            OPEN            AWAITING  invitee    N    N    N    N       N        N
            OPEN            AWAITING  creator    Y    Y    N    N       N        Y
            OPEN            AWAITING  staff      Y    Y    N    N       N        Y
            SEMI_PRIVATE    AWAITING  visitor    N    N    N    N       N        N
            SEMI_PRIVATE    AWAITING  user       N    N    N    N       N        N
            SEMI_PRIVATE    AWAITING  creator    Y    Y    N    N       N        Y
            SEMI_PRIVATE    AWAITING  staff      Y    Y    N    N       N        Y
            PUBLIC          AWAITING  user       N    N    N    N       N        N
            PRIVATE_HIDDEN  AWAITING  user       N    N    N    N       N        N
            PRIVATE_HIDDEN  AWAITING  creator    Y    Y    N    N       N        Y
            PRIVATE_HIDDEN  AWAITING  staff      Y    Y    N    N       N        Y
            PUBLIC          REJECTED  visitor    N    N    N    N       N        N
            PUBLIC          REJECTED  user       N    N    N    N       N        N
            PUBLIC          REJECTED  creator    Y    Y    N    N       N        Y
            PUBLIC          REJECTED  staff      Y    Y    N    N       N        Y
            """;

    private static final long COMMUNITY = 7;
    private static final long ME = 1;
    private static final long SOMEONE_ELSE = 42;
    private final CommunityPolicy policy = new AccessPolicy().communities();

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.strip().split("\\s+");
            rows.add(Arguments.of(cells[0], cells[1], cells[2],
                    yes(cells[3]), yes(cells[4]), yes(cells[5]), yes(cells[6]), yes(cells[7]), yes(cells[8])));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("rows")
    void actorMayDoWhatTheRulesSay(String privacyName, String statusName, String actorName, boolean see,
                                   boolean read, boolean join, boolean request, boolean moderate, boolean manage) {
        CommunityAccess access = privacyName.equals("OPEN_APPROVAL") ? CommunityAccess.of(Privacy.OPEN, true)
                : CommunityAccess.of(Privacy.valueOf(privacyName));
        StaffApproval approval = switch (statusName) {
            case "AWAITING" -> StaffApproval.PENDING;
            case "REJECTED" -> StaffApproval.REJECTED;
            default -> StaffApproval.APPROVED;
        };
        CommunityStatus status = approval.approved() ? CommunityStatus.valueOf(statusName) : CommunityStatus.ACTIVE;
        CommunityFacts facts = new CommunityFacts(COMMUNITY, access, status, approval,
                actorName.equals("creator") ? ME : SOMEONE_ELSE);
        Actor actor = actor(actorName);
        Relation relation = relation(actorName);

        assertThat(policy.canSee(actor, facts, relation)).as("see").isEqualTo(see);
        assertThat(policy.canReadContent(actor, facts, relation)).as("read content").isEqualTo(read);
        assertThat(policy.canSeeMembers(actor, facts, relation)).as("see members").isEqualTo(read);
        assertThat(policy.canJoin(actor, facts, relation)).as("join").isEqualTo(join);
        assertThat(policy.canRequest(actor, facts, relation)).as("request").isEqualTo(request);
        assertThat(policy.canModerateMembers(actor, facts, relation)).as("moderate").isEqualTo(moderate);
        assertThat(policy.canManage(actor, facts, relation)).as("manage").isEqualTo(manage);
        assertThat(policy.canEditSettings(actor, facts, relation)).as("edit settings")
                .isEqualTo(manage && status != CommunityStatus.ARCHIVED);

        // List and detail agree: the directory lists exactly what the landing page opens.
        Set<Long> ids = relation.isMember() || relation.invited() ? Set.of(COMMUNITY) : Set.of();
        CommunityPolicy.ListFilter filter = policy.listFilter(actor, ids);
        assertThat(filter.admits(facts)).as("listed in the directory").isEqualTo(see);
    }

    @ParameterizedTest(name = "required={0} staff={1}")
    @MethodSource("newCommunities")
    void aNewCommunityWaitsForStaffOnlyWhenRequiredAndNotMadeByStaff(boolean required, boolean staff, StaffApproval expected) {
        assertThat(policy.approvalOfNew(staff ? Actor.staff(ME) : Actor.member(ME), required)).isEqualTo(expected);
    }

    static Stream<Arguments> newCommunities() {
        return Stream.of(Arguments.of(false, false, StaffApproval.APPROVED), Arguments.of(true, false, StaffApproval.PENDING),
                Arguments.of(true, true, StaffApproval.APPROVED), Arguments.of(false, true, StaffApproval.APPROVED));
    }

    @org.junit.jupiter.api.Test
    void onlyStaffReviewNewCommunities() {
        assertThat(policy.canReviewNewCommunities(Actor.staff(ME))).isTrue();
        assertThat(policy.canReviewNewCommunities(Actor.member(ME))).isFalse();
        assertThat(policy.canReviewNewCommunities(Actor.visitor())).isFalse();
    }

    /**
     * Working groups: actors are named by their tie to the group, and "outsider" (no tie to the
     * parent), "parentMember" (in the parent only) and "parentAdmin" (admin of the parent only).
     * Everyone in a group is a member of the parent. Columns as above, plus create a working
     * group inside it (never: one level deep) and archive (status) and delete it.
     */
    private static final String GROUP_TABLE = """
            # privacy        status    actor        see read join request moderate manage status delete
            PUBLIC          ACTIVE    visitor      N   N    N    N       N        N      N      N
            PUBLIC          ACTIVE    outsider     N   N    N    N       N        N      N      N
            PUBLIC          ACTIVE    parentMember Y   N    Y    N       N        N      N      N
            PUBLIC          ACTIVE    parentAdmin  Y   N    Y    N       N        N      Y      Y
            PUBLIC          ACTIVE    member       Y   Y    N    N       N        N      N      N
            PUBLIC          ACTIVE    admin        Y   Y    N    N       Y        Y      Y      N
            PUBLIC          ACTIVE    staff        Y   Y    Y    N       Y        Y      Y      Y
            SEMI_PRIVATE    ACTIVE    parentMember Y   N    N    Y       N        N      N      N
            SEMI_PRIVATE    ACTIVE    requester    Y   N    N    N       N        N      N      N
            SEMI_PRIVATE    ACTIVE    outsider     N   N    N    N       N        N      N      N
            PRIVATE         ACTIVE    parentMember Y   N    N    N       N        N      N      N
            PRIVATE         ACTIVE    invitee      Y   N    Y    N       N        N      N      N
            PRIVATE         ACTIVE    moderator    Y   Y    N    N       Y        N      N      N
            PRIVATE_HIDDEN  ACTIVE    parentMember N   N    N    N       N        N      N      N
            PRIVATE_HIDDEN  ACTIVE    invitee      Y   N    Y    N       N        N      N      N
            PRIVATE_HIDDEN  ACTIVE    member       Y   Y    N    N       N        N      N      N
            PRIVATE_HIDDEN  ACTIVE    parentAdmin  Y   N    N    N       N        N      Y      Y
            PRIVATE_HIDDEN  ACTIVE    staff        Y   Y    N    N       Y        Y      Y      Y
            PUBLIC          ARCHIVED  parentMember Y   N    N    N       N        N      N      N
            PUBLIC          ARCHIVED  member       Y   Y    N    N       N        N      N      N
            PUBLIC          ARCHIVED  admin        Y   Y    N    N       N        Y      Y      N
            """;

    static Stream<Arguments> groupRows() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : GROUP_TABLE.strip().split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] c = line.strip().split("\\s+");
            rows.add(Arguments.of(Privacy.valueOf(c[0]), CommunityStatus.valueOf(c[1]), c[2], yes(c[3]), yes(c[4]),
                    yes(c[5]), yes(c[6]), yes(c[7]), yes(c[8]), yes(c[9]), yes(c[10])));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "working group {0} {1} {2}")
    @MethodSource("groupRows")
    void workingGroupActorMayDoWhatTheRulesSay(Privacy privacy, CommunityStatus status, String actorName, boolean see,
                                               boolean read, boolean join, boolean request, boolean moderate,
                                               boolean manage, boolean changeStatus, boolean delete) {
        CommunityFacts group = CommunityFacts.workingGroup(COMMUNITY, CommunityAccess.of(privacy), status, 3L);
        Actor actor = actor(actorName);
        Relation relation = switch (actorName) {
            case "visitor", "outsider", "staff" -> Relation.none();
            case "parentMember" -> Relation.none().withParentRole(Role.MEMBER);
            case "parentAdmin" -> Relation.none().withParentRole(Role.ADMIN);
            default -> relation(actorName).withParentRole(Role.MEMBER);
        };

        assertThat(policy.canSee(actor, group, relation)).as("see").isEqualTo(see);
        assertThat(policy.canReadContent(actor, group, relation)).as("read content").isEqualTo(read);
        assertThat(policy.canJoin(actor, group, relation)).as("join").isEqualTo(join);
        assertThat(policy.canRequest(actor, group, relation)).as("request").isEqualTo(request);
        assertThat(policy.canModerateMembers(actor, group, relation)).as("moderate").isEqualTo(moderate);
        assertThat(policy.canManage(actor, group, relation)).as("manage").isEqualTo(manage);
        assertThat(policy.canChangeStatus(actor, group, relation)).as("archive or reactivate").isEqualTo(changeStatus);
        assertThat(policy.canDeleteWorkingGroup(actor, group, relation)).as("delete").isEqualTo(delete);
        assertThat(policy.canCreateWorkingGroup(actor, group, relation)).as("no group inside a group").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creators")
    void onlyAdminsCreateWorkingGroupsWhileTheCommunityIsWritable(String actorName, boolean active, boolean archived) {
        for (CommunityStatus status : List.of(CommunityStatus.ACTIVE, CommunityStatus.ARCHIVED)) {
            CommunityFacts facts = new CommunityFacts(COMMUNITY, CommunityAccess.of(Privacy.PUBLIC), status);
            assertThat(policy.canCreateWorkingGroup(actor(actorName), facts, relation(actorName))).as(status.name())
                    .isEqualTo(status == CommunityStatus.ACTIVE ? active : archived);
        }
    }

    static Stream<Arguments> creators() {
        return Stream.of(Arguments.of("visitor", false, false), Arguments.of("user", false, false),
                Arguments.of("member", false, false), Arguments.of("moderator", false, false),
                Arguments.of("admin", true, false), Arguments.of("staff", false, false));
    }

    @org.junit.jupiter.api.Test
    void onlyMembersOfTheParentCanBeInvitedToAWorkingGroup() {
        CommunityFacts group = CommunityFacts.workingGroup(COMMUNITY, CommunityAccess.of(Privacy.PRIVATE), CommunityStatus.ACTIVE, 3L);
        assertThat(policy.canBeInvited(group, Relation.none())).isFalse();
        assertThat(policy.canBeInvited(group, Relation.none().withParentRole(Role.MEMBER))).isTrue();
        assertThat(policy.canBeInvited(group, Relation.member(Role.MEMBER).withParentRole(Role.MEMBER))).isFalse();
        assertThat(policy.canBeInvited(group, new Relation(null, true, false, false, Role.MEMBER))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aModeratorCannotActOnAnAdmin(String target, boolean allowed) {
        CommunityFacts facts = new CommunityFacts(COMMUNITY, CommunityAccess.of(Privacy.PUBLIC), CommunityStatus.ACTIVE);
        assertThat(policy.canActOn(Actor.member(1), facts, Relation.member(Role.MODERATOR), relation(target)))
                .isEqualTo(allowed);
        assertThat(policy.canActOn(Actor.member(1), facts, Relation.member(Role.ADMIN), relation(target))).isTrue();
    }

    static Stream<Arguments> targets() {
        return Stream.of(Arguments.of("member", true), Arguments.of("moderator", true), Arguments.of("admin", false));
    }

    private static Actor actor(String name) {
        return switch (name) {
            case "visitor" -> Actor.visitor();
            case "staff" -> Actor.staff(99);
            default -> Actor.member(ME);
        };
    }

    private static Relation relation(String name) {
        return switch (name) {
            case "member" -> Relation.member(Role.MEMBER);
            case "moderator" -> Relation.member(Role.MODERATOR);
            case "admin", "creator" -> Relation.member(Role.ADMIN);
            case "banned" -> new Relation(null, true, false, false);
            case "invitee" -> new Relation(null, false, true, false);
            case "requester" -> new Relation(null, false, false, true);
            default -> Relation.none();
        };
    }

    private static boolean yes(String cell) {
        return cell.equals("Y");
    }
}
