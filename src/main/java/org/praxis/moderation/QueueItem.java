package org.praxis.moderation;

import java.util.List;

/**
 * One reported thing in the queue: its open reports taken together, how many people reported it
 * and why, and how long the oldest has waited. {@code reportId} opens it.
 */
public record QueueItem(long reportId, TargetType type, String title, String excerpt, String path, String communityName,
                        String communitySlug, String authorName, int reports, int reporters,
                        List<ReportCategory> categories, Waiting waiting) {
}
