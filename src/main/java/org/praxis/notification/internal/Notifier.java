package org.praxis.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.praxis.account.AccountLookup;
import org.praxis.account.Contact;
import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.notification.Delivery;
import org.praxis.notification.Preferences;
import org.praxis.shared.mail.Mail;
import org.praxis.shared.mail.MailService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an occurrence into notifications for its recipients: leaves out who caused it and,
 * for news, members who stopped following the community; stores one row per recipient (once,
 * however often the occurrence is handled); and puts an e-mail in the outbox for those who want
 * this kind at once. Digests pick up the rest later.
 */
@Component
public class Notifier {

    private final NotificationStore store;
    private final Preferences preferences;
    private final PreferenceStore preferenceStore;
    private final MailService mail;
    private final MailComposer composer;
    private final NotificationTexts texts;
    private final AccountLookup accounts;
    private final MemberDirectory directory;
    private final CommunityCatalog catalog;
    private final List<NotificationListener> listeners;
    private final NewsStore news;

    Notifier(NotificationStore store, Preferences preferences, PreferenceStore preferenceStore, MailService mail,
             MailComposer composer, NotificationTexts texts, AccountLookup accounts, MemberDirectory directory,
             CommunityCatalog catalog, List<NotificationListener> listeners, NewsStore news) {
        this.news = news;
        this.store = store;
        this.preferences = preferences;
        this.preferenceStore = preferenceStore;
        this.mail = mail;
        this.composer = composer;
        this.texts = texts;
        this.accounts = accounts;
        this.directory = directory;
        this.catalog = catalog;
        this.listeners = listeners;
    }

    /** Something that reacts once notifications are stored (the live bell). */
    public interface NotificationListener {
        void stored(Set<Long> recipientIds);
    }

    /**
     * Tells the recipients (those the caller established may read it); returns how many were told
     * for the first time. Two events about the same thing (a reply that is also a mention) handled
     * at once make one notification and one e-mail: rows go in only where their key is new.
     */
    @Transactional
    public int tell(Occurrence o, Collection<Long> candidates) {
        if (o.kind().isNews()) {
            news.record(o);
        }
        Set<Long> recipients = new LinkedHashSet<>(candidates);
        if (o.actorId() != null) {
            recipients.remove(o.actorId());
        }
        if (o.kind().isNews() && o.communityId() != null) {
            recipients.removeAll(preferences.unfollowedAmong(recipients, o.communityId()));
        }
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Long, Delivery> deliveries = preferences.deliveries(recipients, o.communityId(), o.kind());
        List<NewNotification> rows = new ArrayList<>();
        for (Long r : recipients) {
            Delivery d = deliveries.get(r);
            String plan = d == Delivery.OFF ? "NONE" : d.name();
            rows.add(new NewNotification(r, o.kind(), o.variant(), o.communityId(), o.subjectType(), o.subjectId(),
                    o.actorId(), o.title(), o.detail(), o.path(), o.dedupeKey(), o.at(), plan));
        }
        List<NewNotification> fresh = store.insertNew(rows);
        mailAtOnce(o, fresh.stream().filter(n -> n.emailPlan().equals("IMMEDIATE")).map(NewNotification::recipientId).toList());
        Set<Long> told = new LinkedHashSet<>();
        fresh.forEach(n -> told.add(n.recipientId()));
        if (!told.isEmpty()) {
            listeners.forEach(l -> l.stored(told));
        }
        return fresh.size();
    }

    private void mailAtOnce(Occurrence o, List<Long> recipientIds) {
        if (recipientIds.isEmpty()) {
            return;
        }
        Map<Long, Contact> contacts = accounts.contacts(recipientIds);
        String actorName = o.actorId() == null ? null
                : directory.names(List.of(o.actorId())).values().stream().map(MemberName::displayName).findFirst().orElse(null);
        String communityName = o.communityId() == null ? null
                : catalog.refs(List.of(o.communityId())).values().stream().map(CommunityRef::name).findFirst().orElse(null);
        Map<Long, String> tokens = preferenceStore.unsubscribeTokens(recipientIds);
        List<Mail> mails = new ArrayList<>();
        for (Long r : recipientIds) {
            Contact c = contacts.get(r);
            if (c == null || !c.active()) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(c.language());
            String sentence = texts.sentence(o.kind(), o.variant(), actorName, communityName, o.title(), o.detail(), locale);
            String unsubscribe = composer.unsubscribeUrl(tokens.get(r), o.communityId(), o.kind().name());
            MailComposer.Item item = new MailComposer.Item(sentence, composer.link(o.path()), null);
            mails.add(composer.write(new MailComposer.Letter("notification:" + r + ":" + o.dedupeKey(), r, c.email(), locale,
                    c.displayName(), sentence, null, null, null,
                    List.of(new MailComposer.Section(null, List.of(item))), unsubscribe,
                    texts.message("notification.mail.unsubscribe." + (o.communityId() == null ? "kind" : "kindHere"), locale,
                            texts.message("notification.kind." + o.kind().name(), locale), communityName == null ? "" : communityName))));
        }
        mail.sendAll(mails);
    }
}
