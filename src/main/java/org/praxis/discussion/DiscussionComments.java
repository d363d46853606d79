package org.praxis.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.praxis.discussion.DiscussionEvents.CommentPosted;
import org.praxis.discussion.internal.Comment;
import org.praxis.discussion.internal.Comments;
import org.praxis.discussion.internal.Discussion;
import org.praxis.discussion.internal.Discussions;
import org.praxis.discussion.internal.Reaction;
import org.praxis.discussion.internal.Reactions;
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
import org.praxis.shared.NotFoundException;
import org.praxis.shared.limits.LimitedAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments and replies on a discussion: posting, editing with a kept history, removal, and reactions. */
@Service
public class DiscussionComments {

    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final Discussions discussions;
    private final Comments comments;
    private final Revisions revisions;
    private final Reactions reactions;
    private final PostRules posts;
    private final DiscussionAttachments attachments;
    private final DiscussionBoard board;
    private final Visits visits;
    private final Mentions mentions;
    private final org.praxis.account.MemberDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final PostScreening screening;

    DiscussionComments(Discussions discussions, Comments comments, Revisions revisions, Reactions reactions,
                       PostRules posts, DiscussionAttachments attachments, DiscussionBoard board, Mentions mentions,
                       org.praxis.account.MemberDirectory directory, Visits visits, PostScreening screening,
                       ApplicationEventPublisher events, Clock clock) {
        this.screening = screening;
        this.visits = visits;
        this.directory = directory;
        this.board = board;
        this.mentions = mentions;
        this.attachments = attachments;
        this.discussions = discussions;
        this.comments = comments;
        this.revisions = revisions;
        this.reactions = reactions;
        this.posts = posts;
        this.events = events;
        this.clock = clock;
    }

    /** A comment just posted, and the top-level comment it shows under (itself, when it is not a reply). */
    /**
     * A comment published ({@code id}, and {@code threadId} the top-level comment it shows under),
     * or held for a moderator ({@code heldId}).
     */
    public record Posted(Long id, Long threadId, Long heldId) {

        public boolean held() {
            return heldId != null;
        }
    }

    /** Posts a comment, or a reply to {@code replyToId}. */
    @Transactional
    public Posted post(Actor actor, CommunityFacts community, long discussionId, Long replyToId, String text) {
        return post(actor, community, discussionId, replyToId, text, List.of());
    }

    /** Posts a comment or reply with files attached. */
    @Transactional
    public Posted post(Actor actor, CommunityFacts community, long discussionId, Long replyToId, String text,
                       List<FileUpload> files) {
        return post(actor, community, discussionId, replyToId, text, files, false);
    }

