package org.praxis.discussion;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.praxis.community.ReadChecks;
import org.praxis.discussion.internal.Discussion;
import org.praxis.discussion.internal.Discussions;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.ReadableContent;
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
    private final ReadChecks checks;
    private final AccessPolicy policy;

    ReadableDiscussions(Discussions discussions, ReadChecks checks,
                        AccessPolicy policy) {
        this.discussions = discussions;
        this.checks = checks;
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
        List<Discussion> live = found.stream().filter(d -> !d.isRemoved()).toList();
        return checks.readable(actor, live, Discussion::getId, Discussion::getCommunityId,
                (d, c, r) -> policy.discussions().canRead(actor, c, r, d.isMembersOnly()));
    }
}
