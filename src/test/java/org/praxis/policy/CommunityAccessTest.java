package org.praxis.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The five privacy levels are combinations of separate facts; contradictions are refused. */
class CommunityAccessTest {

    @ParameterizedTest
    @EnumSource(Privacy.class)
    void eachLevelSurvivesTheRoundTrip(Privacy privacy) {
        assertThat(CommunityAccess.of(privacy).privacy()).isEqualTo(privacy);
        assertThat(CommunityAccess.of(privacy, true).privacy()).isEqualTo(privacy);
    }

    @Test
    void openWithApprovalIsStillOpen() {
        CommunityAccess access = CommunityAccess.of(Privacy.OPEN, true);
        assertThat(access.joinMode()).isEqualTo(JoinMode.APPROVAL);
        assertThat(access.contentPublic()).isTrue();
    }

    @Test
    void contradictionsAreRefused() {
        assertThatThrownBy(() -> new CommunityAccess(true, JoinMode.FREE, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommunityAccess(true, JoinMode.APPROVAL, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommunityAccess(false, JoinMode.INVITATION, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommunityAccess(true, JoinMode.INVITATION, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
