package org.praxis.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.praxis.community.internal.Communities;
import org.praxis.membership.MembershipEvents.MemberJoined;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each community's last activity, from which "inactive" (nothing new for a year)
 * follows. Other modules report what happened in a community (a comment, a discussion).
 */
@Service
public class CommunityActivity {

    private final Communities communities;
    private final Clock clock;

    CommunityActivity(Communities communities, Clock clock) {
        this.communities = communities;
        this.clock = clock;
    }

    /** How far behind the last activity may lag: it only has to tell a living community from a dormant one. */
    static final Duration PRECISION = Duration.ofMinutes(1);

    /** Something new happened in the community at that instant. */
    @Transactional
    public void record(long communityId, Instant at) {
        communities.touch(communityId, at, at.minus(PRECISION));
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        record(event.communityId(), clock.instant());
    }
}
