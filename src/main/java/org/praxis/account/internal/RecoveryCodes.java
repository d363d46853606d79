package org.praxis.account.internal;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The recovery codes of accounts with two-factor sign-in. */
public interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

    /** Marks an unused code as used, in one statement so it works only once; returns 1 when it did. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RecoveryCode c set c.usedAt = :now "
            + "where c.accountId = :accountId and c.codeHash = :codeHash and c.usedAt is null")
    int redeem(@Param("accountId") long accountId, @Param("codeHash") String codeHash, @Param("now") Instant now);

    long countByAccountIdAndUsedAtIsNull(Long accountId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteAllOf(@Param("accountId") long accountId);
}
