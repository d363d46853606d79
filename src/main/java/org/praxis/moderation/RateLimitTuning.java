package org.praxis.moderation;

import java.util.List;

import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.limits.LimitScope;
import org.praxis.shared.limits.LimitedAction;
import org.praxis.shared.limits.RateLimit;
import org.praxis.shared.limits.RateLimitSettings;
import org.springframework.stereotype.Service;

/** Staff read and change the rate limits; every change goes to the audit log. */
@Service
public class RateLimitTuning {

    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final RateLimitSettings settings;
    private final AccessPolicy policy;

    RateLimitTuning(RateLimitSettings settings, AccessPolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    public List<RateLimit> limits(Actor actor) {
        requireStaff(actor);
        return settings.all();
    }

    public RateLimit limit(Actor actor, LimitedAction action, LimitScope scope) {
        requireStaff(actor);
        return settings.current(action, scope);
    }

    /** Sets a limit from what staff typed; refused field by field when it is not two whole numbers within bounds. */
    public void change(Actor actor, LimitedAction action, LimitScope scope, String count, String windowMinutes) {
        requireStaff(actor);
        RateLimit before = settings.change(action, scope, count, windowMinutes, actor.accountId());
        logChange(actor, before, settings.current(action, scope));
    }

    public void restore(Actor actor, LimitedAction action, LimitScope scope) {
        requireStaff(actor);
        RateLimit before = settings.restore(action, scope);
        logChange(actor, before, settings.current(action, scope));
    }

    private static void logChange(Actor actor, RateLimit before, RateLimit after) {
        audit.info("staff {} set the {} limit per {} to {} in {} minutes (was {} in {})", actor.accountId(),
                after.action(), after.scope(), after.count(), after.windowMinutes(), before.count(), before.windowMinutes());
    }

    private void requireStaff(Actor actor) {
        if (!policy.communities().canOverseeAll(actor)) {
            throw new NotAllowedException("tune rate limits");
        }
    }
}
