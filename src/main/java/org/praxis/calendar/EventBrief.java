package org.praxis.calendar;

import java.time.Instant;

/**
 * What a notification or an e-mail says about an event: its title, its community, when its next
 * occurrence starts and ends (the first not over yet; the first one when all are over), the
 * organiser's zone to show those times in, and the path of its page. It carries no access
 * decision: the sender asks {@code ReadableContent} ("EVENT") whether the reader may read it.
 */
public record EventBrief(long id, long communityId, String communitySlug, String communityName, String title,
                         EventKind kind, EventStatus status, Instant startsAt, Instant endsAt, String timeZone,
                         boolean membersOnly, String location, boolean online, String path, long createdBy) {
}
