package org.praxis.moderation;

import java.time.Clock;
import java.util.Objects;

import org.praxis.membership.CommunityMembership;
import org.praxis.moderation.internal.SettingsStore;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.InputErrors;
import org.praxis.shared.Markdown;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code of conduct: the platform's own, in every member's language (its do's and don'ts are
 * in the message bundles), and the principles each community adds to it. Members accept it when
 * they join; every posting form links to it.
 */
@Service
public class CodeOfConduct {

    public static final int PRINCIPLES_MAX = 5000;

    private final SettingsStore store;
    private final CommunityMembership membership;
    private final ModerationLog log;
    private final AccessPolicy policy;
    private final Clock clock;

    CodeOfConduct(SettingsStore store, CommunityMembership membership, ModerationLog log, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.membership = membership;
        this.log = log;
        this.policy = policy;
        this.clock = clock;
    }

    /** The community's own principles as safe HTML, or null when it added none. Whoever sees the community reads them. */
    @Transactional(readOnly = true)
    public String principlesHtml(Actor actor, CommunityFacts community) {
        policy.communities().requireSee(actor, community, membership.relation(actor, community));
        return store.conductPrinciples(community.id()).map(Markdown::toSafeHtml).orElse(null);
    }

    /** The principles as their admins wrote them (Markdown), for editing. */
    @Transactional(readOnly = true)
    public String principles(Actor actor, CommunityFacts community) {
        requireEdit(actor, community);
        return store.conductPrinciples(community.id()).orElse("");
    }

    /** Replaces the community's principles (empty: only the platform's code applies). */
    @Transactional
    public void savePrinciples(Actor actor, CommunityFacts community, String markdown) {
        requireEdit(actor, community);
        String text = Text.body(markdown);
        new InputErrors().optional("principles", text, PRINCIPLES_MAX).throwIfAny();
        if (!Objects.equals(store.conductPrinciples(community.id()).orElse(null), text)) {
            store.saveConductPrinciples(community.id(), text);
            log.append(community.id(), actor.accountId(), ModerationAction.CONDUCT_CHANGED, null, null, null, null, null,
                    clock.instant());
        }
    }

    private void requireEdit(Actor actor, CommunityFacts community) {
        if (!policy.moderation().canEditSettings(actor, community, membership.relation(actor, community))) {
            throw new NotAllowedException("code of conduct");
        }
    }
}
