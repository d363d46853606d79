package org.praxis.discussion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.praxis.account.MemberName;
import org.praxis.discussion.internal.Discussion;
import org.praxis.discussion.internal.Discussions;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.DiscussionPolicy;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ReadOnlyException;
import org.praxis.shared.Text;
import org.praxis.shared.limits.LimitedAction;
import org.praxis.shared.limits.RateLimits;
import org.springframework.stereotype.Component;

/**
 * What discussions and comments share: the limits on what members write, loading a discussion
 * the reader may read (404 otherwise, so ids in other communities reveal nothing), and the
 * reason a write is refused.
 */
@Component
class PostRules {

    static final int TITLE_MAX = 200;
    static final int DISCUSSION_BODY_MAX = 50_000;
    static final int COMMENT_BODY_MAX = 20_000;
    static final int TAGS_MAX = 5;
    static final int TAG_MAX = 30;
    static final int REASON_MAX = 500;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*");

    private final Discussions discussions;
    private final CommunityMembership membership;
    private final AccessPolicy policy;
    private final RateLimits limits;

    PostRules(Discussions discussions, CommunityMembership membership, AccessPolicy policy, RateLimits limits) {
        this.discussions = discussions;
        this.membership = membership;
        this.policy = policy;
        this.limits = limits;
    }

    DiscussionPolicy rules() {
        return policy.discussions();
    }

    Relation relation(Actor actor, CommunityFacts community) {
        return membership.relation(actor, community);
    }

    /**
     * The community's content, or why not: a visitor is asked to sign in; a signed-in person
     * who may see the community but not its content is refused.
     */
    void requireContent(Actor actor, CommunityFacts community, Relation relation) {
        if (!policy.communities().canReadContent(actor, community, relation)) {
            throw new NotAllowedException("read content");
        }
        if (actor.staff() && !relation.isMember()
                && !policy.communities().canReadContent(Actor.member(actor.accountId()), community, relation)) {
            audit.info("staff {} read the discussions of community {}", actor.accountId(), community.id());
        }
    }

    /**
     * A discussion of this community that the reader may read. Another community's id, a
     * removed discussion (except for moderators) and a members-only one for non-members all
     * answer 404.
     */
    Discussion readable(Actor actor, CommunityFacts community, Relation relation, long id) {
        requireContent(actor, community, relation);
        Discussion d = discussions.findById(id).filter(x -> x.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("discussion"));
        if (!rules().canRead(actor, community, relation, d.isMembersOnly())
                || (d.isRemoved() && !rules().canSeeRemoved(actor, community, relation))) {
            throw new NotFoundException("discussion");
        }
        if (actor.staff() && !relation.isMember() && d.isMembersOnly()) {
            audit.info("staff {} read members-only discussion {} of community {}", actor.accountId(), id, community.id());
        }
        return d;
    }

    /**
     * Counts a post (a discussion or a comment) and the files attached to it against the rate
     * limits, or refuses it with the limit reached. Called once the post's input is checked.
     */
    void takeFromLimits(Actor actor, CommunityFacts community, LimitedAction post, int attachments) {
        limits.take(actor, community.id(), post);
        limits.take(actor, community.id(), LimitedAction.UPLOAD, attachments);
    }

    /** A write the rules refuse: a clear "archived" answer when that is why, otherwise 403. */
    void refuse(CommunityFacts community, String action) {
        if (community.status().isReadOnly()) {
            throw new ReadOnlyException();
        }
        throw new NotAllowedException(action);
    }

    static String title(InputErrors errors, String value) {
        String title = Text.line(value);
        errors.required("title", title, TITLE_MAX);
        return title;
    }

    static String body(InputErrors errors, String value, int max) {
        String body = Text.body(value);
        errors.required("body", body, max);
        return body;
    }

    /** Topic tags: up to five, lower case, letters, digits, spaces and hyphens. */
    static Set<String> tags(InputErrors errors, List<String> values) {
        Set<String> tags = new LinkedHashSet<>();
        for (String value : values) {
            String tag = Text.line(value);
            if (tag == null) {
                continue;
            }
            tag = tag.toLowerCase(Locale.ROOT);
            if (tag.length() > TAG_MAX || !TAG.matcher(tag).matches()) {
                errors.add("tags", "discussion.tagInvalid", TAG_MAX);
                return Set.of();
            }
            tags.add(tag);
        }
        if (tags.size() > TAGS_MAX) {
            errors.add("tags", "discussion.tooManyTags", TAGS_MAX);
        }
        return tags;
    }

    /** A removal reason: required when removing someone else's text. */
    static String reason(InputErrors errors, String value, boolean required) {
        String reason = Text.line(value);
        if (required) {
            errors.required("reason", reason, REASON_MAX);
        } else {
            errors.optional("reason", reason, REASON_MAX);
        }
        return reason;
    }

    static Author author(Map<Long, MemberName> cards, long id) {
        MemberName card = cards.get(id);
        return card == null ? new Author(null, null, null) : new Author(card.id(), card.displayName(), card.avatarUrl());
    }

    static List<String> sorted(Set<String> tags) {
        List<String> list = new ArrayList<>(tags);
        list.sort(null);
        return list;
    }
}
