package org.praxis.community.internal;

import java.util.List;
import java.util.Map;

import org.praxis.account.AccountErasure;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.membership.CommunityMembership;
import org.praxis.membership.OwnMemberships;
import org.springframework.stereotype.Component;

/**
 * A deleted account leaves all its communities. Where it is the last admin the deletion waits:
 * a community always keeps an admin, so the member names another or leaves first.
 */
@Component
class MembershipErasure implements AccountErasure {

    private final OwnMemberships own;
    private final CommunityMembership membership;
    private final CommunityCatalog communities;

    MembershipErasure(OwnMemberships own, CommunityMembership membership, CommunityCatalog communities) {
        this.own = own;
        this.membership = membership;
        this.communities = communities;
    }

    @Override
    public List<Consequence> consequences(long accountId) {
        return List.of(new Consequence("deletion.count.communities", own.of(accountId).memberships().size()));
    }

    @Override
    public List<Blocker> blockers(long accountId) {
        List<Long> lastAdminOf = own.of(accountId).memberships().stream()
                .filter(m -> m.role().equals("ADMIN") && membership.adminIds(m.communityId()).size() == 1)
                .map(OwnMemberships.Joined::communityId).toList();
        Map<Long, CommunityRef> refs = communities.refs(lastAdminOf);
        return lastAdminOf.stream().map(refs::get)
                .map(c -> new Blocker(c.name(), "/c/" + c.slug() + "/members")).toList();
    }

    @Override
    public void erase(long accountId, boolean contributions) {
        membership.endAll(accountId);
    }
}
