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

    /**
     * Members, admins first, then moderators, then members, each by seniority. Roles are stored
     * by name, so their order is spelled out rather than left to alphabetical order.
     */
    @Query("""
            select m from Membership m where m.communityId = :communityId
            order by case m.role when org.praxis.policy.Role.ADMIN then 0 when org.praxis.policy.Role.MODERATOR then 1 else 2 end,
                     m.joinedAt, m.id
            """)
    List<Membership> byRankAndSeniority(long communityId);

    /** A member's row locked until the transaction ends, so that removal and joining a working group meet in order. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Membership m where m.communityId = :communityId and m.accountId = :accountId")
    Optional<Membership> lock(long communityId, long accountId);

    List<Membership> findByCommunityIdAndRole(long communityId, Role role);

    /** The account ids of a community's members holding one of these roles, by seniority. */
    @Query("select m.accountId from Membership m where m.communityId = :communityId and m.role in :roles "
            + "order by m.joinedAt, m.id")
    List<Long> accountIdsWithRole(long communityId, Collection<Role> roles);

    long countByCommunityIdAndRole(long communityId, Role role);

    /**
     * The admins of a community, locked until the transaction ends: two admins stepping down at
     * the same instant are served one after the other, so one of them always stays.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Membership m where m.communityId = :communityId and m.role = org.praxis.policy.Role.ADMIN")
    List<Membership> lockAdmins(long communityId);

    List<Membership> findByAccountId(long accountId);

    List<Membership> findByCommunityIdAndAccountIdIn(long communityId, Collection<Long> accountIds);

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
