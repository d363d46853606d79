package org.praxis.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.activity.internal.ActivityEntries;
import org.praxis.activity.internal.ActivityEntry;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.discussion.Author;
import org.praxis.discussion.DiscussionBoard;
import org.praxis.discussion.Headline;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.NotAllowedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's stream (its Home tab) and a member's stream of all their communities, newest
 * first. Each entry is checked when read: removed discussions and comments drop out, and
 * members-only items show only to those who may read them.
 */
@Service
public class ActivityStream {

    public static final int PAGE_SIZE = 20;
    /** Entries filtered out (removed, members-only) are skipped by reading a few more, this many rounds at most. */
    private static final int ROUNDS = 5;

    private final ActivityEntries entries;
    private final CommunityMembership membership;
    private final CommunityCatalog catalog;
    private final DiscussionBoard board;
    private final MemberDirectory directory;
    private final AccessPolicy policy;

    ActivityStream(ActivityEntries entries, CommunityMembership membership, CommunityCatalog catalog,
                   DiscussionBoard board, MemberDirectory directory, AccessPolicy policy) {
        this.entries = entries;
        this.membership = membership;
        this.catalog = catalog;
        this.board = board;
        this.directory = directory;
        this.policy = policy;
    }

    /** The Home tab: for those who may read the community's content. */
    @Transactional(readOnly = true)
    public StreamPage ofCommunity(Actor actor, CommunityFacts community, Long before) {
        Relation relation = membership.relation(actor, community);
        if (!policy.communities().canReadContent(actor, community, relation)) {
            throw new NotAllowedException("read stream");
        }
        boolean membersOnly = policy.discussions().seesMembersOnly(actor, relation);
        return read(Set.of(community.id()), id -> membersOnly, before);
    }

    /** The signed-in member's home page: what happened in every community they belong to. */
    @Transactional(readOnly = true)
    public StreamPage ofMember(Actor actor, Long before) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("personal stream");
        }
        // The stream spans only the communities the actor belongs to; the policy says what a
        // member of them sees, members-only items included or not.
        Set<Long> mine = membership.communityIdsOf(actor);
        boolean membersOnly = policy.discussions().seesMembersOnly(actor, Relation.member(org.praxis.policy.Role.MEMBER));
        return mine.isEmpty() ? new StreamPage(List.of(), null) : read(mine, id -> membersOnly, before);
    }

    private StreamPage read(Collection<Long> communityIds, LongPredicate seesMembersOnly, Long before) {
        List<StreamItem> items = new ArrayList<>();
        long cursor = before == null ? Long.MAX_VALUE : before;
        boolean more = true;
        for (int round = 0; round < ROUNDS && items.size() < PAGE_SIZE && more; round++) {
            int want = (PAGE_SIZE - items.size()) * 2;
            List<ActivityEntry> found = entries.newestIn(communityIds, cursor, PageRequest.of(0, want));
            more = found.size() == want;
            if (found.isEmpty()) {
                break;
            }
            cursor = found.get(found.size() - 1).getId();
            for (StreamItem item : items(found, seesMembersOnly)) {
                if (items.size() < PAGE_SIZE) {
                    items.add(item);
                } else {
                    more = true;
                }
            }
        }
        Long older = more && !items.isEmpty() ? items.get(items.size() - 1).id() : null;
        return new StreamPage(items, older);
    }

    private List<StreamItem> items(List<ActivityEntry> found, LongPredicate seesMembersOnly) {
        Set<Long> discussionIds = new HashSet<>();
        Set<Long> commentIds = new HashSet<>();
        Set<Long> people = new HashSet<>();
        Set<Long> communityIds = new HashSet<>();
        for (ActivityEntry e : found) {
            if (e.getDiscussionId() != null) {
                discussionIds.add(e.getDiscussionId());
            }
            if (e.getCommentId() != null) {
                commentIds.add(e.getCommentId());
            }
            people.add(e.getActorId());
            communityIds.add(e.getCommunityId());
        }
        DiscussionBoard.Headlines headlines = board.headlines(discussionIds, commentIds);
        Map<Long, MemberName> cards = directory.names(people);
        Map<Long, CommunityRef> communities = catalog.refs(communityIds);
        List<StreamItem> items = new ArrayList<>();
        for (ActivityEntry e : found) {
            Headline headline = e.getCommentId() != null ? headlines.comments().get(e.getCommentId())
                    : e.getDiscussionId() != null ? headlines.discussions().get(e.getDiscussionId()) : null;
            boolean aboutContent = e.getDiscussionId() != null;
            if (aboutContent && (headline == null || (headline.membersOnly() && !seesMembersOnly.test(e.getCommunityId())))) {
                continue;
            }
            MemberName card = cards.get(e.getActorId());
            if (!aboutContent && card == null) {
                continue;
            }
            Author actor = card == null ? new Author(null, null, null) : new Author(card.id(), card.displayName(), card.avatarUrl());
            items.add(new StreamItem(e.getId(), e.getKind(), actor, communities.get(e.getCommunityId()),
                    e.getDiscussionId(), headline == null ? null : headline.title(), e.getCommentId(),
                    headline == null || headline.threadId() == null ? null : headline.threadId() - 1,
                    headline == null ? null : headline.excerpt(), e.getCreatedAt()));
        }
        return items;
    }
}
