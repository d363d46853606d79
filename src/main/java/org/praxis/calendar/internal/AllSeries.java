package org.praxis.calendar.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The series of webinars. */
public interface AllSeries extends JpaRepository<Series, Long> {

    List<Series> findByCommunityIdOrderByTitleAsc(long communityId);
}
