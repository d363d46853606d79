package org.praxis.membership.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All invitations. */
public interface Invitations extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findFirstByCommunityIdAndEmailOrderByCreatedAtDesc(long communityId, String email);

    Optional<Invitation> findFirstByCommunityIdAndAccountIdOrderByCreatedAtDesc(long communityId, long accountId);

    List<Invitation> findByCommunityIdAndStatusOrderByCreatedAtDesc(long communityId, Invitation.Status status);

    /** Open invitations addressed to this account or to its e-mail address, in the given communities. */
    @Query("""
            select i from Invitation i
            where i.status = 'PENDING' and i.expiresAt > :now and i.communityId in :communityIds
              and (i.accountId = :accountId or i.email = :email)
            """)
    List<Invitation> openFor(long accountId, String email, Collection<Long> communityIds, Instant now);

    /** Every open invitation of this account or address (for "my communities" and the list filter). */
    @Query("""
            select i from Invitation i
            where i.status = 'PENDING' and i.expiresAt > :now and (i.accountId = :accountId or i.email = :email)
            """)
    List<Invitation> allOpenFor(long accountId, String email, Instant now);
}
