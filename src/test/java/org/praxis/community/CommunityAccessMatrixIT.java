package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The access rules over real HTTP, web pages and API: for every privacy, status and actor,
 * what the actor can open and do. The table mirrors ACCESS-RULES.md and is written by hand,
 * apart from the code; a row that disagrees with the code is a bug in one of them.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityAccessMatrixIT {

    /**
     * see: listed in the directory and landing page opens (else 404); read: members tab;
     * moderate: join-request queue and invitations, removing and banning members, approving requests;
     * manage: settings, and creating a working group
     * while the community is not archived; join/request: what pressing Join does (- where the
     * actor is already in, or the rules give no way in). OPEN_APPROVAL is an open community whose
     * admins approve each join; AWAITING is a community made while staff approval of new
     * communities was on, not yet approved (its admin is its creator).
     */
    private static final String TABLE = """
            # privacy       status    actor      see read moderate manage join
            OPEN            ACTIVE    visitor    Y   Y    N        N      -
            OPEN            ACTIVE    user       Y   Y    N        N      JOINED
            OPEN            ACTIVE    invitee    Y   Y    N        N      JOINED
            OPEN            ACTIVE    member     Y   Y    N        N      -
            OPEN            ACTIVE    moderator  Y   Y    Y        N      -
            OPEN            ACTIVE    admin      Y   Y    Y        Y      -
            OPEN            ACTIVE    banned     Y   Y    N        N      REFUSED
            OPEN            ACTIVE    staff      Y   Y    Y        Y      -
            PUBLIC          ACTIVE    visitor    Y   N    N        N      -
            PUBLIC          ACTIVE    user       Y   N    N        N      JOINED
            PUBLIC          ACTIVE    invitee    Y   N    N        N      JOINED
            PUBLIC          ACTIVE    member     Y   Y    N        N      -
            PUBLIC          ACTIVE    moderator  Y   Y    Y        N      -
            PUBLIC          ACTIVE    admin      Y   Y    Y        Y      -
            PUBLIC          ACTIVE    banned     Y   N    N        N      REFUSED
            PUBLIC          ACTIVE    staff      Y   Y    Y        Y      -
            SEMI_PRIVATE    ACTIVE    visitor    Y   N    N        N      -
            SEMI_PRIVATE    ACTIVE    user       Y   N    N        N      REQUESTED
            SEMI_PRIVATE    ACTIVE    requester  Y   N    N        N      REQUESTED
            SEMI_PRIVATE    ACTIVE    invitee    Y   N    N        N      JOINED
            SEMI_PRIVATE    ACTIVE    member     Y   Y    N        N      -
            SEMI_PRIVATE    ACTIVE    moderator  Y   Y    Y        N      -
            SEMI_PRIVATE    ACTIVE    admin      Y   Y    Y        Y      -
            SEMI_PRIVATE    ACTIVE    banned     Y   N    N        N      REFUSED
            SEMI_PRIVATE    ACTIVE    staff      Y   Y    Y        Y      -
            PRIVATE         ACTIVE    visitor    Y   N    N        N      -
            PRIVATE         ACTIVE    user       Y   N    N        N      REFUSED
            PRIVATE         ACTIVE    invitee    Y   N    N        N      JOINED
            PRIVATE         ACTIVE    member     Y   Y    N        N      -
            PRIVATE         ACTIVE    moderator  Y   Y    Y        N      -
            PRIVATE         ACTIVE    admin      Y   Y    Y        Y      -
            PRIVATE         ACTIVE    banned     Y   N    N        N      REFUSED
            PRIVATE         ACTIVE    staff      Y   Y    Y        Y      -
            PRIVATE_HIDDEN  ACTIVE    visitor    N   N    N        N      -
            PRIVATE_HIDDEN  ACTIVE    user       N   N    N        N      HIDDEN
            PRIVATE_HIDDEN  ACTIVE    invitee    Y   N    N        N      JOINED
            PRIVATE_HIDDEN  ACTIVE    member     Y   Y    N        N      -
            PRIVATE_HIDDEN  ACTIVE    moderator  Y   Y    Y        N      -
            PRIVATE_HIDDEN  ACTIVE    admin      Y   Y    Y        Y      -
            PRIVATE_HIDDEN  ACTIVE    banned     N   N    N        N      HIDDEN
            PRIVATE_HIDDEN  ACTIVE    staff      Y   Y    Y        Y      -
            OPEN            ARCHIVED  visitor    Y   Y    N        N      -
            OPEN            ARCHIVED  user       Y   Y    N        N      REFUSED
            OPEN            ARCHIVED  member     Y   Y    N        N      -
            OPEN            ARCHIVED  moderator  Y   Y    N        N      -
            OPEN            ARCHIVED  admin      Y   Y    N        Y      -
            OPEN            ARCHIVED  staff      Y   Y    N        Y      -
            PUBLIC          ARCHIVED  user       Y   N    N        N      REFUSED
            PUBLIC          ARCHIVED  member     Y   Y    N        N      -
            SEMI_PRIVATE    ARCHIVED  user       Y   N    N        N      REFUSED
            SEMI_PRIVATE    ARCHIVED  member     Y   Y    N        N      -
            SEMI_PRIVATE    ARCHIVED  admin      Y   Y    N        Y      -
            PRIVATE         ARCHIVED  invitee    Y   N    N        N      REFUSED
            PRIVATE         ARCHIVED  member     Y   Y    N        N      -
            PRIVATE_HIDDEN  ARCHIVED  user       N   N    N        N      HIDDEN
            PRIVATE_HIDDEN  ARCHIVED  member     Y   Y    N        N      -
            PRIVATE_HIDDEN  ARCHIVED  staff      Y   Y    N        Y      -
            OPEN_APPROVAL   ACTIVE    visitor    Y   Y    N        N      -
            OPEN_APPROVAL   ACTIVE    user       Y   Y    N        N      REQUESTED
            OPEN_APPROVAL   ACTIVE    requester  Y   Y    N        N      REQUESTED
            OPEN_APPROVAL   ACTIVE    invitee    Y   Y    N        N      JOINED
            OPEN_APPROVAL   ACTIVE    member     Y   Y    N        N      -
            OPEN_APPROVAL   ACTIVE    moderator  Y   Y    Y        N      -
            OPEN_APPROVAL   ACTIVE    admin      Y   Y    Y        Y      -
            OPEN_APPROVAL   ACTIVE    banned     Y   Y    N        N      REFUSED
            OPEN_APPROVAL   ACTIVE    staff      Y   Y    Y        Y      -
            OPEN_APPROVAL   ARCHIVED  user       Y   Y    N        N      REFUSED
            OPEN_APPROVAL   ARCHIVED  requester  Y   Y    N        N      -
            OPEN            AWAITING  visitor    N   N    N        N      -
            OPEN            AWAITING  user       N   N    N        N      HIDDEN
            OPEN            AWAITING  admin      Y   Y    N        Y      -
            OPEN            AWAITING  staff      Y   Y    N        Y      -
            SEMI_PRIVATE    AWAITING  visitor    N   N    N        N      -
            SEMI_PRIVATE    AWAITING  user       N   N    N        N      HIDDEN
            SEMI_PRIVATE    AWAITING  admin      Y   Y    N        Y      -
            SEMI_PRIVATE    AWAITING  staff      Y   Y    N        Y      -
            """;

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @LocalServerPort int port;

    /** One community per privacy and status, with one person in each role. */
    private record Fixture(String slug, String name, Map<String, Browser> browsers, Map<String, ApiClient> apis) {
    }

    private final Map<String, Fixture> fixtures = new HashMap<>();

    static Stream<Arguments> rows() {
        return AccessMatrix.rows(TABLE);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("rows")
    void actorGetsWhatTheRulesSay(String privacy, String status, String actor, boolean see, boolean read,
                                  boolean moderate, boolean manage, String join) {
        Fixture fixture = fixtures.computeIfAbsent(privacy + "/" + status, k -> build(privacy, status));
        Browser web = fixture.browsers().get(actor);
        String base = "/c/" + fixture.slug();

        assertThat(Browser.body(web.get("/communities?q=" + fixture.name()))).as("listed in the directory")
                .matches(b -> b.contains("href=\"" + base + "\"") == see);
        AccessMatrix.assertPages(web, base, see, read, moderate, manage);

        ApiClient api = fixture.apis().get(actor);
        String apiBase = "/api/v1/communities/" + fixture.slug();
        if (api == null) {
            assertThat(ApiClient.anonymous(port).get(apiBase).status()).as("API without a token").isEqualTo(401);
        } else {
            AccessMatrix.assertApi(api, apiBase, see, read, moderate);
        }

        // Acting on people: remove a member, ban one, approve a request (where joining asks for it).
        if (!actor.equals("visitor")) {
            web.get("/");
            Member removable = placedMember(fixture.slug());
            MvcResult remove = web.post(base + "/manage/members/" + removable.id() + "/remove");
            assertThat(membershipsOf(fixture.slug(), removable.id()) == 0).as("remove a member").isEqualTo(moderate);
            assertThat(remove.getResponse().getStatus()).as("an answer, not a failure").isIn(302, 403, 404);
            Member bannable = placedMember(fixture.slug());
            web.post(base + "/manage/members/" + bannable.id() + "/ban", "reason", "Matrix " + actor);
            assertThat(bansOf(fixture.slug(), bannable.id()) == 1).as("ban a member").isEqualTo(moderate);
            if (api != null) {
                Member apiRemovable = placedMember(fixture.slug());
                assertThat(api.post(apiBase + "/members/" + apiRemovable.id() + "/remove", null).status() == 204)
                        .as("API remove a member").isEqualTo(moderate);
            }
            if (privacy.equals("SEMI_PRIVATE") || privacy.equals("OPEN_APPROVAL")) {
                Member applicant = accounts.member("Applicant");
                long requestId = placeRequest(fixture.slug(), applicant.id());
                web.post(base + "/manage/requests/" + requestId + "/approve");
                assertThat(membershipsOf(fixture.slug(), applicant.id()) == 1).as("approve a request").isEqualTo(moderate);
            }
        }

        // Creating a working group: the community's admins, while it is not archived.
        // Staff oversee groups but do not found them: a group's members all belong to its parent.
        boolean createGroup = manage && status.equals("ACTIVE") && !actor.equals("staff");
        web.get("/");
        MvcResult group = web.post(base + "/manage/groups", "name", "Group of " + actor + " " + System.nanoTime(),
                "shortDescription", "A working group", "privacy", "PUBLIC");
        String groupUrl = group.getResponse().getRedirectedUrl();
        assertThat(groupUrl != null && groupUrl.startsWith("/c/")).as("create a working group").isEqualTo(createGroup);
        if (!see && !actor.equals("visitor")) {
            assertThat(group.getResponse().getStatus()).as("hidden stays 404").isEqualTo(404);
        }
        if (api != null) {
            assertThat(api.post(apiBase + "/groups", "{\"name\":\"Api group " + System.nanoTime()
                    + "\",\"shortDescription\":\"x\",\"privacy\":\"PRIVATE\"}").status() == 201)
                    .as("API create a working group").isEqualTo(createGroup);
        }

        // Last, because it may change the actor's own standing (and only theirs).
        AccessMatrix.assertJoin(web, base, join);
    }

    /** Someone made a member directly in the database, to be acted on without touching the fixture's people. */
    private Member placedMember(String slug) {
        Member member = accounts.member("Target");
        accounts.jdbc().update("insert into membership (community_id, account_id, role, joined_at) "
                + "select id, ?, 'MEMBER', current_timestamp from community where slug = ?", member.id(), slug);
        return member;
    }

    private long placeRequest(String slug, long accountId) {
        accounts.jdbc().update("insert into join_request (community_id, account_id, message, status, created_at) "
                + "select id, ?, 'Matrix', 'PENDING', current_timestamp from community where slug = ?", accountId, slug);
        return accounts.jdbc().queryForObject("select r.id from join_request r join community c on c.id = r.community_id "
                + "where c.slug = ? and r.account_id = ?", Long.class, slug, accountId);
    }

    private long membershipsOf(String slug, long accountId) {
        return accounts.jdbc().queryForObject("select count(*) from membership m join community c on c.id = m.community_id "
                + "where c.slug = ? and m.account_id = ?", Long.class, slug, accountId);
    }

    private long bansOf(String slug, long accountId) {
        return accounts.jdbc().queryForObject("select count(*) from community_ban b join community c on c.id = b.community_id "
                + "where c.slug = ? and b.account_id = ?", Long.class, slug, accountId);
    }

    private Fixture build(String privacy, String status) {
        AccessMatrix.Cast cast = AccessMatrix.community(accounts, mailbox, privacy, status.equals("AWAITING"));
        if (status.equals("ARCHIVED")) {
            cast.archive();
        }
        return new Fixture(cast.slug(), cast.name(), cast.browsers(accounts), cast.apis(accounts, port));
    }
}
