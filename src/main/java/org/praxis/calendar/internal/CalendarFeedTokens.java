package org.praxis.calendar.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Members' calendar-feed secrets, by hash. */
public interface CalendarFeedTokens extends JpaRepository<CalendarFeedToken, Long> {

    Optional<CalendarFeedToken> findByTokenHash(String tokenHash);
}
