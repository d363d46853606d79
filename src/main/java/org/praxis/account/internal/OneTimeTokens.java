package org.praxis.account.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** All one-time tokens. */
public interface OneTimeTokens extends JpaRepository<OneTimeToken, Long> {

    Optional<OneTimeToken> findByTokenHashAndPurpose(String tokenHash, OneTimeToken.Purpose purpose);

    /** Issuing a new link spends the older ones of the same kind: only the latest e-mail works. */
    @Modifying
    @Query("update OneTimeToken t set t.usedAt = :now where t.usedAt is null and t.purpose = :purpose "
            + "and ((:accountId is null and t.accountId is null) or t.accountId = :accountId)")
    int spendAll(Long accountId, OneTimeToken.Purpose purpose, Instant now);
}
