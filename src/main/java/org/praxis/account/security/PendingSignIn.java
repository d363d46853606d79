package org.praxis.account.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A sign-in whose password was right, waiting for the second step (a code). It lives in the
 * session, which is not signed in meanwhile: nothing treats it as a member until the code is in.
 * It lapses after a few minutes; then the person starts again with the password.
 */
record PendingSignIn(long accountId, String email, boolean remember, Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "praxis.signIn.pending";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    /** The pending sign-in of this request's session, dropping it when it has lapsed. */
    static Optional<PendingSignIn> of(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.startedAt.plus(LIFETIME).isBefore(now)) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}
