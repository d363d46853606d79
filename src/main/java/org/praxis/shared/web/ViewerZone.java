package org.praxis.shared.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The viewer's time zone, so that times are shown as the viewer's clock reads them. A small
 * script of the layout stores the browser's zone in the {@code praxis_tz} cookie; without it
 * (no JavaScript, or a zone the JDK does not know) the server's zone is used. Pages show the
 * zone's name next to each time, so a fallback is never mistaken for the viewer's own.
 */
@ControllerAdvice(annotations = Controller.class)
public class ViewerZone {

    public static final String COOKIE = "praxis_tz";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The zone of the request's viewer. */
    public static ZoneId of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return ZoneId.systemDefault();
    }

    /** A zone id as a browser names it, or the server's zone when it is not one. */
    public static ZoneId parse(String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8));
        } catch (DateTimeException | IllegalArgumentException e) {
            return ZoneId.systemDefault();
        }
    }

    /** An instant as the viewer's clock reads it: "2018-11-01 06:00". */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    /** Times as the viewer's clock reads them, for templates: {@code ${viewerTime.at(instant)}}. */
    public record Times(ZoneId zone) {

        public String at(Instant instant) {
            return format(instant, zone);
        }

        public String zoneName() {
            return zone.getId();
        }
    }

    @ModelAttribute("viewerTime")
    Times viewerTime(HttpServletRequest request) {
        return new Times(of(request));
    }
}
