package org.praxis.library;

/**
 * A page as its editor typed it: title, Markdown text, the members-only flag (null leaves it as
 * it is when editing) and, when creating, the page it goes under (null for the top level; an
 * edit leaves the page where it is: moving is {@link PageMove}).
 */
public record PageText(String title, String body, Boolean membersOnly, Long parentId) {

    public boolean isMembersOnly() {
        return Boolean.TRUE.equals(membersOnly);
    }
}
