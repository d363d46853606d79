package org.praxis.moderation;

/**
 * The report form: what is reported, the moderators' availability promise, and whether the
 * member already reported it (their report is still waiting).
 */
public record ReportForm(TargetType type, long id, Long parentId, String title, String excerpt, String path,
                         String availability, Integer responseHours, boolean alreadyReported) {
}
