package org.praxis.library.internal;

/** A page's place in its tree, without its text: what the tree, breadcrumbs and counters need. */
public record PageNode(long id, Long parentId, int position, String title, boolean membersOnly) {
}
