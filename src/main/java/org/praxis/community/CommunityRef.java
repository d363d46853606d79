package org.praxis.community;

/** A community named in a list that belongs to another module (a stream, a feed). */
public record CommunityRef(long id, String slug, String name) {
}
