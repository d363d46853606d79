package org.praxis.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.discussion.DiscussionEvents.DiscussionStarted;
import org.praxis.discussion.internal.Comment;
import org.praxis.discussion.internal.Comments;
import org.praxis.discussion.internal.Discussion;
import org.praxis.discussion.internal.Discussions;
import org.praxis.discussion.internal.Revision;
import org.praxis.discussion.internal.Revisions;
import org.praxis.discussion.internal.Visit;
import org.praxis.discussion.internal.Visits;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.DiscussionPolicy;
import org.praxis.policy.PostReview;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.Markdown;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ResultPage;
import org.praxis.shared.limits.LimitedAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Discussions and announcements of a community: the lists, starting one, opening one a page
 * of comments at a time, editing with a kept history, removal, pinning and locking.
 */
@Service
public class DiscussionBoard {

    public static final int LIST_SIZE = 20;
    public static final int THREAD_PAGE = 50;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final Discussions discussions;
    private final Comments comments;
    private final Revisions revisions;
    private final Visits visits;
    private final PostRules posts;
    private final MemberDirectory directory;
    private final ReactionCounts reactions;
    private final DiscussionAttachments attachments;
    private final Mentions mentions;
    private final PostScreening screening;
    private final org.praxis.discussion.internal.HeldPostStore held;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    DiscussionBoard(Discussions discussions, Comments comments, Revisions revisions, Visits visits, PostRules posts,
                    MemberDirectory directory, ReactionCounts reactions, DiscussionAttachments attachments,
                    Mentions mentions, PostScreening screening, org.praxis.discussion.internal.HeldPostStore held,
                    ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.held = held;
        this.mentions = mentions;
        this.screening = screening;
        this.attachments = attachments;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.discussions = discussions;
        this.comments = comments;
        this.revisions = revisions;
        this.visits = visits;
        this.posts = posts;
        this.directory = directory;
        this.reactions = reactions;
        this.events = events;
        this.clock = clock;
    }

    /** A community's discussions or announcements, pinned first, then by latest activity. */
    @Transactional(readOnly = true)
    public ResultPage<DiscussionSummary> list(Actor actor, CommunityFacts community, DiscussionKind kind, String tag,
                                              int page) {
        Relation relation = posts.relation(actor, community);
        posts.requireContent(actor, community, relation);
        int safePage = ResultPage.page(page);
        String cleanedTag = org.praxis.shared.Text.line(tag);
        String wantedTag = cleanedTag == null ? null : cleanedTag.toLowerCase(java.util.Locale.ROOT);
        Page<Discussion> found = discussions.list(community.id(), kind, rules().seesMembersOnly(actor, relation), wantedTag,
                PageRequest.of(safePage, LIST_SIZE));
        List<Discussion> items = found.getContent();
        Map<Long, Visit> seen = new HashMap<>();
        if (actor.signedIn() && !items.isEmpty()) {
            visits.findByAccountIdAndDiscussionIdIn(actor.accountId(), items.stream().map(Discussion::getId).toList())
                    .forEach(v -> seen.put(v.getDiscussionId(), v));
        }
        Map<Long, MemberName> cards = directory.names(items.stream().map(Discussion::getAuthorId).distinct().toList());
        List<DiscussionSummary> lines = items.stream().map(d -> {
            Visit visit = seen.get(d.getId());
            boolean unread = actor.signedIn() && visit == null && !actor.is(d.getAuthorId());
            int fresh = visit == null ? 0 : Math.max(0, d.getCommentCount() - visit.getSeenComments());
            return new DiscussionSummary(d.getId(), d.getKind(), d.getTitle(), PostRules.author(cards, d.getAuthorId()),
                    d.getCreatedAt(), d.getLastActivityAt(), d.getCommentCount(), unread, fresh, d.isPinned(),
                    d.isLocked(), d.isMembersOnly(), PostRules.sorted(d.getTags()));
        }).toList();
        return new ResultPage<>(lines, safePage, LIST_SIZE, found.getTotalElements());
    }

