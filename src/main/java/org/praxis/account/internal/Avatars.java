package org.praxis.account.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All avatars. */
public interface Avatars extends JpaRepository<Avatar, Long> {

    /** When each account's picture last changed: the version in its URL, without loading the bytes. */
    @Query("select a.accountId as accountId, a.updatedAt as updatedAt from Avatar a where a.accountId in :ids")
    List<AvatarVersion> versionsOf(Collection<Long> ids);

    /** An account id and the time its picture changed. */
    interface AvatarVersion {
        Long getAccountId();
        Instant getUpdatedAt();
    }
}
