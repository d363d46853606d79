package org.praxis.library;

/** A page named in a breadcrumb trail or a list of children. */
public record PageLink(long id, String title, boolean membersOnly) {
}
