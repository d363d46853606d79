package org.praxis.membership.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All join requests. */
public interface JoinRequests extends JpaRepository<JoinRequest, Long> {

    Optional<JoinRequest> findByCommunityIdAndAccountId(long communityId, long accountId);

    List<JoinRequest> findByCommunityIdAndStatusOrderByCreatedAtAsc(long communityId, JoinRequest.Status status);

    long countByCommunityIdAndStatus(long communityId, JoinRequest.Status status);

    List<JoinRequest> findByAccountIdAndStatus(long accountId, JoinRequest.Status status);

    List<JoinRequest> findByAccountIdAndStatusAndCommunityIdIn(long accountId, JoinRequest.Status status,
                                                               java.util.Collection<Long> communityIds);

    /**
     * Decides a pending request; 0 when it was already decided, so two moderators clicking at
     * the same moment leave exactly one outcome.
     */
    @Modifying
    @Query("update JoinRequest r set r.status = :outcome, r.decidedAt = :now, r.decidedBy = :by "
            + "where r.id = :id and r.communityId = :communityId and r.status = 'PENDING'")
    int decide(long id, long communityId, JoinRequest.Status outcome, Instant now, long by);
}
