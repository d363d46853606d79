package org.praxis.account;

/**
 * How to reach an account by e-mail: its address, interface language and name. {@code active}
 * is false for suspended or unconfirmed accounts, which are sent nothing.
 */
public record Contact(long id, String email, String language, String displayName, boolean active) {
}
