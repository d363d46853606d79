package org.praxis.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.membership.CommunityMembership;
import org.praxis.moderation.internal.ReportStore;
import org.praxis.moderation.internal.ReportStore.Report;
import org.praxis.moderation.internal.ReportStore.Target;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.Text;
import org.praxis.shared.limits.LimitedAction;
import org.praxis.shared.limits.RateLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members report what worries them; moderators work through the reports, one reported thing at
 * a time, in the order they came. A report about something in a community goes to that
 * community's moderators and admins (and staff); a profile reported outside any community goes
 * to staff.
 */
@Service
public class Reports {

    public static final int NOTE_MAX = 1000;

    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");
    static final int QUEUE_ROWS = 2000;
    private static final int HISTORY = 20;

    private final ReportStore store;
    private final ReportTargets targets;
    private final ModerationLog log;
    private final ModerationSettings settings;
    private final CommunityMembership membership;
    private final MemberDirectory directory;
    private final CommunityCatalog catalog;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final RateLimits rateLimits;
    private final Clock clock;

    Reports(ReportStore store, ReportTargets targets, ModerationLog log, ModerationSettings settings,
            CommunityMembership membership, MemberDirectory directory, CommunityCatalog catalog, AccessPolicy policy,
            ApplicationEventPublisher events, RateLimits rateLimits, Clock clock) {
        this.rateLimits = rateLimits;
        this.store = store;
        this.targets = targets;
        this.log = log;
        this.settings = settings;
        this.membership = membership;
        this.directory = directory;
        this.catalog = catalog;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The report form for something the actor may read ({@code community} null only for a
     * profile reported outside any community), with the moderators' availability promise.
     */
    @Transactional(readOnly = true)
    public ReportForm form(Actor actor, CommunityFacts community, String slug, String availability, TargetType type,
                           long id, Long parentId) {
        requireReporter(actor);
        Target t = targets.find(actor, community, slug, type, id, parentId);
        return new ReportForm(type, id, t.parentId(), t.title(), t.excerpt(), t.path(), availability,
                community == null ? null : settings.responseHours(community.id()).orElse(null),
                store.hasOpen(actor.accountId(), type, id, t.communityId()));
    }

    /**
     * Files a report; returns false when the actor's earlier report about the same thing is still
     * waiting (nothing is added then).
     */
    @Transactional
    public boolean submit(Actor actor, CommunityFacts community, String slug, TargetType type, long id, Long parentId,
                          ReportCategory category, String note) {
        requireReporter(actor);
        Target t = targets.find(actor, community, slug, type, id, parentId);
        String text = Text.body(note);
        InputErrors errors = new InputErrors();
        if (category == null) {
            errors.add("category", "report.category.required");
        }
        errors.optional("note", text, NOTE_MAX);
        errors.throwIfAny();
        if (store.hasOpen(actor.accountId(), type, id, t.communityId())) {
            return false;
        }
        // A profile reported outside any community counts against one platform-wide budget (0).
        rateLimits.take(actor, t.communityId() == null ? 0 : t.communityId(), LimitedAction.REPORT);
        Instant now = clock.instant();
        long reportId = store.insert(t, actor.accountId(), category, text, now);
        events.publishEvent(new ModerationEvents.ReportFiled(reportId, t.communityId(), type, id, actor.accountId(), now));
        return true;
    }

    /** A community's queue: each reported thing with open reports, oldest wait first. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(Actor actor, CommunityFacts community) {
        requireQueue(actor, community);
        return items(store.open(community.id(), QUEUE_ROWS));
    }

    /** Every community's queue, and reports about profiles made outside any community: staff. */
    @Transactional(readOnly = true)
    public List<QueueItem> allQueues(Actor actor) {
        if (!policy.moderation().canWorkAllQueues(actor)) {
            throw new NotAllowedException("all report queues");
        }
        audit.info("staff {} read the report queues of all communities", actor.accountId());
        return items(store.open(null, QUEUE_ROWS));
    }

    private List<QueueItem> items(List<Report> open) {
        Map<String, List<Report>> byTarget = new LinkedHashMap<>();
        Set<Long> people = new HashSet<>();
        Set<Long> communities = new HashSet<>();
        for (Report r : open) {
            byTarget.computeIfAbsent(r.target().type() + ":" + r.target().id(), k -> new ArrayList<>()).add(r);
            if (r.target().accountId() != null) {
                people.add(r.target().accountId());
            }
            if (r.target().communityId() != null) {
                communities.add(r.target().communityId());
            }
        }
        Map<Long, MemberName> names = directory.names(people);
        Map<Long, CommunityRef> refs = catalog.refs(communities);
        Map<Long, Integer> promises = new HashMap<>();
        communities.forEach(c -> settings.responseHours(c).ifPresent(h -> promises.put(c, h)));
        Instant now = clock.instant();
        List<QueueItem> items = new ArrayList<>();
        for (List<Report> reports : byTarget.values()) {
            Report first = reports.get(0);
            Target t = first.target();
            CommunityRef c = t.communityId() == null ? null : refs.get(t.communityId());
            MemberName author = t.accountId() == null ? null : names.get(t.accountId());
            Set<Long> reporters = new HashSet<>();
            Set<ReportCategory> categories = new java.util.TreeSet<>();
            reports.forEach(r -> {
                reporters.add(r.reporterId());
                categories.add(r.category());
            });
            items.add(new QueueItem(first.id(), t.type(), t.title(), t.excerpt(), t.path(), c == null ? null : c.name(),
                    c == null ? null : c.slug(), author == null ? null : author.displayName(), reports.size(),
                    reporters.size(), List.copyOf(categories),
                    Waiting.of(first.createdAt(), now, t.communityId() == null ? null : promises.get(t.communityId()))));
        }
        return items;
    }

    /** One reported thing of a community, with every report about it and its author's history. */
    @Transactional(readOnly = true)
    public ReportCase open(Actor actor, CommunityFacts community, long reportId) {
        Relation relation = requireQueue(actor, community);
        Report report = store.find(reportId).filter(r -> r.target().communityId() != null
                && r.target().communityId() == community.id()).orElseThrow(() -> new NotFoundException("report"));
        return caseOf(actor, community, relation, report);
    }

    /** A report about a profile made outside any community: staff. */
    @Transactional(readOnly = true)
    public ReportCase openUnscoped(Actor actor, long reportId) {
        if (!policy.moderation().canWorkAllQueues(actor)) {
            throw new NotAllowedException("report");
        }
        Report report = store.find(reportId).filter(r -> r.target().communityId() == null)
                .orElseThrow(() -> new NotFoundException("report"));
        return caseOf(actor, null, null, report);
    }

    /** Which community a report belongs to (null: none, a profile reported outside one); for staff links. */
    @Transactional(readOnly = true)
    public Long communityOf(Actor actor, long reportId) {
        if (!policy.moderation().canWorkAllQueues(actor)) {
            throw new NotAllowedException("report");
        }
        return store.find(reportId).map(r -> r.target().communityId()).orElse(null);
    }

    private ReportCase caseOf(Actor actor, CommunityFacts community, Relation relation, Report report) {
        Target t = report.target();
        List<Report> all = store.about(t.type(), t.id(), t.communityId());
        Set<Long> people = new HashSet<>();
        all.forEach(r -> {
            people.add(r.reporterId());
            if (r.resolvedBy() != null) {
                people.add(r.resolvedBy());
            }
        });
        if (t.accountId() != null) {
            people.add(t.accountId());
        }
        Map<Long, MemberName> names = directory.names(people);
        List<ReportCase.Line> lines = all.stream().map(r -> new ReportCase.Line(name(names, r.reporterId()), r.category(),
                r.note(), r.createdAt(), r.status(), r.resolution(), r.resolvedBy() == null ? null : name(names, r.resolvedBy()),
                r.resolvedAt())).toList();
        boolean open = all.stream().anyMatch(r -> r.status() == ReportStatus.OPEN);
        Instant since = all.stream().filter(r -> r.status() == ReportStatus.OPEN).map(Report::createdAt).min(Instant::compareTo)
                .orElse(report.createdAt());
        Integer promise = community == null ? null : settings.responseHours(community.id()).orElse(null);
        ReportCase.Author author = community == null || t.accountId() == null ? authorOutside(t, names)
                : author(community, t.accountId(), names);
        ReportCase.Choices can = choices(actor, community, relation, t, open);
        CommunityRef ref = community == null ? null : catalog.refs(Set.of(community.id())).get(community.id());
        return new ReportCase(report.id(), t.type(), t.id(), t.title(), t.excerpt(), t.path(), open,
                ref == null ? null : ref.name(), ref == null ? null : ref.slug(), lines, author,
                Waiting.of(since, open ? clock.instant() : since, promise), null, can,
                can.move() ? destinations(actor, community) : List.of());
    }

    private ReportCase.Author author(CommunityFacts community, long accountId, Map<Long, MemberName> names) {
        Relation target = membership.relation(Actor.member(accountId), community);
        Map<ReportStatus, Long> counts = store.countsAbout(community.id(), accountId);
        return new ReportCase.Author(accountId, name(names, accountId), target.role(),
                membership.memberSince(community.id(), accountId).orElse(null),
                membership.postingSuspendedUntil(community.id(), accountId).orElse(null),
                counts.getOrDefault(ReportStatus.OPEN, 0L), counts.getOrDefault(ReportStatus.ACTIONED, 0L),
                counts.getOrDefault(ReportStatus.DISMISSED, 0L), log.about(community.id(), accountId, HISTORY));
    }

    private static ReportCase.Author authorOutside(Target t, Map<Long, MemberName> names) {
        return t.accountId() == null ? null : new ReportCase.Author(t.accountId(), name(names, t.accountId()), null, null,
                null, 0, 0, 0, List.of());
    }

    private ReportCase.Choices choices(Actor actor, CommunityFacts community, Relation relation, Target t, boolean open) {
        if (!open) {
            return new ReportCase.Choices(false, false, false, false, false, false, false, false);
        }
        if (community == null) {
            return new ReportCase.Choices(true, false, false, false, false, false, false, false);
        }
        boolean sanction = false;
        boolean member = false;
        if (t.accountId() != null) {
            Relation target = membership.relation(Actor.member(t.accountId()), community);
            member = target.isMember();
            sanction = policy.moderation().canSanction(actor, community, relation, t.accountId(), target);
        }
        boolean moderates = policy.moderation().canRemoveContent(actor, community, relation);
        boolean lock = t.type().inDiscussion() && policy.discussions().canModerate(actor, community, relation);
        boolean move = t.type() == TargetType.DISCUSSION && lock && !destinations(actor, community).isEmpty();
        return new ReportCase.Choices(true, t.type().removable() && moderates, lock, move, sanction && member,
                sanction && member, sanction && member, sanction);
    }

    /** The other communities the actor moderates, by name: where a discussion may be moved. */
    private List<ReportCase.Destination> destinations(Actor actor, CommunityFacts community) {
        Set<Long> ids = new HashSet<>(membership.moderatedCommunityIdsOf(actor));
        ids.remove(community.id());
        return catalog.refs(ids).values().stream().sorted(java.util.Comparator.comparing(CommunityRef::name))
                .map(c -> new ReportCase.Destination(c.slug(), c.name())).toList();
    }

    /** Closes the open reports about a thing without acting on it; the note goes to the log. */
    @Transactional
    public void dismiss(Actor actor, CommunityFacts community, long reportId, String note) {
        Report report = community == null ? requireUnscoped(actor, reportId) : requireInQueue(actor, community, reportId);
        String text = Text.line(note);
        new InputErrors().optional("note", text, NOTE_MAX).throwIfAny();
        Target t = report.target();
        Instant now = clock.instant();
        if (store.resolve(t.type(), t.id(), t.communityId(), ReportStatus.DISMISSED, actor.accountId(),
                ModerationAction.REPORT_DISMISSED.name(), now) > 0) {
            log.append(t.communityId(), actor.accountId(), ModerationAction.REPORT_DISMISSED, t.type(), t.id(), t.accountId(),
                    text, t.title(), now);
        }
    }

    /** The report, checked to be in the actor's queue for this community. */
    Report requireInQueue(Actor actor, CommunityFacts community, long reportId) {
        requireQueue(actor, community);
        return store.find(reportId).filter(r -> r.target().communityId() != null && r.target().communityId() == community.id())
                .orElseThrow(() -> new NotFoundException("report"));
    }

    private Report requireUnscoped(Actor actor, long reportId) {
        if (!policy.moderation().canWorkAllQueues(actor)) {
            throw new NotAllowedException("report");
        }
        return store.find(reportId).filter(r -> r.target().communityId() == null)
                .orElseThrow(() -> new NotFoundException("report"));
    }

    /** Closes the open reports about a thing a moderator acted on. */
    void resolve(Target t, long byId, String resolution) {
        store.resolve(t.type(), t.id(), t.communityId(), ReportStatus.ACTIONED, byId, resolution, clock.instant());
    }

    void resolve(TargetType type, long id, Long communityId, long byId, String resolution) {
        store.resolve(type, id, communityId, ReportStatus.ACTIONED, byId, resolution, clock.instant());
    }

    private Relation requireQueue(Actor actor, CommunityFacts community) {
        Relation relation = membership.relation(actor, community);
        if (!policy.moderation().canWorkQueue(actor, community, relation)) {
            throw new NotAllowedException("report queue");
        }
        if (actor.staff() && !relation.isMember()) {
            audit.info("staff {} read the reports of community {}", actor.accountId(), community.id());
        }
        return relation;
    }

    private void requireReporter(Actor actor) {
        if (!policy.moderation().canReport(actor)) {
            throw new NotAllowedException("report");
        }
    }

    private static String name(Map<Long, MemberName> names, long id) {
        MemberName n = names.get(id);
        return n == null ? null : n.displayName();
    }
}
