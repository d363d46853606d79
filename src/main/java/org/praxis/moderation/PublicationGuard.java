package org.praxis.moderation;

import java.util.List;

import org.praxis.moderation.internal.SettingsStore;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.PostReview;
import org.praxis.policy.Relation;
import org.springframework.stereotype.Component;

/**
 * Reviews posts before they are published. Personal data first: the author is warned and may
 * edit; if they publish anyway, a community in HOLD mode holds the post for a moderator. Then the
 * community's pre-moderation: all posts, or the first posts of members with nothing published
 * yet. Moderators, admins and staff are warned about personal data too, but never held.
 */
@Component
class PublicationGuard implements PostReview {

    private final PersonalDataDetector detector;
    private final SettingsStore settings;
    private final org.praxis.policy.AccessPolicy policy;

    PublicationGuard(PersonalDataDetector detector, SettingsStore settings, org.praxis.policy.AccessPolicy policy) {
        this.policy = policy;
        this.detector = detector;
        this.settings = settings;
    }

    @Override
    public Verdict review(Actor actor, CommunityFacts community, Relation relation,
                          java.util.function.BooleanSupplier firstPost, String text, boolean confirmed) {
        String scanned = text == null ? "" : text;
        List<Finding> findings = detector.scan(scanned).stream()
                .map(p -> new Finding(p.kind().name(), scanned.substring(p.start(), p.end()))).toList();
        if (!findings.isEmpty() && !confirmed) {
            return new Verdict(Outcome.WARN, findings);
        }
        if (policy.moderation().publishesWithoutApproval(actor, community, relation)) {
            return new Verdict(Outcome.PUBLISH, findings);
        }
        SettingsStore.Guard guard = settings.guard(community.id());
        if (!findings.isEmpty() && PersonalDataMode.HOLD.name().equals(guard.personalDataMode())) {
            return new Verdict(Outcome.HOLD_PERSONAL_DATA, findings);
        }
        if (Premoderation.ALL_POSTS.name().equals(guard.premoderation())) {
            return new Verdict(Outcome.HOLD_ALL_POSTS, findings);
        }
        if (Premoderation.FIRST_POSTS.name().equals(guard.premoderation()) && firstPost.getAsBoolean()) {
            return new Verdict(Outcome.HOLD_FIRST_POST, findings);
        }
        return new Verdict(Outcome.PUBLISH, findings);
    }
}
