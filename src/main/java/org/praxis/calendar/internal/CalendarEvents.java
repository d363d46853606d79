package org.praxis.calendar.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.praxis.calendar.EventStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Calendar events. */
public interface CalendarEvents extends JpaRepository<Event, Long> {

    /** The event row, locked until the transaction ends: registrations for one event take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from CalendarEvent e where e.id = :id")
    Optional<Event> lockById(@Param("id") long id);

    @Query("""
            select e from CalendarEvent e where e.communityId = :community and e.status = :status and e.lastEndsAt >= :now
            and (:membersOnly = true or e.membersOnly = false) order by e.startsAt asc, e.id asc""")
    List<Event> upcoming(@Param("community") long communityId, @Param("status") EventStatus status,
                         @Param("now") Instant now, @Param("membersOnly") boolean seesMembersOnly, Pageable page);

    @Query("""
            select count(e) from CalendarEvent e where e.communityId = :community and e.status = :status and e.lastEndsAt >= :now
            and (:membersOnly = true or e.membersOnly = false)""")
    long countUpcoming(@Param("community") long communityId, @Param("status") EventStatus status,
                       @Param("now") Instant now, @Param("membersOnly") boolean seesMembersOnly);

    @Query("""
            select e from CalendarEvent e where e.communityId = :community and e.status = :status and e.lastEndsAt < :now
            and (:membersOnly = true or e.membersOnly = false) order by e.startsAt desc, e.id desc""")
    List<Event> past(@Param("community") long communityId, @Param("status") EventStatus status,
                     @Param("now") Instant now, @Param("membersOnly") boolean seesMembersOnly, Pageable page);

    @Query("""
            select e from CalendarEvent e where e.communityId = :community and e.status = :status
            and (:all = true or e.createdBy = :account) order by e.startsAt asc, e.id asc""")
    List<Event> proposals(@Param("community") long communityId, @Param("status") EventStatus status,
                          @Param("all") boolean all, @Param("account") long accountId);

    @Query("""
            select e from CalendarEvent e where e.seriesId = :series and e.communityId = :community and e.status = :status
            and (:membersOnly = true or e.membersOnly = false) order by e.startsAt desc, e.id desc""")
    List<Event> inSeries(@Param("community") long communityId, @Param("series") long seriesId,
                         @Param("status") EventStatus status, @Param("membersOnly") boolean seesMembersOnly);

    /**
     * Published events not over yet, in some communities (or, with {@code any}, every community's
     * events open to non-members), soonest first.
     */
    @Query("""
            select e from CalendarEvent e where e.status = :status and e.lastEndsAt >= :now
            and (:any = true or e.communityId in :communities) and (:any = false or e.membersOnly = false)
            order by e.startsAt asc, e.id asc""")
    List<Event> upcomingIn(@Param("status") EventStatus status, @Param("now") Instant now, @Param("any") boolean any,
                           @Param("communities") Collection<Long> communityIds, Pageable page);

    /** Published events of some communities, the latest first, so a feed that is cut keeps what is coming and recent. */
    @Query("""
            select e from CalendarEvent e where e.status = :status and e.communityId in :communities
            order by e.lastEndsAt desc, e.id desc""")
    List<Event> allIn(@Param("status") EventStatus status, @Param("communities") Collection<Long> communityIds,
                      Pageable page);

    /**
     * Published events that may have an occurrence starting by {@code until}: begun by then and
     * not over yet. The caller finds which occurrence comes next.
     */
    @Query("""
            select e from CalendarEvent e where e.status = org.praxis.calendar.EventStatus.PUBLISHED
            and e.startsAt <= :until and e.lastEndsAt > :now order by e.startsAt asc, e.id asc""")
    List<Event> mayStartBy(@Param("now") Instant now, @Param("until") Instant until);

    /**
     * Marks the occurrence starting at {@code occurrence} as given its 24-hour reminder, unless it
     * already was: 0 then, so that two runs at the same moment remind once.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update CalendarEvent e set e.dayReminderFor = :occurrence where e.id = :id
            and e.status = org.praxis.calendar.EventStatus.PUBLISHED
            and (e.dayReminderFor is null or e.dayReminderFor <> :occurrence)""")
    int markDayReminder(@Param("id") long id, @Param("occurrence") Instant occurrence);

    /**
     * Marks the occurrence as given its 1-hour reminder (and its 24-hour one, which it no longer
     * needs), unless it already was.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update CalendarEvent e set e.hourReminderFor = :occurrence, e.dayReminderFor = :occurrence where e.id = :id
            and e.status = org.praxis.calendar.EventStatus.PUBLISHED
            and (e.hourReminderFor is null or e.hourReminderFor <> :occurrence)""")
    int markHourReminder(@Param("id") long id, @Param("occurrence") Instant occurrence);
}
