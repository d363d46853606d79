package org.praxis.moderation;

import java.time.Clock;
import java.time.Instant;

import org.praxis.discussion.DiscussionBoard;
import org.praxis.discussion.DiscussionComments;
import org.praxis.library.CommunityFiles;
import org.praxis.library.CommunityPages;
import org.praxis.membership.CommunityMembership;
import org.praxis.moderation.internal.ReportStore.Report;
import org.praxis.moderation.internal.ReportStore.Target;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a moderator does about a reported thing: remove it, lock its discussion, warn its author,
 * suspend their posting, remove or ban them. Each action is done by the module that owns what it
 * changes, under that module's rules; each is written to the moderation log in the same
 * transaction (by {@link ModerationRecorder} where the owning module announces it), and closes
 * the open reports about the thing.
 */
@Service
public class ModerationActions {

    /** The actions offered on a report. */
    public enum Kind { REMOVE, LOCK, MOVE, WARN, SUSPEND, REMOVE_MEMBER, BAN }

    public static final int REASON_MAX = 500;

    private final Reports reports;
    private final DiscussionBoard discussions;
    private final DiscussionComments comments;
    private final CommunityFiles files;
    private final CommunityPages pages;
    private final CommunityMembership membership;
    private final ModerationLog log;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationActions(Reports reports, DiscussionBoard discussions, DiscussionComments comments, CommunityFiles files,
                      CommunityPages pages, CommunityMembership membership, ModerationLog log, AccessPolicy policy,
                      ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.discussions = discussions;
        this.comments = comments;
        this.files = files;
        this.pages = pages;
        this.membership = membership;
        this.log = log;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Acts on the thing a report is about. A reason is required for every action but a lock (the
     * author is told it); {@code days} is for a suspension.
     */
    @Transactional
    public void act(Actor actor, CommunityFacts community, long reportId, Kind kind, String reason, Integer days) {
        act(actor, community, reportId, kind, reason, days, null);
    }

    /** As above; {@code destination} is the community a discussion is moved to. */
    @Transactional
    public void act(Actor actor, CommunityFacts community, long reportId, Kind kind, String reason, Integer days,
                    CommunityFacts destination) {
        Report report = reports.requireInQueue(actor, community, reportId);
        Target t = report.target();
        String why = Text.body(reason);
        InputErrors errors = new InputErrors();
        if (kind == Kind.LOCK) {
            errors.optional("reason", why, REASON_MAX);
        } else {
            errors.required("reason", why, REASON_MAX);
        }
        if (kind == Kind.MOVE && destination == null) {
            errors.add("to", "report.act.to.required");
        }
        errors.throwIfAny();
        switch (kind) {
            case REMOVE -> remove(actor, community, t, why);
            case LOCK -> {
                if (!t.type().inDiscussion()) {
                    throw new NotAllowedException("lock");
                }
                discussions.lock(actor, community, t.parentId() != null ? t.parentId() : t.id(), true, why);
            }
            case MOVE -> {
                if (t.type() != TargetType.DISCUSSION) {
                    throw new NotAllowedException("move");
                }
                discussions.move(actor, community, t.id(), destination, why);
            }
            case WARN -> warn(actor, community, t, why);
            case SUSPEND -> membership.suspendPosting(actor, community, requireAuthor(t), days, why);
            case REMOVE_MEMBER -> membership.remove(actor, community, requireAuthor(t), why, false);
            case BAN -> membership.remove(actor, community, requireAuthor(t), why, true);
        }
        reports.resolve(t, actor.accountId(), kind.name());
    }

    private void remove(Actor actor, CommunityFacts community, Target t, String why) {
        // The owning modules announce a removal only when it is of someone else's content: a
        // moderator removing their own reported post is logged here.
        if (t.type() != TargetType.PAGE && t.accountId() != null && actor.is(t.accountId())) {
            log.append(community.id(), actor.accountId(), ModerationAction.CONTENT_REMOVED, t.type(), t.id(), t.accountId(),
                    why, t.title(), clock.instant());
        }
        switch (t.type()) {
            case DISCUSSION -> discussions.remove(actor, community, t.id(), why);
            case COMMENT -> comments.remove(actor, community, t.parentId(), t.id(), why);
            case FILE -> files.remove(actor, community, t.id(), why);
            case PAGE -> {
                // Pages are the community's own (written by its moderators and admins), so their
                // deletion is not a moderation event of the library: it is logged here.
                pages.delete(actor, community, t.id());
                log.append(community.id(), actor.accountId(), ModerationAction.CONTENT_REMOVED, t.type(), t.id(),
                        t.accountId(), why, t.title(), clock.instant());
            }
            default -> throw new NotAllowedException("remove " + t.type());
        }
    }

    private void warn(Actor actor, CommunityFacts community, Target t, String message) {
        long authorId = requireAuthor(t);
        Relation relation = membership.relation(actor, community);
        Relation target = membership.relation(Actor.member(authorId), community);
        if (!target.isMember() || !policy.moderation().canSanction(actor, community, relation, authorId, target)) {
            throw new NotAllowedException("warn");
        }
        Instant now = clock.instant();
        log.append(community.id(), actor.accountId(), ModerationAction.MEMBER_WARNED, t.type(), t.id(), authorId, message,
                t.title(), now);
        events.publishEvent(new ModerationEvents.MemberWarned(community.id(), authorId, actor.accountId(), message, now));
    }

    private static long requireAuthor(Target t) {
        if (t.accountId() == null) {
            throw new NotAllowedException("no author");
        }
        return t.accountId();
    }
}
