package org.praxis.discussion;

/** How many left one kind of reaction on a post, and whether the reader is among them. */
public record ReactionCount(ReactionKind kind, long count, boolean mine) {
}
