package org.praxis.account.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * What a session remembers of its sign-in, for the member's list of active sessions: the
 * browser and system (from the User-Agent, summarised: the full string is a fingerprint and
 * tells the member nothing more), the address it came from, and when. Null parts are unknown.
 */
public record SignInRecord(String browser, String system, String address, Instant signedInAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute it is kept under. */
    public static final String ATTRIBUTE = "praxis.signIn.record";

    private static final int ADDRESS_MAX = 64;

    public static SignInRecord of(String userAgent, String address, Instant now) {
        String ua = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        String kept = address == null || address.length() > ADDRESS_MAX ? null : address;
        return new SignInRecord(browserOf(ua), systemOf(ua), kept, now);
    }

    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static String browserOf(String ua) {
        if (ua.contains("edg/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return "Firefox";
        }
        if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")) {
            return "Chrome";
        }
        if (ua.contains("safari/")) {
            return "Safari";
        }
        return null;
    }

    // Android says "Linux", iPhones say "Mac OS X": test the specific ones first.
    private static String systemOf(String ua) {
        if (ua.contains("android")) {
            return "Android";
        }
        if (ua.contains("iphone") || ua.contains("ipad")) {
            return "iOS";
        }
        if (ua.contains("windows")) {
            return "Windows";
        }
        if (ua.contains("mac os")) {
            return "macOS";
        }
        if (ua.contains("cros")) {
            return "ChromeOS";
        }
        if (ua.contains("linux")) {
            return "Linux";
        }
        return null;
    }
}
