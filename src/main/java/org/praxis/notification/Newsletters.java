package org.praxis.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.praxis.account.AccountLookup;
import org.praxis.account.Contact;
import org.praxis.account.MemberDirectory;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.membership.CommunityMembership;
import org.praxis.notification.NewsletterViews.Draft;
import org.praxis.notification.NewsletterViews.NewsItem;
import org.praxis.notification.NewsletterViews.Preview;
import org.praxis.notification.NewsletterViews.Sent;
import org.praxis.notification.NewsletterViews.Text;
import org.praxis.notification.internal.ContentChecks;
import org.praxis.notification.internal.ContentChecks.StoredRef;
import org.praxis.notification.internal.MailComposer;
import org.praxis.notification.internal.NewsStore;
import org.praxis.notification.internal.NewsStore.News;
import org.praxis.notification.internal.NewsStore.Newsletter;
import org.praxis.notification.internal.NotificationTexts;
import org.praxis.notification.internal.PreferenceStore;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.InputErrors;
import org.praxis.shared.Markdown;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ReadOnlyException;
import org.praxis.shared.mail.Mail;
import org.praxis.shared.mail.MailService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's newsletter, the one an admin would otherwise write by hand: they pick from the
 * community's recent news, add an editorial, preview it, and send it to every member (in each
 * member's language, except to those who turned the newsletter off). Sent newsletters stay as the
 * community's history.
 */
@Service
public class Newsletters {

    static final Duration RECENT = Duration.ofDays(31);
    static final int MAX_SUBJECT = 200;
    static final int MAX_EDITORIAL = 20_000;
    private static final int MAX_NEWS = 100;

    /** A draft was sent: its mails are written after commit, from the event registry. */
    record NewsletterSent(long newsletterId) {
    }

