package org.praxis.moderation;

import java.time.Instant;
import java.util.List;

import org.praxis.policy.Role;

/**
 * A reported thing as a moderator works on it: what was reported (as it was), every report
 * about it, its author's history in the community, and the actions the moderator may take.
 */
public record ReportCase(long reportId, TargetType type, long targetId, String title, String excerpt, String path,
                         boolean open, String communityName, String communitySlug, List<Line> reports, Author author,
                         Waiting waiting, String availability, Choices can, List<Destination> destinations) {

    /** A community a discussion can be moved to (one the moderator also moderates). */
    public record Destination(String slug, String name) {
    }

    /** One member's report. */
    public record Line(String reporterName, ReportCategory category, String note, Instant at, ReportStatus status,
                       String resolution, String resolvedByName, Instant resolvedAt) {
    }

    /**
     * The author (or profile owner): their role and since when they are a member (null when not
     * one), a running suspension, how earlier reports about them ended, and what was done.
     */
    public record Author(Long id, String name, Role role, Instant memberSince, Instant postingSuspendedUntil,
                         long reportsWaiting, long reportsUpheld, long reportsDismissed, List<LogRow> actions) {
    }

    /** What the moderator may do here. */
    public record Choices(boolean dismiss, boolean remove, boolean lock, boolean move, boolean warn, boolean suspend,
                          boolean removeMember, boolean ban) {

        public boolean any() {
            return dismiss || remove || lock || move || warn || suspend || removeMember || ban;
        }

        /** Whether an action other than dismissing is offered. */
        public boolean acts() {
            return remove || lock || move || warn || suspend || removeMember || ban;
        }
    }
}