    /**
     * Posts a comment or reply; {@code personalDataConfirmed} says the author saw the personal-data
     * warning and publishes anyway. The post review may hold it for a moderator.
     */
    @Transactional
    public Posted post(Actor actor, CommunityFacts community, long discussionId, Long replyToId, String text,
                       List<FileUpload> files, boolean personalDataConfirmed) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, discussionId);
        if (d.isRemoved() || !rules().canComment(actor, community, relation, d.isLocked())) {
            posts.refuse(community, d.isLocked() ? "comment on a locked discussion" : "comment");
        }
        Comment replyTo = replyToId == null ? null : comments.findByIdAndDiscussionId(replyToId, discussionId)
                .orElseThrow(() -> new NotFoundException("comment"));
        InputErrors errors = new InputErrors();
        String body = PostRules.body(errors, text, PostRules.COMMENT_BODY_MAX);
        List<DiscussionAttachments.Checked> checked = attachments.check(errors, files);
        errors.throwIfAny();
        PostReview.Verdict verdict = screening.review(actor, community, relation, body, personalDataConfirmed);
        posts.takeFromLimits(actor, community, LimitedAction.COMMENT, checked.size());
        Instant now = clock.instant();
        if (verdict.held()) {
            return new Posted(null, null, screening.hold(PostScreening.draft(community.id(), actor.accountId(), "COMMENT",
                    discussionId, replyToId, null, body, null, false, now), verdict, checked.size()));
        }
        return publish(actor.accountId(), community, d, replyTo, body, checked, now);
    }

    /** Publishes a comment the review let through, or a held one a moderator approved. */
    Posted publish(long authorId, CommunityFacts community, Discussion d, Comment replyTo, String body,
                   List<DiscussionAttachments.Checked> checked, Instant now) {
        long discussionId = d.getId();
        Comment comment = comments.save(new Comment(discussionId, authorId, replyTo, body, now));
        comments.flush();
        attachments.store(discussionId, comment.getId(), authorId, checked);
        keepUpToDate(authorId, d, comment.getId(), now);
        events.publishEvent(new CommentPosted(comment.getId(), discussionId, community.id(), authorId,
                d.getAuthorId(), replyTo == null ? null : replyTo.getAuthorId(), now));
        board.announceMentions(Actor.member(authorId), community, discussionId, comment.getId(), java.util.Set.of(), body, now);
        // Last: the thread's row stays locked until commit, and every comment of the thread waits for it.
        discussions.countComment(discussionId, comment.getId(), now);
        return new Posted(comment.getId(), comment.getRootId() != null ? comment.getRootId() : comment.getId(), null);
    }

    /** A comment's text, for the one who may edit it. */
    @Transactional(readOnly = true)
    public String forEditing(Actor actor, CommunityFacts community, long discussionId, long commentId) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, discussionId);
        Comment comment = comments.findByIdAndDiscussionId(commentId, discussionId)
                .orElseThrow(() -> new NotFoundException("comment"));
        if (d.isRemoved() || comment.isRemoved() || !rules().canEdit(actor, community, relation, comment.getAuthorId())) {
            posts.refuse(community, "edit comment");
        }
        return comment.getBody();
    }

    /** The top-level comment a readable comment shows under (itself when it is one). */
    @Transactional(readOnly = true)
    public long threadOf(Actor actor, CommunityFacts community, long discussionId, long commentId) {
        posts.readable(actor, community, posts.relation(actor, community), discussionId);
        Comment comment = comments.findByIdAndDiscussionId(commentId, discussionId)
                .orElseThrow(() -> new NotFoundException("comment"));
        return comment.getRootId() != null ? comment.getRootId() : comment.getId();
    }

    /**
     * A member who had seen everything and then comments has still seen everything: their own
     * comment is not news to them.
     */
    private void keepUpToDate(long accountId, Discussion d, long commentId, Instant now) {
        visits.findById(new Visit.Key(accountId, d.getId())).filter(v -> v.getSeenComments() >= d.getCommentCount())
                .ifPresent(v -> v.see(d.getCommentCount() + 1, commentId, now));
    }

    /** Changes a comment's text; the text it replaces is kept for moderators. */
    @Transactional
    public void edit(Actor actor, CommunityFacts community, long discussionId, long commentId, String text) {
        edit(actor, community, discussionId, commentId, text, false);
    }

    /** Edits a comment; {@code personalDataConfirmed} says the author saw the personal-data warning. */
    @Transactional
    public void edit(Actor actor, CommunityFacts community, long discussionId, long commentId, String text,
                     boolean personalDataConfirmed) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, discussionId);
        Comment comment = comments.findByIdAndDiscussionId(commentId, discussionId)
                .orElseThrow(() -> new NotFoundException("comment"));
        if (d.isRemoved() || comment.isRemoved() || !rules().canEdit(actor, community, relation, comment.getAuthorId())) {
            posts.refuse(community, "edit comment");
        }
        InputErrors errors = new InputErrors();
        String body = PostRules.body(errors, text, PostRules.COMMENT_BODY_MAX);
        errors.throwIfAny();
        Instant now = clock.instant();
        if (!body.equals(comment.getBody())) {
            screening.warnOnly(actor, community, relation, body, personalDataConfirmed);
            revisions.save(new Revision(discussionId, commentId, actor.accountId(), null, comment.getBody(), now));
            java.util.Set<Long> before = mentions.mentionedIn(community, comment.getBody());
            comment.edit(body, now);
            board.announceMentions(actor, community, discussionId, commentId, before, body, now);
        }
    }

    /**
     * Removes a comment: it keeps its place in the thread as "comment removed", so replies
     * still make sense. Moderators removing someone else's comment give a reason.
     */
    @Transactional
    public void remove(Actor actor, CommunityFacts community, long discussionId, long commentId, String reason) {
        Relation relation = posts.relation(actor, community);
        posts.readable(actor, community, relation, discussionId);
        Comment comment = comments.findByIdAndDiscussionId(commentId, discussionId)
                .orElseThrow(() -> new NotFoundException("comment"));
        if (comment.isRemoved()) {
            return;
        }
        if (!rules().canDelete(actor, community, relation, comment.getAuthorId())) {
            posts.refuse(community, "remove comment");
        }
        InputErrors errors = new InputErrors();
        String why = PostRules.reason(errors, reason, rules().needsRemovalReason(actor, comment.getAuthorId()));
        errors.throwIfAny();
        Instant now = clock.instant();
        comment.remove(actor.accountId(), why, now);
        if (!actor.is(comment.getAuthorId())) {
            audit.info("{} removed comment {} of community {} by {}: {}", actor.accountId(), commentId, community.id(),
                    comment.getAuthorId(), why);
            events.publishEvent(new DiscussionEvents.ContentRemoved(discussionId, commentId, community.id(),
                    comment.getAuthorId(), actor.accountId(), why, now));
        }
    }

    /** The start of a comment someone is replying to; empty when it is gone. */
    @Transactional(readOnly = true)
    public java.util.Optional<CommentView.Quote> quote(Actor actor, CommunityFacts community, long discussionId,
                                                       long commentId) {
        posts.readable(actor, community, posts.relation(actor, community), discussionId);
        return comments.findByIdAndDiscussionId(commentId, discussionId).filter(c -> !c.isRemoved())
                .map(c -> new CommentView.Quote(c.getId(), directory.names(List.of(c.getAuthorId())).values().stream()
                        .map(org.praxis.account.MemberName::displayName).findFirst().orElse(null),
                        DiscussionBoard.excerpt(c.getBody()), false));
    }

    /** What a removal confirms: whose comment, its first words, and whether a reason is asked. */
    public record Removal(long commentId, String authorName, String excerpt, boolean needsReason) {
    }

    /** The comment the actor is about to remove, or why they may not. */
    @Transactional(readOnly = true)
    public Removal forRemoval(Actor actor, CommunityFacts community, long discussionId, long commentId) {
        Relation relation = posts.relation(actor, community);
        posts.readable(actor, community, relation, discussionId);
        Comment comment = comments.findByIdAndDiscussionId(commentId, discussionId)
                .filter(c -> !c.isRemoved()).orElseThrow(() -> new NotFoundException("comment"));
        if (!rules().canDelete(actor, community, relation, comment.getAuthorId())) {
            posts.refuse(community, "remove comment");
        }
        return new Removal(commentId, directory.names(List.of(comment.getAuthorId())).values().stream()
                .map(org.praxis.account.MemberName::displayName).findFirst().orElse(null),
                DiscussionBoard.excerpt(comment.getBody()), rules().needsRemovalReason(actor, comment.getAuthorId()));
    }

    /**
     * Adds or takes back a reaction to the opening post ({@code commentId} 0) or a comment;
     * {@code on} null turns it the other way from how it is. Reacting twice leaves one reaction.
     */
    @Transactional
    public void react(Actor actor, CommunityFacts community, long discussionId, long commentId, ReactionKind kind,
                      Boolean on) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, discussionId);
        if (kind == null) {
            new InputErrors().add("kind", "input.required").throwIfAny();
        }
        if (commentId != 0) {
            Comment comment = comments.findByIdAndDiscussionId(commentId, discussionId)
                    .orElseThrow(() -> new NotFoundException("comment"));
            if (comment.isRemoved()) {
                throw new NotFoundException("comment");
            }
        }
        if (d.isRemoved() || !rules().canReact(actor, community, relation)) {
            posts.refuse(community, "react");
        }
        Reaction.Key key = new Reaction.Key(discussionId, commentId, actor.accountId(), kind);
        boolean exists = reactions.existsById(key);
        boolean wanted = on == null ? !exists : on;
        if (wanted && !exists) {
            reactions.save(new Reaction(discussionId, commentId, actor.accountId(), kind, clock.instant()));
        } else if (!wanted && exists) {
            reactions.deleteById(key);
        }
    }

    private DiscussionPolicy rules() {
        return posts.rules();
    }
}
