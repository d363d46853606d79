package org.praxis.account.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.account.security.AuthRateLimits.Door;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each sign-in, sign-up and reset request against its limits before it is handled. The
 * second step of a sign-in (a code) counts against the same limits as the password, on the same
 * account, and so do the forms that check a code or password in the two-factor settings. Over
 * the limit, the person gets the "too many attempts" page with a 429 and Retry-After; the
 * answer is the same whether or not the e-mail belongs to an account.
 */
class AuthRateLimitFilter extends OncePerRequestFilter {

    static final String WAIT_ATTRIBUTE = "praxis.rateLimit.waitSeconds";

    private final AuthRateLimits limits;
    private final Clock clock;

    AuthRateLimitFilter(AuthRateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = "POST".equals(request.getMethod()) ? check(request) : 0;
        if (wait > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(wait));
            request.setAttribute(WAIT_ATTRIBUTE, wait);
            request.getRequestDispatcher("/too-many-attempts").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private long check(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String address = request.getRemoteAddr();
        String email = request.getParameter("email");
        return switch (path) {
            case "/signin" -> first(limits.tryAttempt(Door.SIGN_IN_PER_ADDRESS, address),
                    limits.tryAttempt(Door.SIGN_IN_PER_ACCOUNT, email));
            case PendingSignInFilter.SECOND_STEP -> first(limits.tryAttempt(Door.SIGN_IN_PER_ADDRESS, address),
                    limits.tryAttempt(Door.SIGN_IN_PER_ACCOUNT,
                            PendingSignIn.of(request, clock.instant()).map(PendingSignIn::email).orElse(null)));
            case "/account/two-factor/confirm", "/account/two-factor/recovery-codes", "/account/two-factor/turn-off",
                 "/account/delete" ->
                    limits.tryAttempt(Door.SIGN_IN_PER_ADDRESS, address);
            case "/signup" -> limits.tryAttempt(Door.SIGN_UP_PER_ADDRESS, address);
            case "/password/forgot", "/verify/resend" -> first(limits.tryAttempt(Door.RESET_PER_ADDRESS, address),
                    limits.tryAttempt(Door.RESET_PER_ACCOUNT, email));
            default -> 0;
        };
    }

    private static long first(long a, long b) {
        return Math.max(a, b);
    }
}
