package org.praxis.account;

/** What a person types to create an account. */
public record SignUpCommand(String email, String password, String displayName) {
}
