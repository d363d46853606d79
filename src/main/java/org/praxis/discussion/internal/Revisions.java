package org.praxis.discussion.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The texts that edits replaced. */
public interface Revisions extends JpaRepository<Revision, Long> {

    List<Revision> findByDiscussionIdAndCommentIdIsNullOrderByIdDesc(long discussionId);

    List<Revision> findByDiscussionIdAndCommentIdOrderByIdDesc(long discussionId, long commentId);
}
