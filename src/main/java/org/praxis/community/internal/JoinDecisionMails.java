package org.praxis.community.internal;

import java.util.Locale;

import org.praxis.account.AccountLookup;
import org.praxis.membership.CommunityMembership;
import org.praxis.membership.MembershipEvents.JoinRequestDecided;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.shared.PraxisProperties;
import org.praxis.shared.mail.Mail;
import org.praxis.shared.mail.MailService;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a requester, in their language, that their request to join was approved or declined
 * (by a moderator, or because the community changed its privacy). Asked again when the mail is
 * sent: someone who may no longer see the community is not told its name.
 */
@Component
class JoinDecisionMails {

    private final Communities communities;
    private final CommunityMembership membership;
    private final AccessPolicy policy;
    private final AccountLookup accounts;
    private final MailService mail;
    private final MessageSource messages;
    private final PraxisProperties properties;

    JoinDecisionMails(Communities communities, CommunityMembership membership, AccessPolicy policy,
                      AccountLookup accounts, MailService mail, MessageSource messages, PraxisProperties properties) {
        this.communities = communities;
        this.membership = membership;
        this.policy = policy;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(JoinRequestDecided event) {
        Community community = communities.findById(event.communityId()).orElse(null);
        if (community == null) {
            return;
        }
        Actor requester = Actor.member(event.accountId());
        if (!policy.communities().canSee(requester, community.facts(), membership.relation(requester, community.facts()))) {
            return;
        }
        accounts.emailKeyOf(event.accountId()).ifPresent(address -> {
            Locale locale = Locale.forLanguageTag(accounts.languageOf(event.accountId()));
            String key = event.approved() ? "mail.requestApproved" : "mail.requestDeclined";
            Object[] args = {accounts.displayNameOf(event.accountId()).orElse(""), community.getName(),
                    properties.link("/c/" + community.getSlug()), properties.baseUrl()};
            mail.send(new Mail(address, messages.getMessage(key + ".subject", args, locale),
                    messages.getMessage(key + ".body", args, locale)));
        });
    }
}
