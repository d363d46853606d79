package org.praxis.account;

import org.praxis.shared.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.praxis.account.internal.AccessToken;
import org.praxis.account.internal.AccessTokens;
import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.policy.Actor;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens: how scripts and other programs use the API as their owner. */
@Service
public class PersonalAccessTokens {

    public static final String PREFIX = "praxis_";
    public static final int NAME_MAX = 80;
    public static final int MAX_ACTIVE = 20;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final AccessTokens tokens;
    private final Accounts accounts;
    private final Clock clock;

    public PersonalAccessTokens(AccessTokens tokens, Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token just made: the only time its secret is shown. */
    public record CreatedToken(AccessTokenView token, String secret) {
    }

    /** Who a valid token speaks for. */
    public record TokenOwner(long accountId, boolean staff) {
    }

    @Transactional(readOnly = true)
    public List<AccessTokenView> list(Actor actor) {
        requireSignedIn(actor);
        return tokens.findByAccountIdAndRevokedAtIsNullOrderByCreatedAtDesc(actor.accountId()).stream()
                .map(PersonalAccessTokens::view).toList();
    }

    @Transactional
    public CreatedToken create(Actor actor, String name) {
        requireSignedIn(actor);
        String cleaned = InputErrors.clean(name);
        InputErrors errors = new InputErrors().required("name", cleaned, NAME_MAX);
        if (tokens.findByAccountIdAndRevokedAtIsNullOrderByCreatedAtDesc(actor.accountId()).size() >= MAX_ACTIVE) {
            errors.add("name", "tokens.tooMany", MAX_ACTIVE);
        }
        errors.throwIfAny();
        String secret = PREFIX + Secrets.newSecret();
        AccessToken token = tokens.save(new AccessToken(actor.accountId(), cleaned, Secrets.sha256(secret), clock.instant()));
        return new CreatedToken(view(token), secret);
    }

    @Transactional
    public void revoke(Actor actor, long id) {
        requireSignedIn(actor);
        // Someone else's token id answers like an unknown one.
        AccessToken token = tokens.findByIdAndAccountId(id, actor.accountId())
                .orElseThrow(() -> new NotFoundException("token"));
        token.revoke(clock.instant());
    }

    /** The owner of a valid token whose account may sign in; empty otherwise. */
    @Transactional
    public Optional<TokenOwner> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<AccessToken> found = tokens.findByTokenHashAndRevokedAtIsNull(Secrets.sha256(secret));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        Optional<Account> owner = accounts.findById(token.getAccountId()).filter(Account::isListed);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // Record use at most once a minute, so a busy script does not write on every call.
        if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            token.markUsed(now);
        }
        return Optional.of(new TokenOwner(owner.get().getId(), owner.get().isStaff()));
    }

    private static void requireSignedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("manage tokens");
        }
    }

    private static AccessTokenView view(AccessToken token) {
        return new AccessTokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt());
    }
}
