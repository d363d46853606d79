package org.praxis.moderation;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How a reader narrows the moderation log: by action, by who acted, by the member acted on, and
 * by days (from and to included, in the reader's zone). Null fields do not narrow.
 */
public record LogQuery(ModerationAction action, Long actorId, Long memberId, LocalDate from, LocalDate to, ZoneId zone) {

    public static LogQuery all(ZoneId zone) {
        return new LogQuery(null, null, null, null, null, zone);
    }

    public boolean narrowed() {
        return action != null || actorId != null || memberId != null || from != null || to != null;
    }
}
