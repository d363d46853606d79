package org.praxis.library.internal;

/** A page's id, community and title, without its text. */
public record PageHead(long id, long communityId, String title, long updatedBy) {
}
