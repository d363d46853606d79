package org.praxis.community.internal;

import java.time.Clock;

import org.praxis.membership.MembershipEvents.MemberJoined;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps each community's last activity, from which "inactive" (nothing new for a year) follows. */
@Component
class CommunityActivity {

    private final Communities communities;
    private final Clock clock;

    CommunityActivity(Communities communities, Clock clock) {
        this.communities = communities;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        communities.findById(event.communityId()).ifPresent(c -> c.touch(clock.instant()));
    }
}
