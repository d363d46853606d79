package org.praxis.discussion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.praxis.discussion.internal.Reactions;
import org.praxis.policy.Actor;
import org.springframework.stereotype.Component;

/** The reaction counts of the posts on one page, in one query. */
@Component
class ReactionCounts {

    private final Reactions reactions;

    ReactionCounts(Reactions reactions) {
        this.reactions = reactions;
    }

    /** Every kind of reaction, none left yet. */
    static List<ReactionCount> none() {
        return java.util.Arrays.stream(ReactionKind.values()).map(k -> new ReactionCount(k, 0, false)).toList();
    }

    /**
     * Per post id (0 for the opening post), the count of every kind of reaction in the order of
     * {@link ReactionKind}; posts nobody reacted to are absent (see {@link #none}).
     */
    Map<Long, List<ReactionCount>> of(Actor actor, long discussionId, Collection<Long> postIds) {
        Map<Long, Map<ReactionKind, ReactionCount>> found = new HashMap<>();
        long viewer = actor.signedIn() ? actor.accountId() : -1L;
        // Comments by their own ids; 0 (the opening post) is asked for apart: in the list, it would
        // make PostgreSQL read the opening-post reactions of every discussion.
        List<Long> commentIds = postIds.stream().filter(id -> id != 0L).toList();
        for (Object[] row : reactions.counts(discussionId, postIds.contains(0L),
                commentIds.isEmpty() ? List.of(-1L) : commentIds, viewer)) {
            ReactionKind kind = (ReactionKind) row[1];
            found.computeIfAbsent((Long) row[0], k -> new EnumMap<>(ReactionKind.class))
                    .put(kind, new ReactionCount(kind, (Long) row[2], ((Number) row[3]).longValue() > 0));
        }
        Map<Long, List<ReactionCount>> result = new HashMap<>();
        found.forEach((post, byKind) -> {
            List<ReactionCount> all = new ArrayList<>();
            for (ReactionKind kind : ReactionKind.values()) {
                all.add(byKind.getOrDefault(kind, new ReactionCount(kind, 0, false)));
            }
            result.put(post, all);
        });
        return result;
    }
}
