package org.praxis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The account rules as a table: every actor against every question. */
class AccountPolicyTest {

    private static final long OWNER = 1;
    private static final long OTHER = 2;
    private static final long STAFF = 3;

    private final AccountPolicy policy = new AccessPolicy().accounts();

    static Stream<Arguments> actors() {
        // actor, view profiles, see owner's real name, manage accounts, suspend owner, see unlisted owner
        return Stream.of(
                Arguments.of("visitor", Actor.visitor(), false, false, false, false, false),
                Arguments.of("owner", Actor.member(OWNER), true, true, false, false, true),
                Arguments.of("other member", Actor.member(OTHER), true, false, false, false, false),
                Arguments.of("staff", Actor.staff(STAFF), true, true, true, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actors")
    void eachActorGetsWhatTheRulesSay(String name, Actor actor, boolean viewProfiles, boolean realName,
                                      boolean manage, boolean suspend, boolean seeUnlisted) {
        assertThat(policy.canViewProfiles(actor)).isEqualTo(viewProfiles);
        assertThat(policy.canSeeRealName(actor, OWNER)).isEqualTo(realName);
        assertThat(policy.canManageAccounts(actor)).isEqualTo(manage);
        assertThat(policy.canReadMailFolder(actor)).isEqualTo(manage);
        assertThat(policy.canSuspend(actor, OWNER)).isEqualTo(suspend);
        assertThat(policy.canSeeAccount(actor, OWNER, false)).isEqualTo(seeUnlisted);
        assertThat(policy.canSeeAccount(actor, OWNER, true)).isEqualTo(viewProfiles);
        // List and detail agree: whatever the directory lists, the profile page shows.
        if (policy.directoryIncludesUnlisted(actor)) {
            assertThat(policy.canSeeAccount(actor, OTHER, false)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actors")
    void nobodySuspendsThemselves(String name, Actor actor, boolean viewProfiles, boolean realName,
                                  boolean manage, boolean suspend, boolean seeUnlisted) {
        if (actor.signedIn()) {
            assertThat(policy.canSuspend(actor, actor.accountId())).isFalse();
        }
    }
}
