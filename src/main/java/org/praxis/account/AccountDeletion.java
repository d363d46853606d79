package org.praxis.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.praxis.account.AccountErasure.Blocker;
import org.praxis.account.AccountErasure.Consequence;
import org.praxis.account.AccountEvents.AccountDeleted;
import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.Avatars;
import org.praxis.account.internal.SessionTerminator;
import org.praxis.policy.Actor;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.jdbc.Timestamps;
import org.praxis.shared.limits.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member deletes their own account. The row stays as a tombstone that content points at;
 * everything personal goes, every module erases its share, and what they wrote either stays as a
 * former member's or is removed, as they choose. Only ever the signed-in member's own account.
 */
@Service
public class AccountDeletion {

    /** What happens to what the member wrote and uploaded. */
    public enum Choice { KEEP_CONTRIBUTIONS, DELETE_CONTRIBUTIONS }

    /** The confirmation: the password, the app's code when two-step sign-in is on, and the choice. */
    public record Confirmation(String password, String code, String choice) {
    }

    /** What deleting would do, shown before the member confirms. */
    public record Preview(List<Consequence> consequences, List<Blocker> blockers, boolean needsCode) {
    }

    private static final Logger audit = LoggerFactory.getLogger("org.praxis.audit");

    private final List<AccountErasure> erasures;
    private final Accounts accounts;
    private final Avatars avatars;
    private final TwoFactor twoFactor;
    private final SessionTerminator sessions;
    private final RateLimits rateLimits;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AccountDeletion(List<AccountErasure> erasures, Accounts accounts, Avatars avatars, TwoFactor twoFactor,
                           SessionTerminator sessions, RateLimits rateLimits, PasswordEncoder passwords,
                           JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.erasures = erasures;
        this.accounts = accounts;
        this.avatars = avatars;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Preview preview(Actor actor) {
        long id = ownAccount(actor).getId();
        List<Consequence> consequences = new ArrayList<>();
        List<Blocker> blockers = new ArrayList<>();
        for (AccountErasure erasure : erasures) {
            consequences.addAll(erasure.consequences(id));
            blockers.addAll(erasure.blockers(id));
        }
        return new Preview(consequences, blockers, twoFactor.isEnabled(id));
    }

    /**
     * Deletes the account once the member proved it is them and chose what happens to their
     * contributions; refused while they are the last admin of a community.
     */
    @Transactional
    public void delete(Actor actor, Confirmation confirmation) {
        Account account = ownAccount(actor);
        long id = account.getId();
        InputErrors errors = new InputErrors();
        Choice choice = choice(confirmation.choice());
        if (choice == null) {
            errors.add("choice", "deletion.choiceRequired");
        }
        if (confirmation.password() == null || !passwords.matches(confirmation.password(), account.getPasswordHash())) {
            errors.add("password", "deletion.passwordWrong");
        }
        if (twoFactor.isEnabled(id) && !errors.has("password") && !twoFactor.acceptsAppCode(id, confirmation.code())) {
            errors.add("code", "deletion.codeWrong");
        }
        errors.throwIfAny();
        if (erasures.stream().anyMatch(e -> !e.blockers(id).isEmpty())) {
            new InputErrors().add("choice", "deletion.blocked").throwIfAny();
        }

        boolean contributions = choice == Choice.DELETE_CONTRIBUTIONS;
        erasures.forEach(e -> e.erase(id, contributions));
        Instant now = clock.instant();
        jdbc.update("update access_token set revoked_at = ? where account_id = ? and revoked_at is null",
                Timestamps.at(now), id);
        jdbc.update("delete from one_time_token where account_id = ?", id);
        jdbc.update("delete from api_idempotency_key where account_id = ?", id);
        avatars.findById(id).ifPresent(avatars::delete);
        twoFactor.forget(id);
        rateLimits.forget(id);
        // Reloaded: an erasure's bulk update may have cleared the persistence context.
        accounts.findById(id).orElseThrow().erase(now);
        sessions.endSessions(id, null);
        audit.info("account {} deleted itself ({})", id, choice);
        events.publishEvent(new AccountDeleted(id, contributions));
    }

    private Account ownAccount(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("delete account");
        }
        return accounts.findById(actor.accountId()).filter(a -> !a.isDeleted())
                .orElseThrow(() -> new NotAllowedException("delete account"));
    }

    private static Choice choice(String raw) {
        for (Choice c : Choice.values()) {
            if (c.name().equals(raw)) {
                return c;
            }
        }
        return null;
    }
}
