package org.praxis.account;

/**
 * How to reach one account: its e-mail address, interface language ("en" or "fr") and display
 * name. {@code active} is false for an account that is suspended or whose address was never
 * confirmed: nothing is sent to it.
 */
public record Contact(long id, String email, String language, String displayName, boolean active) {
}
