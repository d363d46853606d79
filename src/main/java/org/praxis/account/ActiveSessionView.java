package org.praxis.account;

import java.time.Instant;

/**
 * One of a member's signed-in sessions, as their sessions page shows it. The handle names the
 * session without being its id (the id is what the session cookie carries). Null parts are unknown.
 */
public record ActiveSessionView(String handle, String browser, String system, String address, Instant signedInAt,
                                Instant lastActiveAt, boolean current) {
}
