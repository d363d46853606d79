package org.praxis.community.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.praxis.policy.CommunityStatus;
import org.praxis.policy.JoinMode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All communities. */
public interface Communities extends JpaRepository<Community, Long> {

    Optional<Community> findBySlug(String slug);

    boolean existsBySlug(String slug);

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
              and t in :topicIds and c.id <> :exclude
            order by c.lastActivityAt desc, c.id
            """)
    List<Community> sharingTopics(@Param("all") boolean all, @Param("alsoHidden") Collection<Long> alsoHidden,
                                  @Param("creator") Long creator,
                                  @Param("topicIds") Collection<Long> topicIds, @Param("exclude") long exclude,
                                  Pageable pageable);

    /**
     * The directory query with the access policy's list predicate ({@code all}; or approved and
     * not hidden or among {@code alsoHidden}; or awaiting approval and made by {@code creator});
     * each filter is optional.
     */
    @Query("""
            select c from Community c
            where (:all = true
                   or (c.staffApproval = org.praxis.policy.StaffApproval.APPROVED and (c.hidden = false or c.id in :alsoHidden))
                   or (c.staffApproval <> org.praxis.policy.StaffApproval.APPROVED and c.createdBy = :creator))
              and (:name is null or lower(c.name) like :name escape '\\')
              and (:hidden is null or c.hidden = :hidden)
              and (:joinMode is null or c.joinMode = :joinMode)
              and (:contentPublic is null or c.contentPublic = :contentPublic)
              and (:onlyIds = false or c.id in :alsoHidden)
              and (:topicId is null or :topicId member of c.topicIds)
              and c.status in :statuses
            """)
    Page<Community> search(@Param("all") boolean all, @Param("alsoHidden") Collection<Long> alsoHidden,
                           @Param("creator") Long creator,
                           @Param("name") String namePattern, @Param("hidden") Boolean hidden,
                           @Param("joinMode") JoinMode joinMode, @Param("contentPublic") Boolean contentPublic,
                           @Param("onlyIds") boolean onlyIds, @Param("topicId") Long topicId, @Param("statuses") Collection<CommunityStatus> statuses,
                           Pageable pageable);
}
