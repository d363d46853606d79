package org.praxis.discussion.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Files attached to discussions and comments. */
public interface Attachments extends JpaRepository<Attachment, Long> {

    /** The attachments of the opening post and of some comments of one discussion, oldest first. */
    @Query("""
            select a from Attachment a where a.discussionId = :d and (a.commentId is null or a.commentId in :commentIds)
            order by a.id
            """)
    List<Attachment> ofPosts(@Param("d") long discussionId, @Param("commentIds") Collection<Long> commentIds);

    List<Attachment> findByUploaderId(long uploaderId);
}
