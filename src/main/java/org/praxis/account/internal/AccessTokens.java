package org.praxis.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All personal access tokens. */
public interface AccessTokens extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<AccessToken> findByAccountIdAndRevokedAtIsNullOrderByCreatedAtDesc(Long accountId);

    Optional<AccessToken> findByIdAndAccountId(Long id, Long accountId);
}
