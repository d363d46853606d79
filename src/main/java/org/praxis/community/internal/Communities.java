package org.praxis.community.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.praxis.policy.CommunityStatus;
import org.praxis.policy.JoinMode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All communities. */
public interface Communities extends JpaRepository<Community, Long> {

    /**
     * Moves a community's last activity to {@code at} unless it is already later than {@code since}:
     * one write a minute at most, however many comments arrive (the row is not locked otherwise).
     */
    @Modifying
    @Query("update Community c set c.lastActivityAt = :at where c.id = :id and c.lastActivityAt < :since")
    int touch(@Param("id") long id, @Param("at") java.time.Instant at, @Param("since") java.time.Instant since);

    Optional<Community> findBySlug(String slug);

    /**
     * Approved communities whose own status is ACTIVE, with no activity since {@code quietSince},
     * and not warned since their last activity (a new activity or a reactivation makes the last
     * warning stale), oldest activity first.
     */
    @Query("""
            select c from Community c left join fetch c.parent
            where c.status = org.praxis.policy.CommunityStatus.ACTIVE
              and c.staffApproval = org.praxis.policy.StaffApproval.APPROVED
              and c.lastActivityAt < :quietSince
              and (c.inactivityWarnedAt is null or c.inactivityWarnedAt < c.lastActivityAt)
            order by c.lastActivityAt, c.id""")
    List<Community> quietAndUnwarned(@Param("quietSince") java.time.Instant quietSince, Pageable page);

    /** Marks a community warned at {@code at}, unless a warning since its last activity exists: 0 then. */
    @Modifying
    @Query("""
            update Community c set c.inactivityWarnedAt = :at where c.id = :id
            and (c.inactivityWarnedAt is null or c.inactivityWarnedAt < c.lastActivityAt)""")
    int markWarned(@Param("id") long id, @Param("at") java.time.Instant at);

    boolean existsBySlug(String slug);

    /** The working groups of a community. */
    List<Community> findByParentOrderByNameAsc(Community parent);

    @Query("select c.id from Community c where c.parent.id = :parentId")
    List<Long> workingGroupIdsOf(@Param("parentId") long parentId);

    /**
     * Decides a community waiting for staff; 0 when it was already decided, so two staff
     * answering at the same moment leave exactly one outcome (and one e-mail).
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Community c set c.staffApproval = :outcome, c.staffDecisionReason = :reason "
            + "where c.id = :id and c.staffApproval = org.praxis.policy.StaffApproval.PENDING")
    int review(@Param("id") long id, @Param("outcome") org.praxis.policy.StaffApproval outcome,
               @Param("reason") String reason);

    /** New communities waiting for staff, oldest first. */
    List<Community> findByStaffApprovalOrderByCreatedAtAscIdAsc(org.praxis.policy.StaffApproval staffApproval);

    /** Other communities sharing one of the topics, among those the list predicate lets through, most active first. */
    @Query("""
            select distinct c from Community c join c.topicIds t
            where (:all = true
                   or (c.staffApproval = org.praxis.policy.StaffApproval.APPROVED and (c.hidden = false or c.id in :alsoHidden))
                   or (c.staffApproval <> org.praxis.policy.StaffApproval.APPROVED and c.createdBy = :creator))
              and t in :topicIds and c.id <> :exclude and c.parent is null
            order by c.lastActivityAt desc, c.id
            """)
    List<Community> sharingTopics(@Param("all") boolean all, @Param("alsoHidden") Collection<Long> alsoHidden,
                                  @Param("creator") Long creator,
                                  @Param("topicIds") Collection<Long> topicIds, @Param("exclude") long exclude,
                                  Pageable pageable);

    /**
     * The directory's conditions: the access policy's list predicate ({@code all}; or approved and
     * not hidden or among {@code alsoHidden}; or awaiting approval and made by {@code creator}),
     * then each optional filter.
     */
    String DIRECTORY = """
            from Community c
            where (:all = true
                   or (c.staffApproval = org.praxis.policy.StaffApproval.APPROVED and (c.hidden = false or c.id in :alsoHidden))
                   or (c.staffApproval <> org.praxis.policy.StaffApproval.APPROVED and c.createdBy = :creator))
              and (:name is null or lower(c.name) like :name escape '\\')
              and (:hidden is null or c.hidden = :hidden)
              and (:joinMode is null or c.joinMode = :joinMode)
              and (:contentPublic is null or c.contentPublic = :contentPublic)
              and (:onlyIds = false or c.id in :alsoHidden)
              and (:withGroups = true or c.parent is null)
              and (:topicId is null or :topicId member of c.topicIds)
              and (:language is null or :language member of c.languages)
              and c.status in :statuses
            """;

    /** The directory, in the order the pageable asks for. */
    @Query("select c " + DIRECTORY)
    Page<Community> search(@Param("all") boolean all, @Param("alsoHidden") Collection<Long> alsoHidden,
                           @Param("creator") Long creator,
                           @Param("name") String namePattern, @Param("hidden") Boolean hidden,
                           @Param("joinMode") JoinMode joinMode, @Param("contentPublic") Boolean contentPublic,
                           @Param("onlyIds") boolean onlyIds, @Param("withGroups") boolean withGroups, @Param("topicId") Long topicId,
                           @Param("language") String language, @Param("statuses") Collection<CommunityStatus> statuses,
                           Pageable pageable);

    /**
     * The directory, most members first, counted by the database (the pageable must be unsorted).
     * The count reads the membership table the membership module owns, as its foreign key does.
     */
    @Query(value = "select c " + DIRECTORY
            + " order by (select count(m) from Membership m where m.communityId = c.id) desc, c.id",
            countQuery = "select count(c) " + DIRECTORY)
    Page<Community> searchByMembers(@Param("all") boolean all, @Param("alsoHidden") Collection<Long> alsoHidden,
                                    @Param("creator") Long creator,
                                    @Param("name") String namePattern, @Param("hidden") Boolean hidden,
                                    @Param("joinMode") JoinMode joinMode, @Param("contentPublic") Boolean contentPublic,
                                    @Param("onlyIds") boolean onlyIds, @Param("withGroups") boolean withGroups, @Param("topicId") Long topicId,
                                    @Param("language") String language,
                                    @Param("statuses") Collection<CommunityStatus> statuses, Pageable pageable);
}
