package org.praxis.library;

/**
 * Where to put a page: under {@code parentId} (null for the top level), at {@code position}
 * among its new siblings (0 is first; null or past the end puts it last).
 */
public record PageMove(Long parentId, Integer position) {
}
