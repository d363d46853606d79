package org.praxis.moderation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.membership.CommunityMembership;
import org.praxis.moderation.internal.LogStore;
import org.praxis.moderation.internal.LogStore.Entry;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation log: every moderator's action, who did it, when and why. It is only ever added
 * to. A community's admins read theirs; staff read every community's.
 */
@Service
public class ModerationLog {

    public static final int PAGE_SIZE = 50;
    /** Pages beyond this are refused: reading further back is for a filter by dates. */
    public static final int MAX_PAGE = 10_000;

    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final LogStore store;
    private final CommunityMembership membership;
    private final MemberDirectory directory;
    private final CommunityCatalog catalog;
    private final AccessPolicy policy;

    ModerationLog(LogStore store, CommunityMembership membership, MemberDirectory directory, CommunityCatalog catalog,
                  AccessPolicy policy) {
        this.store = store;
        this.membership = membership;
        this.directory = directory;
        this.catalog = catalog;
        this.policy = policy;
    }

    /** Adds an entry, in the transaction of the action it records. */
    void append(Long communityId, long actorId, ModerationAction action, TargetType targetType, Long targetId,
                Long targetAccountId, String reason, String detail, Instant at) {
        store.append(new Entry(0, communityId, actorId, action, targetType, targetId, targetAccountId,
                clip(reason, 1000), clip(detail, 300), at));
    }

    /** A page of one community's log, newest first: for its admins and staff. */
    @Transactional(readOnly = true)
    public LogPage read(Actor actor, CommunityFacts community, LogQuery query, int page) {
        var relation = membership.relation(actor, community);
        if (!policy.moderation().canReadLog(actor, community, relation)) {
            throw new NotAllowedException("read the moderation log");
        }
        if (actor.staff() && !relation.isMember()) {
            audit.info("staff {} read the moderation log of community {}", actor.accountId(), community.id());
        }
        return find(community.id(), query, page);
    }

    /** A page of every community's log, newest first: for staff. */
    @Transactional(readOnly = true)
    public LogPage readAll(Actor actor, LogQuery query, int page) {
        if (!policy.moderation().canReadAllLogs(actor)) {
            throw new NotAllowedException("read every moderation log");
        }
        audit.info("staff {} read the moderation log of all communities", actor.accountId());
        return find(null, query, page);
    }

    /** What was done about one member in a community, newest first (for the report queue). */
    List<LogRow> about(long communityId, long accountId, int limit) {
        return rows(store.about(communityId, accountId, limit));
    }

    private LogPage find(Long communityId, LogQuery q, int page) {
        InputErrors errors = new InputErrors();
        for (var day : new java.time.LocalDate[] {q.from(), q.to()}) {
            if (day != null && (day.getYear() < 1 || day.getYear() > 9999)) {
                errors.add(day == q.from() ? "from" : "to", "moderation.log.dateRange");
            }
        }
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            errors.add("to", "moderation.log.dates");
        }
        if (page > MAX_PAGE) {
            errors.add("page", "moderation.log.page", MAX_PAGE);
        }
        errors.throwIfAny();
        int number = Math.max(0, page);
        LogStore.Filter filter = new LogStore.Filter(communityId, q.action(), q.actorId(), q.memberId(),
                q.from() == null ? null : q.from().atStartOfDay(q.zone()).toInstant(),
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(q.zone()).toInstant());
        List<Entry> found = store.find(filter, number * PAGE_SIZE, PAGE_SIZE);
        boolean more = found.size() > PAGE_SIZE;
        return new LogPage(rows(more ? found.subList(0, PAGE_SIZE) : found), number, more);
    }

    private List<LogRow> rows(List<Entry> entries) {
        Set<Long> people = new HashSet<>();
        Set<Long> communities = new HashSet<>();
        for (Entry e : entries) {
            people.add(e.actorId());
            if (e.targetAccountId() != null) {
                people.add(e.targetAccountId());
            }
            if (e.communityId() != null) {
                communities.add(e.communityId());
            }
        }
        Map<Long, MemberName> names = directory.names(people);
        Map<Long, CommunityRef> refs = catalog.refs(communities);
        return entries.stream().map(e -> {
            CommunityRef c = e.communityId() == null ? null : refs.get(e.communityId());
            return new LogRow(e.id(), e.at(), c == null ? null : c.name(), c == null ? null : c.slug(), e.actorId(),
                    name(names, e.actorId()), e.action(), e.targetType(), e.targetId(), e.targetAccountId(),
                    e.targetAccountId() == null ? null : name(names, e.targetAccountId()), e.reason(), e.detail());
        }).toList();
    }

    private static String name(Map<Long, MemberName> names, long id) {
        MemberName n = names.get(id);
        return n == null ? null : n.displayName();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
