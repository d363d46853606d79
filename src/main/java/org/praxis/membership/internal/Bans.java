package org.praxis.membership.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** All bans. */
public interface Bans extends JpaRepository<Ban, Ban.Key> {

    boolean existsByCommunityIdAndAccountId(long communityId, long accountId);

    java.util.List<Ban> findByCommunityIdOrderByCreatedAtDesc(long communityId);

    java.util.List<Ban> findByAccountIdAndCommunityIdIn(long accountId, java.util.Collection<Long> communityIds);
}
