package org.praxis.community;

/**
 * A community's banner or logo as served: the bytes we encoded, their type, the version in the
 * picture's address, and whether only some may see it (not everyone may see the community).
 */
public record CommunityImageFile(byte[] content, String contentType, long version, boolean restricted) {
}
