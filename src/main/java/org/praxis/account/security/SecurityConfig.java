package org.praxis.account.security;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.praxis.account.PersonalAccessTokens;
import org.praxis.shared.PraxisProperties;
import org.praxis.shared.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Two filter chains: the JSON API (personal access tokens, no cookies, no CSRF since no browser
 * credential is involved) and the web pages (session cookie, CSRF on every form, strict headers).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /**
     * A file's preview (a picture or a PDF) is shown in a frame of the file's own page, so it may
     * be framed, only by this site; it runs no script. Downloads shown in place (pictures, PDF)
     * get the same policy, which lets the browser's PDF viewer work.
     */
    static final RequestMatcher FILE_PREVIEWS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/c/*/files/*/preview"),
            PathPatternRequestMatcher.withDefaults().matcher("/c/*/files/*/download"),
            PathPatternRequestMatcher.withDefaults().matcher("/c/*/files/*/versions/*/download"),
            PathPatternRequestMatcher.withDefaults().matcher("/library/*/download"));
    static final String PREVIEW_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "object-src 'self'; frame-ancestors 'self'";
    static final String SESSION_COOKIE = "PRAXIS_SESSION";
    static final int REMEMBER_ME_SECONDS = 30 * 24 * 3600;

    /** Argon2id with OWASP's suggested cost (19 MiB, 2 passes), behind a prefix so it can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }

    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService details, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(encoder);
        // Spring checks "locked/disabled" before the password by default, which tells a stranger
        // that an account exists. Check the password first; only its owner learns the state.
        UserDetailsChecker none = user -> { };
        provider.setPreAuthenticationChecks(none);
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("suspended");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("unverified");
            }
        });
        return provider;
    }

    @Bean
    SpringSessionRememberMeServices rememberMeServices() {
        SpringSessionRememberMeServices services = new SpringSessionRememberMeServices();
        services.setRememberMeParameterName("remember-me");
        services.setValiditySeconds(REMEMBER_ME_SECONDS);
        return services;
    }

    @Bean
    CookieSerializer cookieSerializer(PraxisProperties properties) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(SESSION_COOKIE);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setUseSecureCookie(properties.secureCookies());
        serializer.setSameSite("Lax");
        serializer.setCookiePath("/");
        serializer.setRememberMeRequestAttribute(SpringSessionRememberMeServices.REMEMBER_ME_LOGIN_ATTR);
        return serializer;
    }

    @Bean
    AuthRateLimitFilter authRateLimitFilter(AuthRateLimits limits, Clock clock) {
        return new AuthRateLimitFilter(limits, clock);
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<AuthRateLimitFilter> authRateLimitFilterRegistration(
            AuthRateLimitFilter filter) {
        // Runs inside the security chain (after CSRF), not a second time as a plain servlet filter.
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, PersonalAccessTokens tokens, Problems problems) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized");
                        })
                        .accessDeniedHandler((request, response, ex) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, SpringSessionRememberMeServices rememberMe,
                                 AuthRateLimitFilter rateLimits, SignInHandlers handlers, Clock clock) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/**").hasRole("STAFF")
                        .requestMatchers("/profile/**", "/members/**", "/institutions/**", "/account/**",
                                "/communities/new", "/communities/mine", "/invitations/**", "/notifications/**",
                                "/settings/**").authenticated()
                        .anyRequest().permitAll())
                // One-click unsubscribe (RFC 8058): mail programs POST to the link without a session; the
                // secret in the link is what authorises it, and all it can do is turn e-mails off.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe/**"))
                .formLogin(form -> form
                        .loginPage("/signin")
                        .loginProcessingUrl("/signin")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                .rememberMe(r -> r.rememberMeServices(rememberMe))
                .logout(logout -> logout
                        .logoutUrl("/signout")
                        .logoutSuccessUrl("/?signedOut")
                        .deleteCookies(SESSION_COOKIE))
                .addFilterBefore(rateLimits, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PendingSignInFilter(clock), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers
                        .frameOptions(f -> f.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(FILE_PREVIEWS),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(FILE_PREVIEWS),
                                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(FILE_PREVIEWS,
                                new ContentSecurityPolicyHeaderWriter(PREVIEW_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(FILE_PREVIEWS,
                                new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) ->
                        response.sendError(HttpServletResponse.SC_FORBIDDEN)));
        return http.build();
    }
}
