package org.praxis.shared.limits;

/**
 * What members do that is limited, with the default limits of each: a member's own budget in a
 * community, and the budget of all the community's members together (a brake on floods). Staff
 * change them on their rate-limits page.
 */
public enum LimitedAction {
    /** Starting a discussion or posting an announcement. */
    DISCUSSION(new Allowance(10, 60), new Allowance(100, 60)),
    /** A comment or a reply. */
    COMMENT(new Allowance(60, 60), new Allowance(1_000, 60)),
    /** Each address or person in a batch of invitations. */
    INVITATION(new Allowance(500, 1_440), new Allowance(1_000, 1_440)),
    /** Each file shared in the Files tab (a new version too) or attached to a post. */
    UPLOAD(new Allowance(100, 60), new Allowance(500, 60)),
    /** Reporting content or a member to the moderators. */
    REPORT(new Allowance(20, 1_440), new Allowance(100, 60));

    /** How many in how many minutes. */
    record Allowance(int count, int windowMinutes) {
    }

    private final Allowance perMember;
    private final Allowance perCommunity;

    LimitedAction(Allowance perMember, Allowance perCommunity) {
        this.perMember = perMember;
        this.perCommunity = perCommunity;
    }

    /** The limit this action has until staff change it. */
    public RateLimit byDefault(LimitScope scope) {
        Allowance allowance = scope == LimitScope.MEMBER ? perMember : perCommunity;
        return new RateLimit(this, scope, allowance.count(), allowance.windowMinutes());
    }
}
