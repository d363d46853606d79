package org.praxis.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.praxis.account.AccountEvents.AccountRegistered;
import org.praxis.account.AccountEvents.SignUpRepeated;
import org.praxis.account.AccountEvents.VerificationRequested;
import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.OneTimeLinks;
import org.praxis.account.internal.OneTimeToken;
import org.praxis.account.internal.PasswordRules;
import org.praxis.shared.InputErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up and e-mail confirmation. The answer to a sign-up never says whether the e-mail was
 * already registered: the owner of an existing account gets an e-mail instead.
 */
@Service
public class SignUp {

    public static final int DISPLAY_NAME_MAX = 60;

    private final Accounts accounts;
    private final PasswordRules passwordRules;
    private final PasswordEncoder passwordEncoder;
    private final OneTimeLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SignUp(Accounts accounts, PasswordRules passwordRules, PasswordEncoder passwordEncoder,
                  OneTimeLinks links, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordRules = passwordRules;
        this.passwordEncoder = passwordEncoder;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void register(SignUpCommand command, Locale locale) {
        String email = InputErrors.clean(command.email());
        String displayName = InputErrors.clean(command.displayName());
        validate(email, command.password(), displayName);

        Optional<Account> existing = accounts.findByEmailKey(Account.keyOf(email));
        if (existing.isPresent()) {
            events.publishEvent(new SignUpRepeated(existing.get().getId()));
            return;
        }
        Account account = accounts.save(new Account(email, passwordEncoder.encode(command.password()),
                displayName, Languages.supportedOrDefault(locale), clock.instant()));
        events.publishEvent(new AccountRegistered(account.getId()));
        events.publishEvent(new VerificationRequested(account.getId()));
    }

    /** Creates an account whose e-mail is already known to be right (the staff set-up link, demo data). */
    @Transactional
    Account registerConfirmed(SignUpCommand command, Locale locale) {
        String email = InputErrors.clean(command.email());
        String displayName = InputErrors.clean(command.displayName());
        validate(email, command.password(), displayName);
        if (accounts.findByEmailKey(Account.keyOf(email)).isPresent()) {
            new InputErrors().add("email", "signup.emailTaken").throwIfAny();
        }
        Account account = new Account(email, passwordEncoder.encode(command.password()), displayName,
                Languages.supportedOrDefault(locale), clock.instant());
        account.verifyEmail(clock.instant());
        return accounts.save(account);
    }

    void validate(String email, String password, String displayName) {
        InputErrors errors = new InputErrors();
        errors.email("email", email);
        errors.required("displayName", displayName, DISPLAY_NAME_MAX);
        passwordRules.check(errors, "password", password, email, displayName);
        errors.throwIfAny();
    }

    /** Confirms the e-mail behind a link; false when the link is unknown, used or expired. */
    @Transactional
    public boolean verifyEmail(String secret) {
        return links.redeem(secret, OneTimeToken.Purpose.VERIFY_EMAIL)
                .flatMap(token -> accounts.findById(token.getAccountId()))
                .map(account -> {
                    account.verifyEmail(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /** Mails a new confirmation link if the address belongs to an unconfirmed account; silent otherwise. */
    @Transactional
    public void resendVerification(String email) {
        String cleaned = InputErrors.clean(email);
        if (cleaned == null) {
            return;
        }
        accounts.findByEmailKey(Account.keyOf(cleaned))
                .filter(a -> a.getEmailVerifiedAt() == null && a.getSuspendedAt() == null)
                .ifPresent(a -> events.publishEvent(new VerificationRequested(a.getId())));
    }
}