    /** Whether the actor may start a discussion here now (for showing the button). */
    @Transactional(readOnly = true)
    public boolean canStart(Actor actor, CommunityFacts community) {
        return rules().canStart(actor, community, posts.relation(actor, community));
    }

    /** Whether the actor may post an announcement here now. */
    @Transactional(readOnly = true)
    public boolean canAnnounce(Actor actor, CommunityFacts community) {
        return rules().canAnnounce(actor, community, posts.relation(actor, community));
    }

    /** Refuses a write form the actor may not use: "archived" when that is why, otherwise 403. */
    public void refuseWrite(CommunityFacts community) {
        posts.refuse(community, "write");
    }

    /** A discussion as its editor sees it before changing it. */
    @Transactional(readOnly = true)
    public DiscussionView forEditing(Actor actor, CommunityFacts community, long id) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, id);
        if (d.isRemoved() || !rules().canEdit(actor, community, relation, d.getAuthorId())) {
            posts.refuse(community, "edit discussion");
        }
        return view(actor, community, relation, d, directory.names(List.of(d.getAuthorId())), List.of(), List.of());
    }

    /** Whether a readable discussion is a discussion or an announcement. */
    @Transactional(readOnly = true)
    public DiscussionKind kindOf(Actor actor, CommunityFacts community, long id) {
        return posts.readable(actor, community, posts.relation(actor, community), id).getKind();
    }

    /** What became of a post: published ({@code id}), or held for a moderator ({@code heldId}). */
    public record Submission(Long id, Long heldId) {

        public boolean held() {
            return heldId != null;
        }
    }

    /** Starts a discussion (any member) or posts an announcement (moderators and admins). */
    @Transactional
    public Submission start(Actor actor, CommunityFacts community, DiscussionKind kind, DiscussionText text) {
        return start(actor, community, kind, text, List.of());
    }

    /**
     * Starts a discussion or posts an announcement with files attached. The post review may warn
     * of personal data (a form error until the author confirms) or hold the post for a moderator.
     */
    @Transactional
    public Submission start(Actor actor, CommunityFacts community, DiscussionKind kind, DiscussionText text,
                            List<FileUpload> files) {
        Relation relation = posts.relation(actor, community);
        posts.requireContent(actor, community, relation);
        boolean allowed = kind == DiscussionKind.ANNOUNCEMENT ? rules().canAnnounce(actor, community, relation)
                : rules().canStart(actor, community, relation);
        if (!allowed) {
            posts.refuse(community, "start " + kind);
        }
        InputErrors errors = new InputErrors();
        String title = PostRules.title(errors, text.title());
        String body = PostRules.body(errors, text.body(), PostRules.DISCUSSION_BODY_MAX);
        Set<String> tags = PostRules.tags(errors, text.tags());
        List<DiscussionAttachments.Checked> checked = attachments.check(errors, files);
        errors.throwIfAny();
        PostReview.Verdict verdict = screening.review(actor, community, relation, title + "\n" + body,
                text.personalDataConfirmed());
        posts.takeFromLimits(actor, community, LimitedAction.DISCUSSION, checked.size());
        Instant now = clock.instant();
        DiscussionKind actual = kind == null ? DiscussionKind.DISCUSSION : kind;
        if (verdict.held()) {
            return new Submission(null, screening.hold(PostScreening.draft(community.id(), actor.accountId(), actual.name(),
                    null, null, title, body, String.join(",", tags), text.isMembersOnly(), now), verdict, checked.size()));
        }
        return new Submission(publish(actor.accountId(), community, actual, title, body, text.isMembersOnly(), tags, checked,
                now), null);
    }

    /** Publishes a discussion the review let through, or a held one a moderator approved. */
    long publish(long authorId, CommunityFacts community, DiscussionKind kind, String title, String body, boolean membersOnly,
                 Set<String> tags, List<DiscussionAttachments.Checked> checked, Instant now) {
        Discussion d = discussions.save(new Discussion(community.id(), authorId, kind, title, body, membersOnly, tags, now));
        attachments.store(d.getId(), null, authorId, checked);
        events.publishEvent(new DiscussionStarted(d.getId(), community.id(), authorId, d.getKind(), now));
        announceMentions(Actor.member(authorId), community, d.getId(), null, Set.of(), body, now);
        return d.getId();
    }

    /**
     * A discussion with one page of top-level comments (and their replies): the first page, the
     * one after {@code after}, the one before {@code before}, or the last when {@code before} is
     * {@link Long#MAX_VALUE}. Opening it records the member's visit.
     */
    public ThreadPage open(Actor actor, CommunityFacts community, long id, Long after, Long before) {
        Reading reading = readOnly.execute(tx -> read(actor, community, id, after, before));
        if (reading.seen() != null) {
            try {
                writing.executeWithoutResult(tx -> recordVisit(actor.accountId(), reading.seen()));
            } catch (DataIntegrityViolationException e) {
                // The same member opened it twice at once; the other visit is as good as this one.
            }
        }
        return reading.page();
    }

    /** A page read, and the visit to record (null when there is nothing new to record). */
    private record Reading(ThreadPage page, Seen seen) {
    }

    /** What a member has now seen of a discussion, to record after the page is read. */
    private record Seen(long discussionId, int comments, long lastCommentId, boolean visitedBefore) {
    }

    private Reading read(Actor actor, CommunityFacts community, long id, Long after, Long before) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, id);
        // One comment more than a page tells whether there is a further page in that direction;
        // one id the other way tells whether there is one behind. Both stop at the first row found.
        List<Comment> top;
        Long older;
        Long newer;
        if (before != null) {
            top = new ArrayList<>(comments.topLevelBefore(id, before, PageRequest.of(0, THREAD_PAGE + 1)));
            boolean more = top.size() > THREAD_PAGE;
            if (more) {
                top.remove(THREAD_PAGE);
            }
            java.util.Collections.reverse(top);
            older = more ? top.get(0).getId() : null;
            newer = !top.isEmpty() && !comments.topLevelIdsAfter(id, top.get(top.size() - 1).getId(), PageRequest.of(0, 1)).isEmpty()
                    ? top.get(top.size() - 1).getId() : null;
        } else {
            top = new ArrayList<>(comments.topLevelAfter(id, after == null ? 0 : after, PageRequest.of(0, THREAD_PAGE + 1)));
            boolean more = top.size() > THREAD_PAGE;
            if (more) {
                top.remove(THREAD_PAGE);
            }
            newer = more ? top.get(top.size() - 1).getId() : null;
            older = !top.isEmpty() && !comments.topLevelIdsBefore(id, top.get(0).getId(), PageRequest.of(0, 1)).isEmpty()
                    ? top.get(0).getId() : null;
        }
        List<Comment> replies = top.isEmpty() ? List.of() : comments.repliesTo(top.stream().map(Comment::getId).toList());

        Visit visit = actor.signedIn() && relation.isMember()
                ? visits.findById(new Visit.Key(actor.accountId(), id)).orElse(null) : null;
        long lastSeen = visit == null ? Long.MAX_VALUE : visit.getLastSeenCommentId();
        int fresh = visit == null ? 0 : Math.max(0, d.getCommentCount() - visit.getSeenComments());
        Long firstNewAfter = null;
        Long firstNewId = null;
        if (fresh > 0) {
            Comment first = comments.findFirstByDiscussionIdAndIdGreaterThanOrderByIdAsc(id, lastSeen).orElse(null);
            if (first != null) {
                firstNewId = first.getId();
                firstNewAfter = (first.getRootId() != null ? first.getRootId() : first.getId()) - 1;
            }
        }
        Seen seen = actor.signedIn() && relation.isMember()
                && (visit == null || !visit.saw(d.getCommentCount(), d.getLastCommentId()))
                ? new Seen(id, d.getCommentCount(), d.getLastCommentId(), visit != null) : null;

        Set<Long> people = new HashSet<>();
        people.add(d.getAuthorId());
        top.forEach(c -> people.add(c.getAuthorId()));
        replies.forEach(c -> people.add(c.getAuthorId()));
        Map<Long, Comment> quoted = quotedComments(top, replies);
        quoted.values().forEach(c -> people.add(c.getAuthorId()));
        Map<Long, MemberName> cards = directory.names(people);

        List<Long> postIds = new ArrayList<>();
        postIds.add(0L);
        top.forEach(c -> postIds.add(c.getId()));
        replies.forEach(c -> postIds.add(c.getId()));
        Map<Long, List<ReactionCount>> counts = reactions.of(actor, id, postIds);
        Map<Long, List<AttachmentView>> files = rules().canReadAttachments(actor, community, relation, d.isMembersOnly())
                ? attachments.of(id, postIds.subList(1, postIds.size())) : Map.of();

        Map<Long, List<CommentView>> repliesByRoot = new HashMap<>();
        for (Comment r : replies) {
            repliesByRoot.computeIfAbsent(r.getRootId(), k -> new ArrayList<>())
                    .add(commentView(actor, community, relation, r, cards, quoted, counts, files, lastSeen, List.of()));
        }
        List<CommentView> views = top.stream().map(c -> commentView(actor, community, relation, c, cards, quoted, counts,
                files, lastSeen, repliesByRoot.getOrDefault(c.getId(), List.of()))).toList();
        return new Reading(new ThreadPage(view(actor, community, relation, d, cards, counts.getOrDefault(0L, ReactionCounts.none()),
                files.getOrDefault(0L, List.of())),
                views, older, newer, fresh, firstNewAfter, firstNewId), seen);
    }

    /**
     * The comments posted after {@code afterCommentId} (up to a page, oldest first), for a reader
     * whose page of the discussion is open: the same check as opening it (404 for those who may
     * not read it), and no visit recorded, since the reader has not scrolled to them yet.
     */
    @Transactional(readOnly = true)
    public CommentsSince since(Actor actor, CommunityFacts community, long id, long afterCommentId) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, id);
        List<Comment> found = comments.postedAfter(id, afterCommentId, PageRequest.of(0, THREAD_PAGE));
        Map<Long, Comment> quoted = quotedComments(List.of(), found);
        Set<Long> people = new HashSet<>();
        people.add(d.getAuthorId());
        found.forEach(c -> people.add(c.getAuthorId()));
        quoted.values().forEach(c -> people.add(c.getAuthorId()));
        Map<Long, MemberName> cards = directory.names(people);
        List<Long> ids = found.stream().map(Comment::getId).toList();
        Map<Long, List<ReactionCount>> counts = ids.isEmpty() ? Map.of() : reactions.of(actor, id, ids);
        Map<Long, List<AttachmentView>> files = !ids.isEmpty()
                && rules().canReadAttachments(actor, community, relation, d.isMembersOnly()) ? attachments.of(id, ids) : Map.of();
        List<CommentsSince.Arrival> arrivals = found.stream().map(c -> new CommentsSince.Arrival(c.getRootId(),
                commentView(actor, community, relation, c, cards, quoted, counts, files, afterCommentId, List.of()))).toList();
        return new CommentsSince(view(actor, community, relation, d, cards, ReactionCounts.none(), List.of()), arrivals,
                found.size() == THREAD_PAGE);
    }

    /** Tells of the members a text newly mentions (not its author, not those the earlier text already named). */
    void announceMentions(Actor actor, CommunityFacts community, long discussionId, Long commentId, Set<Long> before,
                          String text, Instant now) {
        for (long id : mentions.mentionedIn(community, text)) {
            if (!before.contains(id) && !actor.is(id)) {
                events.publishEvent(new DiscussionEvents.Mentioned(id, discussionId, commentId, community.id(),
                        actor.accountId(), now));
            }
        }
    }

    /** The comments that deeper replies quote: those answered by a reply that is not to its root. */
    private Map<Long, Comment> quotedComments(List<Comment> top, List<Comment> replies) {
        Map<Long, Comment> known = new HashMap<>();
        top.forEach(c -> known.put(c.getId(), c));
        replies.forEach(c -> known.put(c.getId(), c));
        Set<Long> wanted = new HashSet<>();
        for (Comment r : replies) {
            if (r.getReplyToId() != null && !r.getReplyToId().equals(r.getRootId()) && !known.containsKey(r.getReplyToId())) {
                wanted.add(r.getReplyToId());
            }
        }
        if (!wanted.isEmpty()) {
            comments.findAllById(wanted).forEach(c -> known.put(c.getId(), c));
        }
        return known;
    }

    private void recordVisit(long accountId, Seen seen) {
        Visit v = seen.visitedBefore() ? visits.findById(new Visit.Key(accountId, seen.discussionId()))
                .orElse(new Visit(accountId, seen.discussionId())) : new Visit(accountId, seen.discussionId());
        v.see(seen.comments(), seen.lastCommentId(), clock.instant());
        visits.saveAndFlush(v);
    }

    private CommentView commentView(Actor actor, CommunityFacts community, Relation relation, Comment c,
                                    Map<Long, MemberName> cards, Map<Long, Comment> known,
                                    Map<Long, List<ReactionCount>> counts, Map<Long, List<AttachmentView>> files,
                                    long lastSeen, List<CommentView> replies) {
        DiscussionPolicy rules = rules();
        boolean canEdit = !c.isRemoved() && rules.canEdit(actor, community, relation, c.getAuthorId());
        boolean canDelete = !c.isRemoved() && rules.canDelete(actor, community, relation, c.getAuthorId());
        CommentView.Quote quote = null;
        if (c.getReplyToId() != null && !c.getReplyToId().equals(c.getRootId())) {
            Comment parent = known.get(c.getReplyToId());
            if (parent != null) {
                Author parentAuthor = PostRules.author(cards, parent.getAuthorId());
                quote = new CommentView.Quote(parent.getId(), parentAuthor.displayName(),
                        parent.isRemoved() ? null : excerpt(parent.getBody()), parent.isRemoved());
            }
        }
        return new CommentView(c.getId(), PostRules.author(cards, c.getAuthorId()),
                c.isRemoved() ? null : Markdown.toSafeHtml(c.getBody()), canEdit ? c.getBody() : null,
                c.getCreatedAt(), c.getEditedAt(), c.isRemoved(), c.getReplyToId(), quote,
                c.getId() > lastSeen && !actor.is(c.getAuthorId()),
                counts.getOrDefault(c.getId(), ReactionCounts.none()),
                c.isRemoved() ? List.of() : files.getOrDefault(c.getId(), List.of()), canEdit, canDelete, replies);
    }

    /** The first words of a comment, as plain text, for a quote. */
    static String excerpt(String markdown) {
        String plain = markdown.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= 160 ? plain : plain.substring(0, 157).strip() + "…";
    }

    private DiscussionView view(Actor actor, CommunityFacts community, Relation relation, Discussion d,
                                Map<Long, MemberName> cards, List<ReactionCount> counts, List<AttachmentView> files) {
        DiscussionPolicy rules = rules();
        boolean canEdit = !d.isRemoved() && rules.canEdit(actor, community, relation, d.getAuthorId());
        var can = new DiscussionView.Permissions(
                !d.isRemoved() && rules.canComment(actor, community, relation, d.isLocked()),
                !d.isRemoved() && rules.canReact(actor, community, relation), canEdit,
                !d.isRemoved() && rules.canDelete(actor, community, relation, d.getAuthorId()),
                !d.isRemoved() && rules.canModerate(actor, community, relation),
                rules.canSeeRevisions(actor, community, relation), actor.signedIn());
        return new DiscussionView(d.getId(), d.getCommunityId(), d.getKind(), d.getTitle(),
                Markdown.toSafeHtml(d.getBody()), canEdit ? d.getBody() : null, PostRules.author(cards, d.getAuthorId()),
                d.getCreatedAt(), d.getEditedAt(), d.isPinned(), d.isLocked(), d.isMembersOnly(),
                PostRules.sorted(d.getTags()), d.getCommentCount(), counts, files, can);
    }

    /** Changes the title, text, tags or flag; the text it replaces is kept for moderators. */
    @Transactional
    public void edit(Actor actor, CommunityFacts community, long id, DiscussionText text) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, id);
        if (d.isRemoved() || !rules().canEdit(actor, community, relation, d.getAuthorId())) {
            posts.refuse(community, "edit discussion");
        }
        InputErrors errors = new InputErrors();
        String title = PostRules.title(errors, text.title());
        String body = PostRules.body(errors, text.body(), PostRules.DISCUSSION_BODY_MAX);
        Set<String> tags = PostRules.tags(errors, text.tags());
        errors.throwIfAny();
        if (!body.equals(d.getBody()) || !title.equals(d.getTitle())) {
            screening.warnOnly(actor, community, relation, title + "\n" + body, text.personalDataConfirmed());
        }
        Instant now = clock.instant();
        if (!title.equals(d.getTitle()) || !body.equals(d.getBody())) {
            revisions.save(new Revision(d.getId(), null, actor.accountId(), d.getTitle(), d.getBody(), now));
        }
        announceMentions(actor, community, d.getId(), null, mentions.mentionedIn(community, d.getBody()), body, now);
        d.edit(title, body, text.membersOnly() == null ? d.isMembersOnly() : text.isMembersOnly(), tags, now);
    }

    /**
     * Removes a discussion: it leaves every list and page. Authors remove their own; moderators
     * remove anyone's with a reason the author is told.
     */
    @Transactional
    public void remove(Actor actor, CommunityFacts community, long id, String reason) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, id);
        if (d.isRemoved()) {
            return;
        }
        if (!rules().canDelete(actor, community, relation, d.getAuthorId())) {
            posts.refuse(community, "remove discussion");
        }
        InputErrors errors = new InputErrors();
        String why = PostRules.reason(errors, reason, rules().needsRemovalReason(actor, d.getAuthorId()));
        errors.throwIfAny();
        Instant now = clock.instant();
        d.remove(actor.accountId(), why, now);
        if (!actor.is(d.getAuthorId())) {
            audit.info("{} removed discussion {} of community {} by {}: {}", actor.accountId(), id, community.id(),
                    d.getAuthorId(), why);
            events.publishEvent(new DiscussionEvents.ContentRemoved(id, null, community.id(), d.getAuthorId(),
                    actor.accountId(), why, now));
        }
    }

    /** Pins a discussion to the top of its list, or unpins it. */
    @Transactional
    public void pin(Actor actor, CommunityFacts community, long id, boolean pinned) {
        moderated(actor, community, id, "pin").pin(pinned);
    }

    /**
     * Moves a discussion, with its comments and attachments, to another community. The actor
     * moderates both; neither may be archived. Its readers become the destination's.
     */
    @Transactional
    public void move(Actor actor, CommunityFacts from, long id, CommunityFacts to, String reason) {
        Discussion d = moderated(actor, from, id, "move");
        if (to.id() == from.id() || !rules().canModerate(actor, to, posts.relation(actor, to))) {
            throw new NotAllowedException("move discussion");
        }
        d.moveTo(to.id());
        held.moveComments(id, to.id());
        events.publishEvent(new DiscussionEvents.DiscussionMoved(id, from.id(), to.id(), d.getAuthorId(), actor.accountId(),
                d.getTitle(), reason, clock.instant()));
    }

    /** Locks a discussion (only moderators comment) or opens it again. */
    @Transactional
    public void lock(Actor actor, CommunityFacts community, long id, boolean locked) {
        lock(actor, community, id, locked, null);
    }

    /** Locks or opens a discussion, saying why (for the moderation log). */
    @Transactional
    public void lock(Actor actor, CommunityFacts community, long id, boolean locked, String reason) {
        Discussion d = moderated(actor, community, id, "lock");
        if (d.isLocked() != locked) {
            d.lock(locked);
            events.publishEvent(new DiscussionEvents.DiscussionLocked(id, community.id(), d.getAuthorId(),
                    actor.accountId(), locked, reason, clock.instant()));
        }
    }

    /**
     * A discussion or comment of this community as a report names it, removed ones included;
     * empty when there is no such post. No access check: the caller has made it.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<PostRef> postRef(long communityId, long discussionId, Long commentId) {
        java.util.Optional<Discussion> found = discussions.findById(discussionId).filter(d -> d.getCommunityId() == communityId);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        Discussion d = found.get();
        if (commentId == null) {
            return java.util.Optional.of(new PostRef(d.getId(), null, communityId, d.getAuthorId(), d.getTitle(),
                    excerpt(d.getBody()), d.isRemoved()));
        }
        return comments.findByIdAndDiscussionId(commentId, discussionId).map(c -> new PostRef(d.getId(), c.getId(),
                communityId, c.getAuthorId(), d.getTitle(), excerpt(c.getBody()), c.isRemoved() || d.isRemoved()));
    }

    private Discussion moderated(Actor actor, CommunityFacts community, long id, String action) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, id);
        if (d.isRemoved() || !rules().canModerate(actor, community, relation)) {
            posts.refuse(community, action);
        }
        audit.info("{} set {} on discussion {} of community {}", actor.accountId(), action, id, community.id());
        return d;
    }

    /** The texts edits replaced, newest first: of the discussion, or of one of its comments. */
    @Transactional(readOnly = true)
    public List<RevisionView> revisions(Actor actor, CommunityFacts community, long id, Long commentId) {
        Relation relation = posts.relation(actor, community);
        posts.readable(actor, community, relation, id);
        if (!rules().canSeeRevisions(actor, community, relation)) {
            throw new NotAllowedException("see revisions");
        }
        List<Revision> found;
        if (commentId == null) {
            found = revisions.findByDiscussionIdAndCommentIdIsNullOrderByIdDesc(id);
        } else {
            comments.findByIdAndDiscussionId(commentId, id).orElseThrow(() -> new NotFoundException("comment"));
            found = revisions.findByDiscussionIdAndCommentIdOrderByIdDesc(id, commentId);
        }
        Map<Long, MemberName> cards = directory.names(found.stream().map(Revision::getEditorId).distinct().toList());
        return found.stream().map(r -> new RevisionView(r.getReplacedAt(), PostRules.author(cards, r.getEditorId()),
                r.getTitle(), r.getBody())).toList();
    }

    /**
     * Headlines of discussions and comments that are still there (removed ones are left out),
     * for streams and feeds. The caller has established that the reader may read the
     * communities they belong to; members-only flags are in the headlines for it to apply.
     */
    @Transactional(readOnly = true)
    public Headlines headlines(Collection<Long> discussionIds, Collection<Long> commentIds) {
        Map<Long, Headline> byDiscussion = new HashMap<>();
        if (!discussionIds.isEmpty()) {
            discussions.findAllById(discussionIds).stream().filter(d -> !d.isRemoved()).forEach(d -> byDiscussion.put(d.getId(),
                    new Headline(d.getId(), d.getCommunityId(), d.getKind(), d.getTitle(), d.isMembersOnly(), null, null,
                            excerpt(d.getBody()))));
        }
        Map<Long, Headline> byComment = new HashMap<>();
        if (!commentIds.isEmpty()) {
            for (Comment c : comments.findAllById(commentIds)) {
                Headline d = byDiscussion.get(c.getDiscussionId());
                if (d != null && !c.isRemoved()) {
                    byComment.put(c.getId(), new Headline(d.discussionId(), d.communityId(), d.kind(), d.title(),
                            d.membersOnly(), c.getId(), c.getRootId() != null ? c.getRootId() : c.getId(),
                            excerpt(c.getBody())));
                }
            }
        }
        return new Headlines(byDiscussion, byComment);
    }

    /** Headlines by discussion id and by comment id. */
    public record Headlines(Map<Long, Headline> discussions, Map<Long, Headline> comments) {
    }

    /**
     * How many discussions and announcements a reader of these communities finds in each tab;
     * {@code membersOnly} says whether the reader sees members-only items (they are members).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, Map<DiscussionKind, Long>> counts(Collection<Long> communityIds, boolean membersOnly) {
        Map<Long, Map<DiscussionKind, Long>> result = new HashMap<>();
        if (communityIds.isEmpty()) {
            return result;
        }
        for (Object[] row : discussions.countByKind(communityIds, membersOnly)) {
            result.computeIfAbsent((Long) row[0], k -> new EnumMap<>(DiscussionKind.class))
                    .put((DiscussionKind) row[1], (Long) row[2]);
        }
        return result;
    }

    private DiscussionPolicy rules() {
        return posts.rules();
    }
}
