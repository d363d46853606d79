package org.praxis.discussion;

import java.util.List;

/** What an author writes when starting or editing a discussion or announcement. */
public record DiscussionText(String title, String body, List<String> tags, Boolean membersOnly) {

    public DiscussionText {
        tags = tags == null ? List.of() : tags.stream().filter(java.util.Objects::nonNull).toList();
    }

    public boolean isMembersOnly() {
        return Boolean.TRUE.equals(membersOnly);
    }
}
