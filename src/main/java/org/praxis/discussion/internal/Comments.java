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

    @Query("select c from Comment c where c.discussionId = :d and c.rootId is null and c.id > :after order by c.id asc")
    List<Comment> topLevelAfter(@Param("d") long discussionId, @Param("after") long after, Pageable limit);

    @Query("select c from Comment c where c.discussionId = :d and c.rootId is null and c.id < :before order by c.id desc")
    List<Comment> topLevelBefore(@Param("d") long discussionId, @Param("before") long before, Pageable limit);

    @Query("select count(c) > 0 from Comment c where c.discussionId = :d and c.rootId is null and c.id < :id")
    boolean hasTopLevelBefore(@Param("d") long discussionId, @Param("id") long id);

    @Query("select count(c) > 0 from Comment c where c.discussionId = :d and c.rootId is null and c.id > :id")
    boolean hasTopLevelAfter(@Param("d") long discussionId, @Param("id") long id);

    /** The replies shown under some top-level comments, oldest first. */
    @Query("select c from Comment c where c.rootId in :roots order by c.id asc")
    List<Comment> repliesTo(@Param("roots") Collection<Long> rootIds);

    /** The first comment newer than a member's last visit. */
    Optional<Comment> findFirstByDiscussionIdAndIdGreaterThanOrderByIdAsc(long discussionId, long id);
}
