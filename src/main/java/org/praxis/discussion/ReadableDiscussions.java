package org.praxis.discussion;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.community.CommunityCatalog;
import org.praxis.discussion.internal.Discussion;
import org.praxis.discussion.internal.Discussions;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.ReadableContent;
import org.praxis.policy.Relation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which discussions and announcements an actor may read now, for notifications, digests and
 * live updates: the discussion page's decision ({@code DiscussionPolicy#canRead}: the
 * community's content rule, members-only items for members), taken for many at once in a few
 * queries. A removed discussion is left out for everyone, moderators included: the page still
 * shows it to them, marked removed, but nobody is notified about it.
 */
@Component
class ReadableDiscussions implements ReadableContent {

    static final String TYPE = "DISCUSSION";

    private final Discussions discussions;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final AccessPolicy policy;

    ReadableDiscussions(Discussions discussions, CommunityCatalog catalog, CommunityMembership membership,
                        AccessPolicy policy) {
        this.discussions = discussions;
        this.catalog = catalog;
        this.membership = membership;
        this.policy = policy;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableBy(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return readableAmong(actor, discussions.findAllById(Set.copyOf(ids)));
    }

    /** The ids of those of these discussions the actor may read: three to five queries whatever their number. */
    Set<Long> readableAmong(Actor actor, List<Discussion> found) {
        Set<Long> readable = new HashSet<>();
        List<Discussion> live = found.stream().filter(d -> !d.isRemoved()).toList();
        if (live.isEmpty()) {
            return readable;
        }
        Set<Long> communityIds = new HashSet<>();
        live.forEach(d -> communityIds.add(d.getCommunityId()));
        Map<Long, CommunityFacts> facts = catalog.factsOf(communityIds);
        Map<Long, Relation> relations = membership.relationsTo(actor, facts.values());
        for (Discussion d : live) {
            CommunityFacts c = facts.get(d.getCommunityId());
            if (c != null && policy.discussions().canRead(actor, c, relations.get(c.id()), d.isMembersOnly())) {
                readable.add(d.getId());
            }
        }
        return readable;
    }
}
