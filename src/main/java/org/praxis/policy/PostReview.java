package org.praxis.policy;

import java.util.List;

/**
 * Looks at a post before it is published: personal data the author may not mean to expose, and
 * the community's pre-moderation. The content modules ask it; the moderation module answers.
 */
public interface PostReview {

    /** What happens to the post. */
    enum Outcome { PUBLISH, WARN, HOLD_PERSONAL_DATA, HOLD_FIRST_POST, HOLD_ALL_POSTS }

    /** The outcome, and what personal data was found (kind and the words, for the author). */
    record Verdict(Outcome outcome, List<Finding> findings) {

        public boolean held() {
            return outcome.name().startsWith("HOLD");
        }
    }

    /** One piece of personal data: its kind (EMAIL, PHONE…) and the words that are it. */
    record Finding(String kind, String text) {
    }

    /**
     * Reviews a post by {@code actor}. {@code firstPost} tells (when asked) whether the author has
     * nothing published in the community yet; {@code confirmed} that they saw the personal-data
     * warning and publish anyway.
     */
    Verdict review(Actor actor, CommunityFacts community, Relation relation, java.util.function.BooleanSupplier firstPost,
                   String text, boolean confirmed);
}
