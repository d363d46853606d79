package org.praxis.discussion;

import java.util.List;

import org.praxis.community.CommunityCatalog;
import org.praxis.discussion.internal.Discussion;
import org.praxis.discussion.internal.Discussions;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether someone may read a discussion now, asked by its id alone, for what follows a
 * discussion outside a page request (live updates). Asked again each time something is sent,
 * so a member who left or was removed, a removed discussion or a privacy change answers "no"
 * at once. Answers the same as opening the discussion's page, without writing to the audit log.
 */
@Service
public class DiscussionAccess {

    private final Discussions discussions;
    private final CommunityCatalog catalog;
    private final PostRules posts;

    DiscussionAccess(Discussions discussions, CommunityCatalog catalog, PostRules posts) {
        this.discussions = discussions;
        this.catalog = catalog;
        this.posts = posts;
    }

    /** Whether the actor may read the discussion (and so its comments); unknown ids answer false. */
    @Transactional(readOnly = true)
    public boolean canRead(Actor actor, long discussionId) {
        Discussion d = discussions.findById(discussionId).orElse(null);
        if (d == null) {
            return false;
        }
        CommunityFacts community = catalog.factsOf(List.of(d.getCommunityId())).get(d.getCommunityId());
        if (community == null) {
            return false;
        }
        Relation relation = posts.relation(actor, community);
        return posts.rules().canRead(actor, community, relation, d.isMembersOnly())
                && (!d.isRemoved() || posts.rules().canSeeRemoved(actor, community, relation));
    }
}
