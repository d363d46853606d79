package org.praxis.discussion.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reactions to posts. */
public interface Reactions extends JpaRepository<Reaction, Reaction.Key> {

    /**
     * Rows of (comment id, kind, count, whether the viewer is among them) for some comments
     * (found by their own ids, which are unique; never 0) and, with {@code opening}, the opening post
     * (comment id 0 of this discussion). Looking comments up within the discussion instead made
     * PostgreSQL read every reaction of a long thread for each page of it.
     */
    @Query("""
            select r.commentId, r.kind, count(r), sum(case when r.accountId = :viewer then 1 else 0 end)
            from Reaction r
            where r.commentId in :commentIds
               or (:opening = true and r.discussionId = :d and r.commentId = 0)
            group by r.commentId, r.kind
            """)
    List<Object[]> counts(@Param("d") long discussionId, @Param("opening") boolean opening,
                          @Param("commentIds") Collection<Long> commentIds, @Param("viewer") long viewer);
}
