package org.praxis.activity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The entries of streams, read newest first by id (keyset). */
public interface ActivityEntries extends JpaRepository<ActivityEntry, Long> {

    @Query("select e from ActivityEntry e where e.communityId in :communityIds and e.id < :before order by e.id desc")
    List<ActivityEntry> newestIn(@Param("communityIds") Collection<Long> communityIds, @Param("before") long before,
                                 Pageable limit);

    /** A discussion's entries follow it to the community it was moved to. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update ActivityEntry e set e.communityId = :to where e.discussionId = :discussionId")
    int moveDiscussion(@Param("discussionId") long discussionId, @Param("to") long toCommunityId);
}
