package org.praxis.discussion;

import java.util.List;

/**
 * What an author writes when starting or editing a discussion or announcement;
 * {@code personalDataConfirmed} says they saw the personal-data warning and publish anyway.
 */
public record DiscussionText(String title, String body, List<String> tags, Boolean membersOnly,
                             boolean personalDataConfirmed) {

    public DiscussionText {
        tags = tags == null ? List.of() : tags.stream().filter(java.util.Objects::nonNull).toList();
    }

    public DiscussionText(String title, String body, List<String> tags, Boolean membersOnly) {
        this(title, body, tags, membersOnly, false);
    }

    public boolean isMembersOnly() {
        return Boolean.TRUE.equals(membersOnly);
    }
}
