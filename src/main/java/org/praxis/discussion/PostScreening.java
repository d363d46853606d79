package org.praxis.discussion;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.praxis.discussion.internal.Discussions;
import org.praxis.discussion.internal.HeldPostStore;
import org.praxis.discussion.internal.HeldPostStore.HeldPost;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.PostReview;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Asks the post review about a post before it is published: the author is warned of personal
 * data (and may edit, or publish anyway), and a post the community wants a moderator to see first
 * is held, out of every list, page and feed, until approved.
 */
@Component
class PostScreening {

    static final String PERSONAL_DATA = "personalData";

    private final PostReview review;
    private final Discussions discussions;
    private final HeldPostStore held;
    private final ApplicationEventPublisher events;

    PostScreening(PostReview review, Discussions discussions, HeldPostStore held, ApplicationEventPublisher events) {
        this.review = review;
        this.discussions = discussions;
        this.held = held;
        this.events = events;
    }

    /** The verdict on a post; a personal-data warning the author has not yet seen is thrown as a form error. */
    PostReview.Verdict review(Actor actor, CommunityFacts community, Relation relation, String text, boolean confirmed) {
        PostReview.Verdict verdict = review.review(actor, community, relation,
                () -> !discussions.hasPublished(community.id(), actor.accountId()), text, confirmed);
        if (verdict.outcome() == PostReview.Outcome.WARN) {
            throw new InvalidInputException(List.of(new InputErrors.FieldProblem(PERSONAL_DATA, "post.personalData",
                    quoted(verdict.findings()))));
        }
        return verdict;
    }

    /**
     * An edit is checked for personal data the author has not confirmed; it is not held (it was
     * published already, and moderators see the text it replaced).
     */
    void warnOnly(Actor actor, CommunityFacts community, Relation relation, String text, boolean confirmed) {
        if (!confirmed) {
            review(actor, community, relation, text, false);
        }
    }

    /** Holds a post for a moderator; returns its id. Files wait for publication: a held post carries none. */
    long hold(HeldPost draft, PostReview.Verdict verdict, int files) {
        if (files > 0) {
            new InputErrors().add("files", "post.heldFiles").throwIfAny();
        }
        String findings = verdict.findings().isEmpty() ? null : quoted(verdict.findings());
        long id = held.insert(new HeldPost(0, draft.communityId(), draft.authorId(), draft.kind(), draft.discussionId(),
                draft.replyToId(), draft.title(), draft.body(), draft.tags(), draft.membersOnly(),
                verdict.outcome().name().substring("HOLD_".length()),
                findings == null || findings.length() <= 500 ? findings : findings.substring(0, 500), draft.createdAt()));
        events.publishEvent(new DiscussionEvents.PostHeld(id, draft.communityId(), draft.authorId(),
                verdict.outcome().name().substring("HOLD_".length()), draft.createdAt()));
        return id;
    }

    static HeldPost draft(long communityId, long authorId, String kind, Long discussionId, Long replyToId, String title,
                          String body, String tags, boolean membersOnly, Instant at) {
        return new HeldPost(0, communityId, authorId, kind, discussionId, replyToId, title, body, tags, membersOnly, null, null, at);
    }

    private static String quoted(List<PostReview.Finding> findings) {
        return findings.stream().map(f -> "\u201c" + f.text() + "\u201d").distinct().collect(Collectors.joining(", "));
    }
}
