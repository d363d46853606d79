package org.praxis.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.discussion.internal.Comment;
import org.praxis.discussion.internal.Comments;
import org.praxis.discussion.internal.Discussion;
import org.praxis.discussion.internal.Discussions;
import org.praxis.discussion.internal.HeldPostStore;
import org.praxis.discussion.internal.HeldPostStore.HeldPost;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts held for a moderator: listed for the community's moderators, admins and staff, then
 * approved (published as their author wrote them, at that moment, with the usual news and
 * notifications) or rejected with a reason the author is told.
 */
@Service
public class HeldPosts {

    public static final int REASON_MAX = 500;
    private static final int LIST_MAX = 200;

    private final HeldPostStore store;
    private final Discussions discussions;
    private final Comments comments;
    private final DiscussionBoard board;
    private final DiscussionComments commenting;
    private final PostRules posts;
    private final MemberDirectory directory;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeldPosts(HeldPostStore store, Discussions discussions, Comments comments, DiscussionBoard board,
              DiscussionComments commenting, PostRules posts, MemberDirectory directory, AccessPolicy policy,
              ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.discussions = discussions;
        this.comments = comments;
        this.board = board;
        this.commenting = commenting;
        this.posts = posts;
        this.directory = directory;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** The posts waiting in a community, oldest first. */
    @Transactional(readOnly = true)
    public List<HeldPostView> waiting(Actor actor, CommunityFacts community) {
        requireModerator(actor, community);
        List<HeldPost> held = store.ofCommunity(community.id(), LIST_MAX);
        Set<Long> people = new HashSet<>();
        Set<Long> threads = new HashSet<>();
        held.forEach(h -> {
            people.add(h.authorId());
            if (h.discussionId() != null) {
                threads.add(h.discussionId());
            }
        });
        Map<Long, MemberName> names = directory.names(people);
        Map<Long, String> titles = new java.util.HashMap<>();
        discussions.findAllById(threads).forEach(d -> titles.put(d.getId(), d.getTitle()));
        return held.stream().map(h -> new HeldPostView(h.id(), h.kind(),
                names.containsKey(h.authorId()) ? names.get(h.authorId()).displayName() : null, h.title(), h.body(),
                h.discussionId() == null ? null : titles.get(h.discussionId()), h.reason(), h.findings(), h.createdAt()))
                .toList();
    }

    /** How many posts wait in a community. */
    @Transactional(readOnly = true)
    public long waitingCount(long communityId) {
        return store.count(communityId);
    }

    /**
     * Publishes a held post as its author wrote it. Refused when its author may no longer post
     * here (left, banned, suspended) or its discussion is gone: reject it instead.
     */
    @Transactional
    public void approve(Actor actor, CommunityFacts community, long heldId) {
        requireModerator(actor, community);
        HeldPost h = store.find(community.id(), heldId).orElseThrow(() -> new NotFoundException("held post"));
        if (community.status().isReadOnly()) {
            posts.refuse(community, "approve a held post");
        }
        Actor authorActor = Actor.member(h.authorId());
        Relation author = posts.relation(authorActor, community);
        boolean announcement = DiscussionKind.ANNOUNCEMENT.name().equals(h.kind());
        boolean mayWrite = "COMMENT".equals(h.kind()) ? policy.discussions().canComment(authorActor, community, author, false)
                : announcement ? policy.discussions().canAnnounce(authorActor, community, author)
                : policy.discussions().canStart(authorActor, community, author);
        if (!mayWrite) {
            new InputErrors().add("approve", "held.authorCannotPost").throwIfAny();
        }
        if (!store.delete(heldId)) {
            return;
        }
        Instant now = clock.instant();
        Long discussionId;
        Long commentId = null;
        String title = h.title();
        if ("COMMENT".equals(h.kind())) {
            Discussion d = discussions.findById(h.discussionId()).filter(x -> !x.isRemoved() && x.getCommunityId() == community.id())
                    .orElse(null);
            if (d == null) {
                new InputErrors().add("approve", "held.discussionGone").throwIfAny();
            }
            if (!policy.discussions().canComment(authorActor, community, author, d.isLocked())) {
                new InputErrors().add("approve", "held.discussionLocked").throwIfAny();
            }
            Comment replyTo = h.replyToId() == null ? null
                    : comments.findByIdAndDiscussionId(h.replyToId(), d.getId()).orElse(null);
            DiscussionComments.Posted posted = commenting.publish(h.authorId(), community, d, replyTo, h.body(), List.of(), now);
            discussionId = d.getId();
            commentId = posted.id();
            title = d.getTitle();
        } else {
            Set<String> tags = h.tags() == null || h.tags().isBlank() ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(h.tags().split(",")));
            discussionId = board.publish(h.authorId(), community, DiscussionKind.valueOf(h.kind()), h.title(), h.body(),
                    h.membersOnly(), tags, List.of(), now);
        }
        events.publishEvent(new DiscussionEvents.HeldPostDecided(heldId, community.id(), h.authorId(), actor.accountId(), true,
                discussionId, commentId, title, null, now));
    }

    /** Rejects a held post with a reason its author is told; the post is deleted. */
    @Transactional
    public void reject(Actor actor, CommunityFacts community, long heldId, String reason) {
        requireModerator(actor, community);
        HeldPost h = store.find(community.id(), heldId).orElseThrow(() -> new NotFoundException("held post"));
        String why = Text.body(reason);
        new InputErrors().required("reason", why, REASON_MAX).throwIfAny();
        if (store.delete(heldId)) {
            String title = h.title();
            if (title == null && h.discussionId() != null) {
                title = discussions.findById(h.discussionId()).map(Discussion::getTitle).orElse(null);
            }
            events.publishEvent(new DiscussionEvents.HeldPostDecided(heldId, community.id(), h.authorId(), actor.accountId(),
                    false, null, null, title, why, clock.instant()));
        }
    }

    private void requireModerator(Actor actor, CommunityFacts community) {
        Relation relation = posts.relation(actor, community);
        if (!policy.moderation().canWorkQueue(actor, community, relation)) {
            throw new NotAllowedException("held posts");
        }
    }
}
