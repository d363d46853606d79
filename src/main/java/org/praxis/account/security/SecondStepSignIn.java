package org.praxis.account.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.praxis.account.TwoFactor;
import org.praxis.account.TwoFactor.SignInCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The second step of signing in to an account with two-factor sign-in: the pending sign-in left
 * by the password step becomes a signed-in session once a code is accepted. Attempts count
 * against the sign-in rate limits (see {@link AuthRateLimitFilter}), so six digits cannot be guessed.
 */
@Component
public class SecondStepSignIn {

    /** How a code went: signed in (the response is sent), wrong code, or no sign-in waiting any more. */
    public enum Outcome { SIGNED_IN, WRONG_CODE, NOTHING_PENDING }

    private final TwoFactor twoFactor;
    private final AccountDetailsService details;
    private final SignInHandlers handlers;
    private final Clock clock;
    private final Duration sessionTimeout;

    SecondStepSignIn(TwoFactor twoFactor, AccountDetailsService details, SignInHandlers handlers, Clock clock,
                     @Value("${spring.session.timeout:8h}") Duration sessionTimeout) {
        this.twoFactor = twoFactor;
        this.details = details;
        this.handlers = handlers;
        this.clock = clock;
        this.sessionTimeout = sessionTimeout;
    }

    public boolean isPending(HttpServletRequest request) {
        return PendingSignIn.of(request, clock.instant()).isPresent();
    }

    /**
     * Checks the code; when it is right, signs the session in and redirects as a sign-in does.
     * Input that is no code at all throws {@link org.praxis.shared.InvalidInputException}.
     */
    public Outcome complete(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException, ServletException {
        Optional<PendingSignIn> found = PendingSignIn.of(request, clock.instant());
        if (found.isEmpty()) {
            return Outcome.NOTHING_PENDING;
        }
        PendingSignIn pending = found.get();
        SignInCheck check = twoFactor.checkSignInCode(pending.accountId(), code);
        if (!check.accepted()) {
            return Outcome.WRONG_CODE;
        }
        // Suspended or unconfirmed since the password step: start again, and hear why there.
        Optional<PraxisPrincipal> principal = details.loadById(pending.accountId())
                .filter(p -> p.isAccountNonLocked() && p.isEnabled());
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        if (principal.isEmpty()) {
            return Outcome.NOTHING_PENDING;
        }
        principal.get().eraseCredentials();
        request.changeSessionId();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        SignInHandlers.CONTEXTS.saveContext(context, request, response);
        if (pending.remember()) {
            request.setAttribute(SpringSessionRememberMeServices.REMEMBER_ME_LOGIN_ATTR, true);
            session.setMaxInactiveInterval(SecurityConfig.REMEMBER_ME_SECONDS);
        } else {
            session.setMaxInactiveInterval((int) sessionTimeout.toSeconds());
        }
        if (check.recoveryCodeUsed()) {
            tellRecoveryCodesLeft(request, response, check.recoveryCodesLeft());
        }
        handlers.signedIn(request, response, authentication);
        return Outcome.SIGNED_IN;
    }

    private static void tellRecoveryCodesLeft(HttpServletRequest request, HttpServletResponse response, long left) {
        FlashMap flash = new FlashMap();
        flash.put("notice", "twoFactor.recoveryCodeUsed");
        flash.put("noticeArgs", new Object[] {left});
        RequestContextUtils.getFlashMapManager(request).saveOutputFlashMap(flash, request, response);
    }
}
