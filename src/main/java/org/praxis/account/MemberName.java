package org.praxis.account;

/** The least a page shows of a person next to what they wrote: name and picture. */
public record MemberName(long id, String displayName, String avatarUrl) {
}
