package org.praxis.calendar.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Who attended which event. */
public interface Attendances extends JpaRepository<Attendance, Attendance.Key> {

    List<Attendance> findByEventId(long eventId);

    long countByEventId(long eventId);
}
