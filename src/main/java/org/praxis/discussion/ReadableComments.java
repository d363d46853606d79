package org.praxis.discussion;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.praxis.discussion.internal.Comment;
import org.praxis.discussion.internal.Comments;
import org.praxis.discussion.internal.Discussions;
import org.praxis.policy.Actor;
import org.praxis.policy.ReadableContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which comments and replies an actor may read now: those not removed, in a discussion the
 * actor may read ({@link ReadableDiscussions}), which is how the discussion page shows them.
 */
@Component
class ReadableComments implements ReadableContent {

    static final String TYPE = "COMMENT";

    private final Comments comments;
    private final Discussions discussions;
    private final ReadableDiscussions readableDiscussions;

    ReadableComments(Comments comments, Discussions discussions, ReadableDiscussions readableDiscussions) {
        this.comments = comments;
        this.discussions = discussions;
        this.readableDiscussions = readableDiscussions;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableBy(Actor actor, Collection<Long> ids) {
        Set<Long> readable = new HashSet<>();
        if (ids.isEmpty()) {
            return readable;
        }
        List<Comment> live = comments.findAllById(Set.copyOf(ids)).stream().filter(c -> !c.isRemoved()).toList();
        if (live.isEmpty()) {
            return readable;
        }
        Set<Long> discussionIds = new HashSet<>();
        live.forEach(c -> discussionIds.add(c.getDiscussionId()));
        Set<Long> readableDiscussionIds = readableDiscussions.readableAmong(actor, discussions.findAllById(discussionIds));
        for (Comment c : live) {
            if (readableDiscussionIds.contains(c.getDiscussionId())) {
                readable.add(c.getId());
            }
        }
        return readable;
    }
}
