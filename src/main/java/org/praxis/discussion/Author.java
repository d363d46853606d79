package org.praxis.discussion;

/** Who wrote a post, as readers see it; {@code id} is null for someone no longer listed (a former member). */
public record Author(Long id, String displayName, String avatarUrl) {
}
