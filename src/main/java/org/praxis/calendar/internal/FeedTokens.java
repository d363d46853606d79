package org.praxis.calendar.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Members' calendar-feed secrets, by hash. */
public interface FeedTokens extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByTokenHash(String tokenHash);
}
