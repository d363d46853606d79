package org.praxis.discussion.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Members' last visits to discussions. */
public interface Visits extends JpaRepository<Visit, Visit.Key> {

    List<Visit> findByAccountIdAndDiscussionIdIn(long accountId, Collection<Long> discussionIds);
}
