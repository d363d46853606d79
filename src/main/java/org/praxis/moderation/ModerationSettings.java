package org.praxis.moderation;

import java.time.Clock;
import java.util.Optional;

import org.praxis.membership.CommunityMembership;
import org.praxis.moderation.internal.SettingsStore;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's moderation settings: how many hours its moderators promise to take, at most, to
 * look at a report. The queue measures each report's wait against it.
 */
@Service
public class ModerationSettings {

    public static final int MAX_RESPONSE_HOURS = 24 * 30;

    private final SettingsStore store;
    private final CodeOfConduct conduct;
    private final CommunityMembership membership;
    private final ModerationLog log;
    private final AccessPolicy policy;
    private final Clock clock;

    ModerationSettings(SettingsStore store, CodeOfConduct conduct, CommunityMembership membership, ModerationLog log,
                       AccessPolicy policy, Clock clock) {
        this.store = store;
        this.conduct = conduct;
        this.membership = membership;
        this.log = log;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Integer> responseHours(long communityId) {
        return store.responseHours(communityId);
    }

    public boolean canEdit(Actor actor, CommunityFacts community) {
        return policy.moderation().canEditSettings(actor, community, membership.relation(actor, community));
    }

    /**
     * Saves Manage › Moderation: the promised response time in hours (empty clears it) and the
     * community's principles of conduct; nothing is saved when either is refused.
     */
    @Transactional
    public void save(Actor actor, CommunityFacts community, String hours, String principles, PersonalDataMode personalData,
                     Premoderation premoderation) {
        saveResponseHours(actor, community, hours);
        conduct.savePrinciples(actor, community, principles);
        PersonalDataMode mode = personalData == null ? PersonalDataMode.WARN : personalData;
        Premoderation which = premoderation == null ? Premoderation.NONE : premoderation;
        SettingsStore.Guard now = store.guard(community.id());
        if (!mode.name().equals(now.personalDataMode()) || !which.name().equals(now.premoderation())) {
            store.saveGuard(community.id(), mode.name(), which.name());
            log.append(community.id(), actor.accountId(), ModerationAction.GUARD_CHANGED, null, null, null, null,
                    mode + ", " + which, clock.instant());
        }
    }

    /** The guard's settings: what personal data does, and which posts need approval. */
    @Transactional(readOnly = true)
    public Guard guard(long communityId) {
        SettingsStore.Guard stored = store.guard(communityId);
        return new Guard(PersonalDataMode.valueOf(stored.personalDataMode()), Premoderation.valueOf(stored.premoderation()));
    }

    /** What the guard does in a community. */
    public record Guard(PersonalDataMode personalData, Premoderation premoderation) {
    }

    private void saveResponseHours(Actor actor, CommunityFacts community, String hours) {
        if (!canEdit(actor, community)) {
            throw new NotAllowedException("moderation settings");
        }
        String text = InputErrors.clean(hours);
        Integer value = null;
        if (text != null) {
            try {
                value = Integer.valueOf(text);
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 1 || value > MAX_RESPONSE_HOURS) {
                new InputErrors().add("responseHours", "moderation.responseHours.range", MAX_RESPONSE_HOURS).throwIfAny();
            }
        }
        if (!java.util.Objects.equals(store.responseHours(community.id()).orElse(null), value)) {
            store.saveResponseHours(community.id(), value);
            log.append(community.id(), actor.accountId(), ModerationAction.RESPONSE_TIME_CHANGED, null, null, null, null,
                    value == null ? null : value + " h", clock.instant());
        }
    }
}
