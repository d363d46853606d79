package org.praxis.community.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.community.CommunityImageKind;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Answers a banner or logo upload that is plainly too large (by its declared length) with the
 * settings page and a form message, before anything reads the body. Otherwise the servlet
 * container's multipart limit would fail the first read of a parameter (the CSRF check) and the
 * admin would get an error page. Nothing is stored, so no CSRF check is needed; the settings
 * page asks the access policy as usual, so the redirect reveals nothing.
 */
@Configuration(proxyBeanMethods = false)
class OversizedImageUploads {

    /** Room for the multipart boundaries and part headers around the file. */
    private static final long ENVELOPE = 16 * 1024;
    private static final Pattern UPLOAD = Pattern.compile("^/c/([^/]+)/manage/images/(banner|logo)$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oversizedImageUploadFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Refusal());
        registration.addUrlPatterns("/c/*");
        // After the session filter (the message travels in the session), before the security chain.
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    static final class Refusal extends OncePerRequestFilter {

        private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            if (!"POST".equals(request.getMethod()) || !upload.matches()) {
                chain.doFilter(request, response);
                return;
            }
            CommunityImageKind kind = CommunityImageKind.fromPath(upload.group(2));
            if (request.getContentLengthLong() <= kind.maxBytes() + ENVELOPE) {
                chain.doFilter(request, response);
                return;
            }
            String settings = request.getContextPath() + "/c/" + upload.group(1) + "/manage/settings";
            if (request.getSession(false) != null) {
                FlashMap flash = new FlashMap();
                flash.put("imageError", "communityImage.tooLarge");
                flash.put("imageErrorArgs", new Object[] {kind.maxMegabytes()});
                flash.put("imageErrorKind", kind.path());
                flash.setTargetRequestPath(settings);
                flashMaps.saveOutputFlashMap(flash, request, response);
            }
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(settings + "#images");
        }
    }
}
