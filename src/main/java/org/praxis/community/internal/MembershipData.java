package org.praxis.community.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.account.PersonalDataPart;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.membership.OwnMemberships;
import org.springframework.stereotype.Component;

/**
 * A member's memberships, join requests and invitations for their export, with the communities'
 * names. It lives here and not in membership because membership cannot name communities.
 */
@Component
class MembershipData implements PersonalDataPart {

    /** The member's ties to communities. */
    public record Ties(List<Joined> memberships, List<Asked> joinRequests, List<Invited> invitations) {
    }

    /** A community they belong to. */
    public record Joined(CommunityRef community, String role, Instant joinedAt) {
    }

    /** A request they made to join. */
    public record Asked(CommunityRef community, String message, String status, Instant createdAt, Instant decidedAt) {
    }

    /** An invitation they received. */
    public record Invited(CommunityRef community, String status, Instant createdAt, Instant expiresAt, Instant decidedAt) {
    }

    private final OwnMemberships memberships;
    private final CommunityCatalog communities;

    MembershipData(OwnMemberships memberships, CommunityCatalog communities) {
        this.memberships = memberships;
        this.communities = communities;
    }

    @Override
    public String name() {
        return "communities";
    }

    @Override
    public Object export(long accountId) {
        OwnMemberships.Ties ties = memberships.of(accountId);
        Set<Long> ids = new HashSet<>();
        ties.memberships().forEach(m -> ids.add(m.communityId()));
        ties.joinRequests().forEach(r -> ids.add(r.communityId()));
        ties.invitations().forEach(i -> ids.add(i.communityId()));
        Map<Long, CommunityRef> refs = communities.refs(ids);
        return new Ties(
                ties.memberships().stream().map(m -> new Joined(refs.get(m.communityId()), m.role(), m.joinedAt())).toList(),
                ties.joinRequests().stream().map(r -> new Asked(refs.get(r.communityId()), r.message(), r.status(),
                        r.createdAt(), r.decidedAt())).toList(),
                ties.invitations().stream().map(i -> new Invited(refs.get(i.communityId()), i.status(), i.createdAt(),
                        i.expiresAt(), i.decidedAt())).toList());
    }
}
