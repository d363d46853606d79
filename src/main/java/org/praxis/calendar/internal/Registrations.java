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

    /** Who holds a place at an event (not the waiting list), by registration order. */
    @org.springframework.data.jpa.repository.Query("""
            select r.accountId from CalendarRegistration r where r.eventId = :eventId and r.status = :status
            order by r.registeredAt, r.id""")
    List<Long> accountIdsByStatus(@org.springframework.data.repository.query.Param("eventId") long eventId,
                                  @org.springframework.data.repository.query.Param("status") RegistrationStatus status);
}
