package org.praxis.account;

/** Domain events the account module publishes; other modules react to them after commit. */
public final class AccountEvents {

    private AccountEvents() {
    }

    /** A person signed up; their e-mail is not confirmed yet. */
    public record AccountRegistered(long accountId) {
    }

    /** A confirmation link should be mailed (at sign-up, or when asked again). */
    public record VerificationRequested(long accountId) {
    }

    /** Someone tried to sign up with the e-mail of an existing account; its owner is told. */
    public record SignUpRepeated(long accountId) {
    }

    /** A password-reset link should be mailed. */
    public record PasswordResetRequested(long accountId) {
    }

    /** The password changed; its owner is told, in case it was not them. */
    public record PasswordChanged(long accountId) {
    }

    /** Staff suspended the account: it can no longer sign in and its sessions were ended. */
    public record AccountSuspended(long accountId, long byStaffId) {
    }

    /** Staff restored a suspended account. */
    public record AccountRestored(long accountId, long byStaffId) {
    }

    /** An account was deleted by its owner; {@code contributionsRemoved} when they chose to take their content with it. */
    public record AccountDeleted(long accountId, boolean contributionsRemoved) {
    }
}
