package org.praxis.account.internal;

import java.time.Duration;
import java.util.Locale;

import org.praxis.account.AccountEvents.PasswordChanged;
import org.praxis.account.AccountEvents.PasswordResetRequested;
import org.praxis.account.AccountEvents.SignUpRepeated;
import org.praxis.account.AccountEvents.VerificationRequested;
import org.praxis.shared.PraxisProperties;
import org.praxis.shared.mail.Mail;
import org.praxis.shared.mail.MailService;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails about an account. Each runs after the change that asked for it has committed,
 * from the persistent event registry: a mail server that is down delays the mail, never loses it.
 * The link's secret is made here, so it is never stored in clear, not even in the event.
 */
@Component
class AccountMails {

    static final Duration VERIFY_LIFETIME = Duration.ofHours(48);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);

    private final Accounts accounts;
    private final OneTimeLinks links;
    private final MailService mail;
    private final MessageSource messages;
    private final PraxisProperties properties;

    AccountMails(Accounts accounts, OneTimeLinks links, MailService mail, MessageSource messages,
                 PraxisProperties properties) {
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(VerificationRequested event) {
        accounts.findById(event.accountId()).filter(a -> a.getEmailVerifiedAt() == null).ifPresent(account -> {
            String secret = links.issue(account.getId(), OneTimeToken.Purpose.VERIFY_EMAIL, VERIFY_LIFETIME);
            send(account, "mail.verify", properties.link("/verify?token=" + secret));
        });
    }

    @ApplicationModuleListener
    void on(SignUpRepeated event) {
        accounts.findById(event.accountId()).ifPresent(account ->
                send(account, "mail.signupRepeated", properties.link("/password/forgot")));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        accounts.findById(event.accountId()).filter(a -> a.getSuspendedAt() == null).ifPresent(account -> {
            String secret = links.issue(account.getId(), OneTimeToken.Purpose.RESET_PASSWORD, RESET_LIFETIME);
            send(account, "mail.reset", properties.link("/password/reset?token=" + secret));
        });
    }

    @ApplicationModuleListener
    void on(PasswordChanged event) {
        accounts.findById(event.accountId()).ifPresent(account ->
                send(account, "mail.passwordChanged", properties.link("/password/forgot")));
    }

    private void send(Account account, String key, String link) {
        Locale locale = Locale.forLanguageTag(account.getPreferredLanguage() == null ? "en" : account.getPreferredLanguage());
        Object[] args = {account.getDisplayName(), link, properties.baseUrl()};
        String subject = messages.getMessage(key + ".subject", args, locale);
        String body = messages.getMessage(key + ".body", args, locale);
        mail.send(new Mail(account.getEmail(), subject, body));
    }
}
