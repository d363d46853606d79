package org.praxis.account;

import java.time.Clock;

import org.praxis.account.AccountEvents.PasswordChanged;
import org.praxis.account.AccountEvents.PasswordResetRequested;
import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.OneTimeLinks;
import org.praxis.account.internal.OneTimeToken;
import org.praxis.account.internal.PasswordRules;
import org.praxis.account.internal.SessionTerminator;
import org.praxis.policy.Actor;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.InputErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten-password resets by e-mailed link, and password changes by the signed-in owner. */
@Service
public class Passwords {

    private final Accounts accounts;
    private final PasswordRules rules;
    private final PasswordEncoder encoder;
    private final OneTimeLinks links;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Passwords(Accounts accounts, PasswordRules rules, PasswordEncoder encoder, OneTimeLinks links,
                     SessionTerminator sessions, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.links = links;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** Mails a reset link when the address belongs to an account; says nothing either way. */
    @Transactional
    public void requestReset(String email) {
        InputErrors errors = new InputErrors();
        String cleaned = InputErrors.clean(email);
        errors.email("email", cleaned);
        errors.throwIfAny();
        accounts.findByEmailKey(Account.keyOf(cleaned))
                .filter(a -> a.getSuspendedAt() == null)
                .ifPresent(a -> events.publishEvent(new PasswordResetRequested(a.getId())));
    }

    public boolean isResetLinkValid(String secret) {
        return links.peek(secret, OneTimeToken.Purpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets a new password from a reset link. Returns false when the link is unknown, used or
     * expired (nothing changes). Every session of the account ends: whoever knew the old
     * password is out.
     */
    @Transactional
    public boolean reset(String secret, String newPassword) {
        var token = links.peek(secret, OneTimeToken.Purpose.RESET_PASSWORD);
        if (token.isEmpty()) {
            return false;
        }
        Account account = accounts.findById(token.get().getAccountId()).orElse(null);
        if (account == null || account.getSuspendedAt() != null) {
            return false;
        }
        InputErrors errors = new InputErrors();
        rules.check(errors, "password", newPassword, account.getEmail(), account.getDisplayName());
        errors.throwIfAny();

        links.redeem(secret, OneTimeToken.Purpose.RESET_PASSWORD);
        account.changePassword(encoder.encode(newPassword), clock.instant());
        // Only the owner of the address could follow the link, so it is confirmed too.
        account.verifyEmail(clock.instant());
        sessions.endSessions(account.getId(), null);
        events.publishEvent(new PasswordChanged(account.getId()));
        return true;
    }

    /** Changes the signed-in person's password; their other sessions end, this one stays. */
    @Transactional
    public void change(Actor actor, String currentPassword, String newPassword, String currentSessionId) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("change password");
        }
        Account account = accounts.findById(actor.accountId()).orElseThrow(() -> new NotAllowedException("change password"));
        InputErrors errors = new InputErrors();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            errors.add("currentPassword", "password.currentWrong");
        }
        rules.check(errors, "newPassword", newPassword, account.getEmail(), account.getDisplayName());
        errors.throwIfAny();

        account.changePassword(encoder.encode(newPassword), clock.instant());
        sessions.endSessions(account.getId(), currentSessionId);
        events.publishEvent(new PasswordChanged(account.getId()));
    }
}
