package org.praxis.community.internal;

import java.util.List;

import org.praxis.membership.CommunityMembership;
import org.praxis.membership.MembershipEvents.MemberLeft;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Leaving, removal or ban from a community takes the person out of its working groups in the
 * same transaction, so that no moment exists where an ex-member still reads a group.
 */
@Component
class WorkingGroupMemberships {

    private final Communities communities;
    private final CommunityMembership membership;

    WorkingGroupMemberships(Communities communities, CommunityMembership membership) {
        this.communities = communities;
        this.membership = membership;
    }

    @EventListener
    void on(MemberLeft event) {
        List<Long> groups = communities.workingGroupIdsOf(event.communityId());
        membership.leaveWorkingGroups(groups, event.accountId(), event.reason());
    }
}
