package org.praxis.community;

import java.time.Clock;
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

    /** Something new happened in the community at that instant. */
    @Transactional
    public void record(long communityId, Instant at) {
        communities.findById(communityId).ifPresent(c -> c.touch(at));
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        record(event.communityId(), clock.instant());
    }
}
