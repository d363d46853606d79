package org.praxis.account.security;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a half-signed-in session (password right, code not yet given) on the second-step page:
 * every other page sends it there, except signing out and the static files the page needs.
 */
class PendingSignInFilter extends OncePerRequestFilter {

    static final String SECOND_STEP = "/signin/code";
    private static final List<String> OPEN_PATHS = List.of(SECOND_STEP, "/signout", "/too-many-attempts", "/error");
    private static final List<String> OPEN_PREFIXES = List.of("/assets/", "/webjars/");

    private final Clock clock;

    PendingSignInFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean open = OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
        if (!open && PendingSignIn.of(request, clock.instant()).isPresent()) {
            response.sendRedirect(request.getContextPath() + SECOND_STEP);
            return;
        }
        chain.doFilter(request, response);
    }
}
