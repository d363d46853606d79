package org.praxis.account;

/** The signed-in person as the page header shows them. */
public record MemberBadge(long id, String displayName, boolean staff, String avatarUrl) {
}