    private final NewsStore news;
    private final ContentChecks checks;
    private final NotificationTexts texts;
    private final MailComposer composer;
    private final MailService mail;
    private final Preferences preferences;
    private final PreferenceStore preferenceStore;
    private final CommunityMembership membership;
    private final CommunityCatalog catalog;
    private final AccountLookup accounts;
    private final MemberDirectory directory;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Newsletters(NewsStore news, ContentChecks checks, NotificationTexts texts, MailComposer composer, MailService mail,
                Preferences preferences, PreferenceStore preferenceStore, CommunityMembership membership, CommunityCatalog catalog,
                AccountLookup accounts, MemberDirectory directory, AccessPolicy policy, ApplicationEventPublisher events,
                Clock clock) {
        this.news = news;
        this.checks = checks;
        this.texts = texts;
        this.composer = composer;
        this.mail = mail;
        this.preferences = preferences;
        this.preferenceStore = preferenceStore;
        this.membership = membership;
        this.catalog = catalog;
        this.accounts = accounts;
        this.directory = directory;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Admins (and staff) write newsletters, not while the community is archived. */
    public boolean canCompose(Actor actor, CommunityFacts community) {
        return policy.communities().canEditSettings(actor, community, membership.relation(actor, community));
    }

    @Transactional(readOnly = true)
    public List<Sent> history(Actor actor, CommunityFacts community) {
        requireManage(actor, community);
        List<Newsletter> rows = news.history(community.id(), 50);
        var names = directory.names(rows.stream().map(Newsletter::authorId).filter(java.util.Objects::nonNull).distinct().toList());
        return rows.stream().map(n -> new Sent(n.id(), n.subject(), n.status(), n.sentAt(), n.recipients(),
                n.authorId() == null || names.get(n.authorId()) == null ? null : names.get(n.authorId()).displayName())).toList();
    }

    /** A new newsletter: the month's news, all ticked, under a subject naming the community and the month. */
    @Transactional(readOnly = true)
    public Draft blank(Actor actor, CommunityFacts community, String communityName, Locale locale) {
        requireCompose(actor, community);
        List<NewsItem> recent = recent(actor, community, Set.of(), true, locale);
        String month = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(clock.instant().atZone(java.time.ZoneOffset.UTC));
        return new Draft(null, texts.message("newsletter.defaultSubject", locale, communityName, month), "", recent,
                recipients(community.id()).size());
    }

    /** The form again (after a refusal, or to edit a draft), with these news ticked. */
    @Transactional(readOnly = true)
    public Draft form(Actor actor, CommunityFacts community, Long draftId, Text text, Locale locale) {
        requireCompose(actor, community);
        return new Draft(draftId, text.subject(), text.editorial(),
                recent(actor, community, new HashSet<>(text.newsIds() == null ? List.of() : text.newsIds()), false, locale),
                recipients(community.id()).size());
    }

    /** Checks and keeps the draft (made on the first preview), and shows it as members will read it. */
    @Transactional
    public Preview preview(Actor actor, CommunityFacts community, Long draftId, Text text, Locale locale) {
        requireCompose(actor, community);
        String subject = org.praxis.shared.Text.line(text.subject());
        subject = subject == null ? "" : subject;
        String editorial = org.praxis.shared.Text.body(text.editorial());
        editorial = editorial == null ? "" : editorial;
        List<Long> chosen = news.byIds(community.id(), text.newsIds() == null ? List.of() : text.newsIds().stream().limit(MAX_NEWS).toList())
                .stream().map(News::id).toList();
        InputErrors errors = new InputErrors();
        if (subject.isEmpty()) {
            errors.add("subject", "newsletter.subject.required");
        } else if (subject.length() > MAX_SUBJECT) {
            errors.add("subject", "newsletter.subject.tooLong", MAX_SUBJECT);
        }
        if (editorial.length() > MAX_EDITORIAL) {
            errors.add("editorial", "newsletter.editorial.tooLong", MAX_EDITORIAL);
        }
        if (editorial.isEmpty() && chosen.isEmpty()) {
            errors.add("editorial", "newsletter.empty");
        }
        errors.throwIfAny();
        long id;
        if (draftId == null) {
            id = news.createDraft(community.id(), actor.accountId(), subject, editorial, chosen, clock.instant());
        } else {
            Newsletter draft = news.find(community.id(), draftId).orElseThrow(() -> new NotFoundException("newsletter"));
            if (!"DRAFT".equals(draft.status())) {
                new InputErrors().add("subject", "newsletter.alreadySent").throwIfAny();
            }
            news.updateDraft(draftId, subject, editorial, chosen);
            id = draftId;
        }
        List<NewsItem> items = recent(actor, community, new HashSet<>(chosen), false, locale).stream().filter(NewsItem::chosen).toList();
        return new Preview(id, subject, Markdown.toSafeHtml(editorial), items, recipients(community.id()).size());
    }

    /** Sends a previewed draft once (a second click finds it sent and changes nothing); returns false then. */
    @Transactional
    public boolean send(Actor actor, CommunityFacts community, long draftId) {
        requireCompose(actor, community);
        news.find(community.id(), draftId).orElseThrow(() -> new NotFoundException("newsletter"));
        if (!news.markSent(draftId, clock.instant())) {
            return false;
        }
        events.publishEvent(new NewsletterSent(draftId));
        return true;
    }

    @ApplicationModuleListener
    void on(NewsletterSent event) {
        Newsletter letter = news.find(event.newsletterId()).orElse(null);
        if (letter == null) {
            return;
        }
        List<Long> recipients = recipients(letter.communityId());
        CommunityRef community = catalog.refs(List.of(letter.communityId())).get(letter.communityId());
        if (community == null) {
            return;
        }
        // Every member reads the community's content alike, so what one current member may read
        // (removed items left out) is what all of them may.
        List<News> chosen = recipients.isEmpty() ? List.of() : readable(Actor.member(recipients.get(0)),
                news.byIds(letter.communityId(), letter.newsIds()));
        Map<Long, Contact> contacts = accounts.contacts(recipients);
        Map<Long, String> tokens = preferenceStore.unsubscribeTokens(recipients);
        String editorialHtml = Markdown.toSafeHtml(letter.editorial());
        List<Mail> mails = new ArrayList<>();
        int sent = 0;
        for (Long r : recipients) {
            Contact c = contacts.get(r);
            if (c == null || !c.active()) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(c.language());
            List<MailComposer.Item> items = chosen.stream().map(n -> new MailComposer.Item(itemText(n, locale),
                    composer.link(n.link()), null)).toList();
            List<MailComposer.Section> sections = items.isEmpty() ? List.of()
                    : List.of(new MailComposer.Section(texts.message("newsletter.itemsHeading", locale, community.name()), items));
            mails.add(composer.write(new MailComposer.Letter("newsletter:" + letter.id() + ":" + r, r, c.email(), locale,
                    c.displayName(), letter.subject(), null, editorialHtml, letter.editorial(), sections,
                    composer.unsubscribeUrl(tokens.get(r), letter.communityId(), NotificationKind.NEWSLETTER.name()),
                    texts.message("newsletter.unsubscribe", locale, community.name()))));
            sent++;
        }
        mail.sendAll(mails);
        news.recordRecipients(letter.id(), sent);
    }

    /** Members who have not turned this community's newsletter off. */
    private List<Long> recipients(long communityId) {
        List<Long> members = membership.memberIds(communityId);
        Map<Long, Delivery> deliveries = preferences.deliveries(members, communityId, NotificationKind.NEWSLETTER);
        return members.stream().filter(m -> deliveries.get(m) != Delivery.OFF).toList();
    }

    private List<NewsItem> recent(Actor actor, CommunityFacts community, Set<Long> chosen, boolean allChosen, Locale locale) {
        List<News> recent = readable(actor, news.since(community.id(), clock.instant().minus(RECENT), MAX_NEWS));
        List<NewsItem> items = new ArrayList<>();
        for (News n : recent) {
            items.add(new NewsItem(n.id(), itemText(n, locale), n.link(), n.at(), allChosen || chosen.contains(n.id())));
        }
        return items;
    }

    private List<News> readable(Actor actor, List<News> candidates) {
        Set<Long> ok = checks.readable(actor, candidates.stream()
                .map(n -> new StoredRef(n.id(), n.subjectType(), n.subjectId(), n.communityId())).toList());
        return candidates.stream().filter(n -> ok.contains(n.id())).toList();
    }

    private String itemText(News n, Locale locale) {
        return texts.message("newsletter.item." + n.kind().name() + (n.variant() == null ? "" : "." + n.variant()), locale,
                n.title() == null ? "" : n.title());
    }

    private void requireManage(Actor actor, CommunityFacts community) {
        if (!policy.communities().canManage(actor, community, membership.relation(actor, community))) {
            throw new NotAllowedException("newsletters");
        }
    }

    private void requireCompose(Actor actor, CommunityFacts community) {
        requireManage(actor, community);
        if (!canCompose(actor, community)) {
            throw new ReadOnlyException();
        }
    }
}
