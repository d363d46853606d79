package org.praxis.moderation;

import java.time.Instant;

/** Domain events of moderation; notifications react to them after commit. */
public final class ModerationEvents {

    private ModerationEvents() {
    }

    /** A member reported something; the community's moderators (or staff) are told. */
    public record ReportFiled(long reportId, Long communityId, TargetType targetType, long targetId, long reporterId,
                              Instant at) {
    }

    /** A moderator warned a member, with a message they are told. */
    public record MemberWarned(long communityId, long accountId, long byId, String message, Instant at) {
    }
}
