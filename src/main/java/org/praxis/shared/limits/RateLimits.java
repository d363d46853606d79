package org.praxis.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.praxis.shared.InputErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds members to the rate limits: a use case takes what it is about to do from the member's
 * budget in the community and from the community's, and is refused with a
 * {@link RateLimitedException} when either is spent.
 * <p>
 * Budgets are sliding windows counted from rows in the database rather than buckets in memory,
 * so that N nodes allow what one node allows, on H2 and PostgreSQL alike. The rows are written in
 * the use case's transaction: a post that fails is not counted. Two requests at the very same
 * moment may both pass before either is committed (by at most the requests in flight); locking a
 * counter row instead would make every comment in a community wait for the others' commits.
 */
@Component
public class RateLimits {

    private final RateLimitSettings settings;
    private final RecentActions actions;
    private final Clock clock;
    private final boolean enabled;

    RateLimits(RateLimitSettings settings, RecentActions actions, Clock clock,
               @Value("${praxis.rate-limits.enabled:true}") boolean enabled) {
        this.settings = settings;
        this.actions = actions;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** Forgets what a member did lately, when their account is deleted: the rows name them. */
    public void forget(long accountId) {
        actions.forget(accountId);
    }

    /** Takes one action; see {@link #take(Participant, long, LimitedAction, int)}. */
    public void take(Participant who, long communityId, LimitedAction action) {
        take(who, communityId, action, 1);
    }

    /**
     * Takes {@code units} of an action (a batch of invitations counts each address) in a
     * community, or refuses: {@link RateLimitedException} when a budget is spent for now, and an
     * {@link org.praxis.shared.InvalidInputException} when the batch alone is more than a limit
     * allows. Call it inside the use case's transaction, once its input is checked. Staff are
     * never limited nor counted.
     */
    public void take(Participant who, long communityId, LimitedAction action, int units) {
        if (!enabled || who.staff() || who.accountId() == null || units <= 0) {
            return;
        }
        RateLimit member = settings.current(action, LimitScope.MEMBER);
        RateLimit community = settings.current(action, LimitScope.COMMUNITY);
        refuseLargerThan(member, units);
        refuseLargerThan(community, units);
        long accountId = who.accountId();
        Instant now = clock.instant();
        RecentActions.Done done = actions.since(action, communityId, accountId, now.minus(member.window()),
                now.minus(community.window()));
        refuseBeyond(member, done.byMember(), units, communityId, accountId, now);
        refuseBeyond(community, done.inCommunity(), units, communityId, null, now);
        actions.record(action, communityId, accountId, units, now);
    }

    private static void refuseLargerThan(RateLimit limit, int units) {
        if (units > limit.count()) {
            new InputErrors().add(RateLimitedException.FIELD, "limit.tooManyAtOnce." + limit.action(), limit.count(),
                    limit.perWindow()).throwIfAny();
        }
    }

    private void refuseBeyond(RateLimit limit, long done, int units, long communityId, Long accountId, Instant now) {
        long excess = done + units - limit.count();
        if (excess > 0) {
            Instant since = now.minus(limit.window());
            Instant freed = actions.freedAt(limit.action(), communityId, accountId, since, excess).plus(limit.window());
            throw new RateLimitedException(limit, done, Duration.between(now, freed));
        }
    }
}
