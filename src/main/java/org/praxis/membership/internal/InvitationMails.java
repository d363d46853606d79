package org.praxis.membership.internal;

import java.util.Locale;

import org.praxis.account.AccountLookup;
import org.praxis.membership.MembershipEvents.InvitationSent;
import org.praxis.shared.PraxisProperties;
import org.praxis.shared.Secrets;
import org.praxis.shared.mail.Mail;
import org.praxis.shared.mail.MailService;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails an invitation after it is committed, from the persistent event registry. The link's
 * secret is made here, stored only as a hash, and a new mail replaces the old link.
 */
@Component
class InvitationMails {

    private final Invitations invitations;
    private final AccountLookup accounts;
    private final MailService mail;
    private final MessageSource messages;
    private final PraxisProperties properties;

    InvitationMails(Invitations invitations, AccountLookup accounts, MailService mail, MessageSource messages,
                    PraxisProperties properties) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(InvitationSent event) {
        invitations.findById(event.invitationId())
                .filter(i -> i.getStatus() == Invitation.Status.PENDING)
                .ifPresent(invitation -> {
                    // An invitation to a user picked by name goes to the account's address.
                    String to = invitation.getEmail() != null ? invitation.getEmail()
                            : invitation.getAccountId() == null ? null
                            : accounts.emailKeyOf(invitation.getAccountId()).orElse(null);
                    if (to == null) {
                        return;
                    }
                    String secret = Secrets.newSecret();
                    invitation.useToken(Secrets.sha256(secret));
                    invitations.save(invitation);
                    Locale locale = Locale.forLanguageTag(invitation.getAccountId() == null ? "en"
                            : accounts.languageOf(invitation.getAccountId()));
                    String link = properties.link("/invitations/" + secret);
                    String personal = invitation.getMessage() == null ? "" : invitation.getMessage() + "\n\n";
                    Object[] args = {event.communityName(), event.inviterName(), link, event.communityDescription(),
                            personal, properties.baseUrl()};
                    mail.send(new Mail(to,
                            messages.getMessage("mail.invitation.subject", args, locale),
                            messages.getMessage("mail.invitation.body", args, locale)));
                });
    }
}
