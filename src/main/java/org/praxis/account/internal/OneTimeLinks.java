package org.praxis.account.internal;

import org.praxis.shared.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues and redeems the single-use secrets behind e-mailed links. */
@Component
public class OneTimeLinks {

    private static final int MAX_SECRET_LENGTH = 100;

    private final OneTimeTokens tokens;
    private final Clock clock;

    public OneTimeLinks(OneTimeTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new secret; older unused links of the same purpose for the same account stop working. */
    @Transactional
    public String issue(Long accountId, OneTimeToken.Purpose purpose, Duration lifetime) {
        Instant now = clock.instant();
        if (accountId != null) {
            tokens.spendAll(accountId, purpose, now);
        }
        String secret = Secrets.newSecret();
        tokens.save(new OneTimeToken(accountId, purpose, Secrets.sha256(secret), now, now.plus(lifetime)));
        return secret;
    }

    /** The token behind a secret if it is unused and unexpired, without spending it. */
    @Transactional(readOnly = true)
    public Optional<OneTimeToken> peek(String secret, OneTimeToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHashAndPurpose(Secrets.sha256(secret), purpose).filter(t -> t.isUsable(now));
    }

    /** Spends the token behind a secret; empty when it was unknown, used or expired. */
    @Transactional
    public Optional<OneTimeToken> redeem(String secret, OneTimeToken.Purpose purpose) {
        Optional<OneTimeToken> token = peek(secret, purpose);
        token.ifPresent(t -> t.use(clock.instant()));
        return token;
    }

    @Transactional
    public void spendAll(Long accountId, OneTimeToken.Purpose purpose) {
        tokens.spendAll(accountId, purpose, clock.instant());
    }
}
