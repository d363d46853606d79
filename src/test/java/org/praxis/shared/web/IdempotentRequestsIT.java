package org.praxis.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;

/** Idempotency keys are kept a day, then forgotten by the hourly sweep. */
@PraxisIntegrationTest
class IdempotentRequestsIT {

    @Autowired TestAccounts accounts;
    @Autowired IdempotentRequests idempotency;

    @Test
    void keysOlderThanADayAreForgottenAndYoungerOnesKept() {
        Member member = accounts.member("Keys");
        insertKey(member.id(), "old-" + System.nanoTime(), Instant.now().minus(Duration.ofHours(25)));
        String young = "young-" + System.nanoTime();
        insertKey(member.id(), young, Instant.now().minus(Duration.ofHours(23)));

        assertThat(idempotency.forgetOldKeys()).isPositive();
        assertThat(accounts.jdbc().queryForList("select idempotency_key from api_idempotency_key where account_id = ?",
                String.class, member.id())).containsExactly(young);
    }

    private void insertKey(long accountId, String key, Instant at) {
        accounts.jdbc().update("insert into api_idempotency_key (account_id, idempotency_key, fingerprint, status, created_at) "
                + "values (?, ?, 'f', 201, ?)", accountId, key, Timestamp.from(at));
    }
}
