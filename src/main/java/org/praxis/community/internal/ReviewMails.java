package org.praxis.community.internal;

import java.util.Locale;

import org.praxis.account.AccountLookup;
import org.praxis.community.CommunityEvents.CommunityReviewed;
import org.praxis.shared.PraxisProperties;
import org.praxis.shared.mail.Mail;
import org.praxis.shared.mail.MailService;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the creator of a new community, in their language, what staff decided. */
@Component
class ReviewMails {

    private final AccountLookup accounts;
    private final MailService mail;
    private final MessageSource messages;
    private final PraxisProperties properties;

    ReviewMails(AccountLookup accounts, MailService mail, MessageSource messages, PraxisProperties properties) {
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(CommunityReviewed event) {
        accounts.emailKeyOf(event.creatorId()).ifPresent(address -> {
            Locale locale = Locale.forLanguageTag(accounts.languageOf(event.creatorId()));
            String name = accounts.displayNameOf(event.creatorId()).orElse("");
            String key = event.approved() ? "mail.communityApproved" : "mail.communityRejected";
            Object[] args = {name, event.name(), properties.link("/c/" + event.slug()),
                    event.reason() == null ? "" : event.reason(), properties.baseUrl()};
            mail.send(new Mail(address, messages.getMessage(key + ".subject", args, locale),
                    messages.getMessage(key + ".body", args, locale)));
        });
    }
}
