package org.praxis.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.praxis.account.AccountLookup;
import org.praxis.account.Contact;
import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.notification.internal.ContentChecks;
import org.praxis.notification.internal.ContentChecks.StoredRef;
import org.praxis.notification.internal.MailComposer;
import org.praxis.notification.internal.NotificationStore;
import org.praxis.notification.internal.NotificationTexts;
import org.praxis.notification.internal.PreferenceStore;
import org.praxis.notification.internal.StoredNotification;
import org.praxis.policy.Actor;
import org.praxis.shared.mail.MailService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily and weekly digests: for each member, what waited for a digest, grouped by community,
 * in one e-mail in their language. Every item is checked against the access rules when the
 * digest is made, so someone who left, was banned, or is not in a hidden working group is not
 * told about it. The items are marked as e-mailed in the same transaction that puts the digest in
 * the outbox (under a key naming member, rhythm and day), so a digest is never sent twice.
 */
@Service
public class Digests {

    private static final int RECIPIENTS_PER_ROUND = 200;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Digests.class);

    private final NotificationStore store;
    private final ContentChecks checks;
    private final NotificationTexts texts;
    private final MailComposer composer;
    private final MailService mail;
    private final PreferenceStore preferences;
    private final AccountLookup accounts;
    private final MemberDirectory directory;
    private final CommunityCatalog catalog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Digests(NotificationStore store, ContentChecks checks, NotificationTexts texts, MailComposer composer, MailService mail,
            PreferenceStore preferences, AccountLookup accounts, MemberDirectory directory, CommunityCatalog catalog,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.texts = texts;
        this.composer = composer;
        this.mail = mail;
        this.preferences = preferences;
        this.accounts = accounts;
        this.directory = directory;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${praxis.notifications.daily-digest-cron:0 0 7 * * *}", zone = "${praxis.notifications.digest-zone:UTC}")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT2H")
    public void sendDaily() {
        send(Delivery.DAILY, clock.instant());
    }

    @Scheduled(cron = "${praxis.notifications.weekly-digest-cron:0 0 7 * * MON}", zone = "${praxis.notifications.digest-zone:UTC}")
    @SchedulerLock(name = "weekly-digest", lockAtMostFor = "PT2H")
    public void sendWeekly() {
        send(Delivery.WEEKLY, clock.instant());
    }

    /** Makes the digests of this rhythm for what was waiting at {@code now}; returns how many were put in the outbox. */
    public int send(Delivery rhythm, Instant now) {
        if (rhythm != Delivery.DAILY && rhythm != Delivery.WEEKLY) {
            throw new IllegalArgumentException("Digests are daily or weekly");
        }
        int sent = 0;
        List<Long> recipients;
        do {
            recipients = store.awaitingDigest(rhythm.name(), now, RECIPIENTS_PER_ROUND);
            for (Long recipient : recipients) {
                try {
                    Boolean mailed = transactions.execute(status -> digestFor(recipient, rhythm, now));
                    if (Boolean.TRUE.equals(mailed)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // One member's digest failing must not hold back everyone's: theirs is dropped, with a trace.
                    log.error("The {} digest of account {} could not be made", rhythm, recipient, e);
                    transactions.executeWithoutResult(status -> store.markEmailed(
                            store.digestItems(recipient, rhythm.name(), now).stream().map(StoredNotification::id).toList(), now));
                }
            }
        } while (recipients.size() == RECIPIENTS_PER_ROUND);
        return sent;
    }

    private boolean digestFor(long recipient, Delivery rhythm, Instant now) {
        List<StoredNotification> items = store.digestItems(recipient, rhythm.name(), now);
        store.markEmailed(items.stream().map(StoredNotification::id).toList(), now);
        Contact contact = accounts.contacts(List.of(recipient)).get(recipient);
        if (items.isEmpty() || contact == null || !contact.active()) {
            return false;
        }
        Actor reader = Actor.member(recipient);
        Set<Long> readable = checks.readable(reader, items.stream()
                .map(n -> new StoredRef(n.id(), n.subjectType(), n.subjectId(), n.communityId())).toList());
        List<StoredNotification> shown = items.stream().filter(n -> readable.contains(n.id())).toList();
        if (shown.isEmpty()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(contact.language());
        // Every item left passed the check, so the communities they come from may be named.
        Map<Long, CommunityRef> communities = catalog.refs(
                shown.stream().map(StoredNotification::communityId).filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, MemberName> names = directory.names(shown.stream().map(StoredNotification::actorId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<Long, List<MailComposer.Item>> byCommunity = new LinkedHashMap<>();
        for (StoredNotification n : shown) {
            CommunityRef c = n.communityId() == null ? null : communities.get(n.communityId());
            MemberName who = n.actorId() == null ? null : names.get(n.actorId());
            String sentence = texts.sentence(n.kind(), n.variant(), who == null ? null : who.displayName(),
                    c == null ? null : c.name(), n.title(), n.detail(), locale);
            byCommunity.computeIfAbsent(n.communityId() == null ? 0L : n.communityId(), k -> new ArrayList<>())
                    .add(new MailComposer.Item(sentence, composer.link(n.link()), null));
        }
        List<MailComposer.Section> sections = new ArrayList<>();
        byCommunity.forEach((communityId, list) -> {
            CommunityRef c = communities.get(communityId);
            sections.add(new MailComposer.Section(c == null ? null : c.name(), list));
        });
        String token = preferences.unsubscribeToken(recipient);
        // Named by its newest item: the same digest made again after a crash is the same message.
        long newest = shown.stream().mapToLong(StoredNotification::id).max().orElseThrow();
        mail.send(composer.write(new MailComposer.Letter("digest:" + rhythm + ":" + recipient + ":" + newest, recipient,
                contact.email(), locale, contact.displayName(),
                texts.message("notification.digest.subject." + rhythm, locale, shown.size()),
                texts.message("notification.digest.intro." + rhythm, locale), null, null, sections,
                composer.unsubscribeUrl(token, null, Preferences.DIGEST),
                texts.message("notification.mail.unsubscribe.digest", locale))));
        return true;
    }
}
