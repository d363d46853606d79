package org.praxis.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The TOTP secrets of the accounts that set up two-factor sign-in. */
public interface TwoFactorSecrets extends JpaRepository<TwoFactorSecret, Long> {

    /**
     * Records that a code of this time step was used, unless one of this or a later step already
     * was. In one statement, so two requests racing with the same code cannot both win.
     * Returns 1 when the step was claimed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update TwoFactorSecret t set t.lastUsedStep = :step "
            + "where t.accountId = :accountId and t.enabledAt is not null "
            + "and (t.lastUsedStep is null or t.lastUsedStep < :step)")
    int claimStep(@Param("accountId") long accountId, @Param("step") long step);
}
