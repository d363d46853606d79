package org.praxis.membership.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.praxis.policy.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All memberships. */
public interface Memberships extends JpaRepository<Membership, Long> {

    Optional<Membership> findByCommunityIdAndAccountId(long communityId, long accountId);

    List<Membership> findByCommunityIdOrderByRoleDescJoinedAtAsc(long communityId);

    List<Membership> findByCommunityIdAndRole(long communityId, Role role);

    long countByCommunityIdAndRole(long communityId, Role role);

    /**
     * The admins of a community, locked until the transaction ends: two admins stepping down at
     * the same instant are served one after the other, so one of them always stays.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Membership m where m.communityId = :communityId and m.role = org.praxis.policy.Role.ADMIN")
    List<Membership> lockAdmins(long communityId);

    List<Membership> findByAccountId(long accountId);

    List<Membership> findByAccountIdAndCommunityIdIn(long accountId, Collection<Long> communityIds);

    /** Member counts of several communities at once. */
    @Query("select m.communityId as communityId, count(m) as members from Membership m "
            + "where m.communityId in :ids group by m.communityId")
    List<MemberCount> countMembers(Collection<Long> ids);

    /** A community id and its number of members. */
    interface MemberCount {
        Long getCommunityId();
        long getMembers();
    }
}
