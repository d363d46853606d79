package org.praxis.notification.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.community.CommunityCatalog;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.Actor;
import org.praxis.policy.ReadableContent;
import org.springframework.stereotype.Component;

/**
 * Asks, when a notification is made, shown or e-mailed, whether its reader may read what it
 * tells about at that moment: the module that owns the content answers through
 * {@link ReadableContent}; notifications about a community itself need the community to be
 * visible to the reader and the reader to belong to it.
 */
@Component
public class ContentChecks {

    private static final Set<String> OUTSIDER_SUBJECTS = Set.of("REQUEST", "INVITATION");

    private final Map<String, ReadableContent> byType = new HashMap<>();
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;

    ContentChecks(List<ReadableContent> readables, CommunityCatalog catalog, CommunityMembership membership) {
        readables.forEach(r -> byType.put(r.type(), r));
        this.catalog = catalog;
        this.membership = membership;
    }

    /** Those of the candidates who may read the subject now. */
    public Set<Long> whoMayRead(String subjectType, Long subjectId, Long communityId, Collection<Long> candidates) {
        Set<Long> allowed = new LinkedHashSet<>();
        for (Long candidate : candidates) {
            StoredRef ref = new StoredRef(0, subjectType, subjectId, communityId);
            if (!readable(Actor.member(candidate), List.of(ref)).isEmpty()) {
                allowed.add(candidate);
            }
        }
        return allowed;
    }

    /**
     * Those of a community's current members who may read the subject now, for news that goes to
     * all of them. Every member of a community has the same right to read its content (removed
     * content is for nobody; members-only content and hidden working groups are for members), so
     * one member's answer is everyone's, and a fan-out to 10,000 members asks once.
     */
    public Set<Long> membersWhoMayRead(String subjectType, Long subjectId, Long communityId, List<Long> members) {
        if (members.isEmpty()) {
            return Set.of();
        }
        return whoMayRead(subjectType, subjectId, communityId, List.of(members.get(0))).isEmpty()
                ? Set.of() : new LinkedHashSet<>(members);
    }

    /** A notification's subject, as far as a check needs it. */
    public record StoredRef(long id, String subjectType, Long subjectId, Long communityId) {
    }

    /** The ids of the refs (notification ids) whose subjects the actor may read now. */
    public Set<Long> readable(Actor actor, Collection<StoredRef> refs) {
        Set<Long> communityIds = new HashSet<>();
        refs.forEach(r -> {
            if (r.communityId() != null) {
                communityIds.add(r.communityId());
            }
        });
        Set<Long> memberOf = communityIds.isEmpty() ? Set.of() : memberOf(actor, communityIds);
        Map<String, Set<Long>> subjectsByType = new HashMap<>();
        for (StoredRef r : refs) {
            if (r.subjectType() != null && r.subjectId() != null && byType.containsKey(r.subjectType())) {
                subjectsByType.computeIfAbsent(r.subjectType(), t -> new HashSet<>()).add(r.subjectId());
            }
        }
        Map<String, Set<Long>> readableByType = new HashMap<>();
        subjectsByType.forEach((type, ids) -> readableByType.put(type, byType.get(type).readableBy(actor, ids)));
        Set<Long> result = new HashSet<>();
        for (StoredRef r : refs) {
            boolean ok;
            if (r.subjectType() != null && r.subjectId() != null && byType.containsKey(r.subjectType())) {
                ok = readableByType.get(r.subjectType()).contains(r.subjectId());
            } else if (r.communityId() != null) {
                // About the community itself (its status, a join request to handle): only while the reader
                // belongs to it. A decision on one's own request, or an invitation, concerns someone who is not
                // a member (yet): it is shown while the community is visible to them.
                ok = memberOf.contains(r.communityId())
                        || (OUTSIDER_SUBJECTS.contains(r.subjectType()) && visible(actor, r.communityId()));
            } else {
                ok = true;
            }
            if (ok) {
                result.add(r.id());
            }
        }
        return result;
    }

    private Set<Long> memberOf(Actor actor, Set<Long> communityIds) {
        Set<Long> result = new HashSet<>();
        Set<Long> mine = membership.communityIdsOf(actor);
        for (Long id : communityIds) {
            if (mine.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    private boolean visible(Actor actor, long communityId) {
        return catalog.visibleRefs(actor, List.of(communityId)).containsKey(communityId);
    }
}
