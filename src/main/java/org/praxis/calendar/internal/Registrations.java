package org.praxis.calendar.internal;

import java.util.List;
import java.util.Optional;

import org.praxis.calendar.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** Registrations for events. */
public interface Registrations extends JpaRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndAccountId(long eventId, long accountId);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);

    List<Registration> findByEventIdOrderByRegisteredAtAscIdAsc(long eventId);

    Optional<Registration> findFirstByEventIdAndStatusOrderByRegisteredAtAscIdAsc(long eventId, RegistrationStatus status);

    List<Registration> findByAccountId(long accountId);
}
