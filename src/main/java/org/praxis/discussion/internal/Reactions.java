package org.praxis.discussion.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reactions to posts. */
public interface Reactions extends JpaRepository<Reaction, Reaction.Key> {

    /** Rows of (comment id, kind, count, whether the viewer is among them) for some posts of a discussion. */
    @Query("""
            select r.commentId, r.kind, count(r), sum(case when r.accountId = :viewer then 1 else 0 end)
            from Reaction r where r.discussionId = :d and r.commentId in :commentIds
            group by r.commentId, r.kind
            """)
    List<Object[]> counts(@Param("d") long discussionId, @Param("commentIds") Collection<Long> commentIds,
                          @Param("viewer") long viewer);
}
