package org.praxis.account.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;

import jakarta.servlet.http.HttpSession;

import org.praxis.account.Languages;
import org.praxis.account.TwoFactor;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.SignInRecord;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After the password: an account with two-factor sign-in is not signed in yet but sent to the
 * second step; any other is signed in. Once signed in: back to the page the person wanted, in
 * the language they chose on their profile, with the session remembering where it was opened
 * (for the member's list of sessions). After a failure: one message for a wrong e-mail or
 * password, and the specific reason (unconfirmed, suspended) only when the password was right.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String LAST_EMAIL = "praxis.signin.email";
    static final String LANGUAGE_COOKIE = "PRAXIS_LANG";

    /** Where the security chain keeps the signed-in person (its default, named here to save and clear it). */
    static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final Accounts accounts;
    private final TwoFactor twoFactor;
    private final LocaleResolver localeResolver;
    private final Clock clock;

    SignInHandlers(Accounts accounts, TwoFactor twoFactor, LocaleResolver localeResolver, Clock clock) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.localeResolver = localeResolver;
        this.clock = clock;
        success.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof PraxisPrincipal principal && twoFactor.isEnabled(principal.accountId())) {
            awaitSecondStep(request, response, principal);
            return;
        }
        signedIn(request, response, authentication);
    }

    /**
     * Undoes what the password step did (the session is signed in, remember-me stretched it to a
     * month) and leaves a pending sign-in instead, whose short life is the session's too.
     */
    private void awaitSecondStep(HttpServletRequest request, HttpServletResponse response, PraxisPrincipal principal)
            throws IOException {
        CONTEXTS.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        SecurityContextHolder.clearContext();
        boolean remember = Boolean.TRUE.equals(request.getAttribute(SpringSessionRememberMeServices.REMEMBER_ME_LOGIN_ATTR));
        request.removeAttribute(SpringSessionRememberMeServices.REMEMBER_ME_LOGIN_ATTR);
        HttpSession session = request.getSession();
        session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(principal.accountId(),
                request.getParameter("email"), remember, clock.instant()));
        session.setMaxInactiveInterval((int) PendingSignIn.LIFETIME.toSeconds());
        response.sendRedirect(request.getContextPath() + PendingSignInFilter.SECOND_STEP);
    }

    /** Signs the session in for good (after the password, or after the second step) and sends the person on. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        request.getSession().setAttribute(SignInRecord.ATTRIBUTE,
                SignInRecord.of(request.getHeader("User-Agent"), request.getRemoteAddr(), clock.instant()));
        // A language chosen on this browser stays; on a new browser the profile's language applies.
        if (authentication.getPrincipal() instanceof PraxisPrincipal principal && !hasLanguageCookie(request)) {
            accounts.findById(principal.accountId())
                    .map(a -> a.getPreferredLanguage())
                    .filter(Languages::isInterfaceLanguage)
                    .ifPresent(lang -> localeResolver.setLocale(request, response, Locale.forLanguageTag(lang)));
        }
        request.getSession().removeAttribute(LAST_EMAIL);
        success.onAuthenticationSuccess(request, response, authentication);
    }

    private static boolean hasLanguageCookie(HttpServletRequest request) {
        return request.getCookies() != null && java.util.Arrays.stream(request.getCookies())
                .anyMatch(c -> LANGUAGE_COOKIE.equals(c.getName()));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 254) {
            request.getSession().setAttribute(LAST_EMAIL, email);
        }
        String reason = exception instanceof LockedException ? "suspended"
                : exception instanceof DisabledException ? "unconfirmed" : "error";
        response.sendRedirect(request.getContextPath() + "/signin?" + reason);
    }
}
