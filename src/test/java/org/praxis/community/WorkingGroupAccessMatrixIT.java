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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The working-group rules of ACCESS-RULES.md over real HTTP, web and API, in a table written
 * by hand. Actors are named by their tie to the group: "outsider" has none to the parent,
 * "parentMember" and "parentAdmin" belong to the parent only, the others are in the group
 * (and so in the parent). "admin" created the group as an admin of the parent. ARCHIVED means
 * the parent is archived, which makes its groups read-only.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingGroupAccessMatrixIT {

    /**
     * see: listed on the parent's page and in the API's list of groups, and the group's page
     * opens (else 404); read: members tab; moderate: request queue and invitations; manage:
     * settings; join: what pressing Join does.
     */
    private static final String TABLE = """
            # privacy       status    actor         see read moderate manage join
            PUBLIC          ACTIVE    visitor       N   N    N        N      -
            PUBLIC          ACTIVE    outsider      N   N    N        N      HIDDEN
            PUBLIC          ACTIVE    parentMember  Y   N    N        N      JOINED
            PUBLIC          ACTIVE    parentAdmin   Y   N    N        N      JOINED
            PUBLIC          ACTIVE    invitee       Y   N    N        N      JOINED
            PUBLIC          ACTIVE    member        Y   Y    N        N      -
            PUBLIC          ACTIVE    moderator     Y   Y    Y        N      -
            PUBLIC          ACTIVE    admin         Y   Y    Y        Y      -
            PUBLIC          ACTIVE    banned        Y   N    N        N      REFUSED
            PUBLIC          ACTIVE    staff         Y   Y    Y        Y      -
            SEMI_PRIVATE    ACTIVE    visitor       N   N    N        N      -
            SEMI_PRIVATE    ACTIVE    outsider      N   N    N        N      HIDDEN
            SEMI_PRIVATE    ACTIVE    parentMember  Y   N    N        N      REQUESTED
            SEMI_PRIVATE    ACTIVE    parentAdmin   Y   N    N        N      REQUESTED
            SEMI_PRIVATE    ACTIVE    requester     Y   N    N        N      REQUESTED
            SEMI_PRIVATE    ACTIVE    invitee       Y   N    N        N      JOINED
            SEMI_PRIVATE    ACTIVE    member        Y   Y    N        N      -
            SEMI_PRIVATE    ACTIVE    moderator     Y   Y    Y        N      -
            SEMI_PRIVATE    ACTIVE    admin         Y   Y    Y        Y      -
            SEMI_PRIVATE    ACTIVE    banned        Y   N    N        N      REFUSED
            SEMI_PRIVATE    ACTIVE    staff         Y   Y    Y        Y      -
            PRIVATE         ACTIVE    outsider      N   N    N        N      HIDDEN
            PRIVATE         ACTIVE    parentMember  Y   N    N        N      REFUSED
            PRIVATE         ACTIVE    parentAdmin   Y   N    N        N      REFUSED
            PRIVATE         ACTIVE    invitee       Y   N    N        N      JOINED
            PRIVATE         ACTIVE    member        Y   Y    N        N      -
            PRIVATE         ACTIVE    moderator     Y   Y    Y        N      -
            PRIVATE         ACTIVE    admin         Y   Y    Y        Y      -
            PRIVATE         ACTIVE    banned        Y   N    N        N      REFUSED
            PRIVATE         ACTIVE    staff         Y   Y    Y        Y      -
            PRIVATE_HIDDEN  ACTIVE    visitor       N   N    N        N      -
            PRIVATE_HIDDEN  ACTIVE    outsider      N   N    N        N      HIDDEN
            PRIVATE_HIDDEN  ACTIVE    parentMember  N   N    N        N      HIDDEN
            PRIVATE_HIDDEN  ACTIVE    parentAdmin   Y   N    N        N      REFUSED
            PRIVATE_HIDDEN  ACTIVE    invitee       Y   N    N        N      JOINED
            PRIVATE_HIDDEN  ACTIVE    member        Y   Y    N        N      -
            PRIVATE_HIDDEN  ACTIVE    moderator     Y   Y    Y        N      -
            PRIVATE_HIDDEN  ACTIVE    admin         Y   Y    Y        Y      -
            PRIVATE_HIDDEN  ACTIVE    banned        N   N    N        N      HIDDEN
            PRIVATE_HIDDEN  ACTIVE    staff         Y   Y    Y        Y      -
            PUBLIC          ARCHIVED  outsider      N   N    N        N      HIDDEN
            PUBLIC          ARCHIVED  parentMember  Y   N    N        N      REFUSED
            PUBLIC          ARCHIVED  member        Y   Y    N        N      -
            PUBLIC          ARCHIVED  moderator     Y   Y    N        N      -
            PUBLIC          ARCHIVED  admin         Y   Y    N        Y      -
            PUBLIC          ARCHIVED  staff         Y   Y    N        Y      -
            PRIVATE_HIDDEN  ARCHIVED  parentMember  N   N    N        N      HIDDEN
            PRIVATE_HIDDEN  ARCHIVED  invitee       Y   N    N        N      REFUSED
            PRIVATE_HIDDEN  ARCHIVED  member        Y   Y    N        N      -
            PRIVATE_HIDDEN  ARCHIVED  parentAdmin   Y   N    N        N      REFUSED
            """;

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @LocalServerPort int port;

    /** A parent community with one working group, and one person per tie to the group. */
    private record Fixture(String parent, String group, Map<String, Browser> browsers, Map<String, ApiClient> apis) {
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
        String base = "/c/" + fixture.group();

        assertThat(Browser.body(web.get("/c/" + fixture.parent()))).as("listed on the parent's page")
                .matches(b -> b.contains("href=\"" + base + "\"") == see);
        assertThat(Browser.body(web.get("/communities/mine"))).as("a group is never in the directory of another")
                .matches(b -> b.contains("href=\"" + base + "\"") == (read && !actor.equals("staff")));
        AccessMatrix.assertPages(web, base, see, read, moderate, manage);

        ApiClient api = fixture.apis().get(actor);
        String apiBase = "/api/v1/communities/" + fixture.group();
        if (api != null) {
            AccessMatrix.assertApi(api, apiBase, see, read, moderate);
            ApiClient.Answer groups = api.get("/api/v1/communities/" + fixture.parent() + "/groups");
            assertThat(groups.status()).isEqualTo(200);
            assertThat(groups.body().toString().contains("\"" + fixture.group() + "\"")).as("API list of groups").isEqualTo(see);
        }

        AccessMatrix.assertJoin(web, base, join);
    }

    private Fixture build(String privacy, String status) {
        AccessMatrix.Cast cast = AccessMatrix.workingGroup(accounts, mailbox, privacy);
        if (status.equals("ARCHIVED")) {
            cast.archive();
        }
        return new Fixture(cast.parent(), cast.slug(), cast.browsers(accounts), cast.apis(accounts, port));
    }
}
