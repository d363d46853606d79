package org.praxis.account.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.account.Languages;
import org.praxis.account.internal.Accounts;
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
 * After sign-in: back to the page the person wanted, in the language they chose on their
 * profile. After a failure: one message for a wrong e-mail or password, and the specific
 * reason (unconfirmed, suspended) only when the password was right.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String LAST_EMAIL = "praxis.signin.email";
    static final String LANGUAGE_COOKIE = "PRAXIS_LANG";

    private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final Accounts accounts;
    private final LocaleResolver localeResolver;

    SignInHandlers(Accounts accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
        success.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
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
