package org.praxis.discussion.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All comments. Threads are read a page of top-level comments at a time, by id (keyset). */
public interface Comments extends JpaRepository<Comment, Long> {

    Optional<Comment> findByIdAndDiscussionId(long id, long discussionId);

    // Ordered as the (discussion_id, root_id, id) index is: ordered by id alone, PostgreSQL's planner
    // walked the primary key of all comments hoping to meet this thread's early (280 ms on L).
    @Query("select c from Comment c where c.discussionId = :d and c.rootId is null and c.id > :after "
            + "order by c.discussionId asc, c.rootId asc, c.id asc")
    List<Comment> topLevelAfter(@Param("d") long discussionId, @Param("after") long after, Pageable limit);

    @Query("select c from Comment c where c.discussionId = :d and c.rootId is null and c.id < :before "
            + "order by c.discussionId desc, c.rootId desc, c.id desc")
    List<Comment> topLevelBefore(@Param("d") long discussionId, @Param("before") long before, Pageable limit);

    /** Ids of top-level comments before one (newest first): with a limit of 1, whether there is an older page. */
    @Query("select c.id from Comment c where c.discussionId = :d and c.rootId is null and c.id < :id "
            + "order by c.discussionId desc, c.rootId desc, c.id desc")
    List<Long> topLevelIdsBefore(@Param("d") long discussionId, @Param("id") long id, Pageable limit);

    /** Ids of top-level comments after one (oldest first): with a limit of 1, whether there is a newer page. */
    @Query("select c.id from Comment c where c.discussionId = :d and c.rootId is null and c.id > :id "
            + "order by c.discussionId asc, c.rootId asc, c.id asc")
    List<Long> topLevelIdsAfter(@Param("d") long discussionId, @Param("id") long id, Pageable limit);

    /** The replies shown under some top-level comments, oldest first. */
    @Query("select c from Comment c where c.rootId in :roots order by c.id asc")
    List<Comment> repliesTo(@Param("roots") Collection<Long> rootIds);

    /** Comments (top-level and replies) posted after one, oldest first: what an open page has not shown yet. */
    @Query("select c from Comment c where c.discussionId = :d and c.id > :after order by c.id asc")
    List<Comment> postedAfter(@Param("d") long discussionId, @Param("after") long after, Pageable limit);

    /** The first comment newer than a member's last visit. */
    Optional<Comment> findFirstByDiscussionIdAndIdGreaterThanOrderByIdAsc(long discussionId, long id);
}
