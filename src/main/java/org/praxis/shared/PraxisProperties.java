package org.praxis.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code praxis.*}; each has an environment variable in application.properties.
 *
 * @param baseUrl address people use to reach this platform, used in e-mailed links
 * @param dataDir folder for the embedded database, e-mail files and uploads
 * @param secureCookies whether cookies carry the Secure flag (turn off only for plain-HTTP tests on another host than localhost)
 */
@ConfigurationProperties("praxis")
public record PraxisProperties(String baseUrl, Path dataDir, boolean secureCookies, Mail mail) {

    public PraxisProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (mail == null) {
            mail = new Mail(null, null, null, null, null, null, false);
        }
    }

    /** Where mail goes: SMTP when {@code smtpHost} is set, otherwise .eml files in {@code dataDir/mail}. */
    public record Mail(String from, String smtpHost, Integer smtpPort, String smtpUsername, String smtpPassword,
                       Path directory, boolean smtpStarttls) {

        public boolean usesSmtp() {
            return smtpHost != null && !smtpHost.isBlank();
        }
    }

    public Path mailDirectory() {
        return mail.directory() != null ? mail.directory() : dataDir.resolve("mail");
    }

    public String mailFrom() {
        return mail.from() == null || mail.from().isBlank() ? "Praxis <no-reply@localhost>" : mail.from();
    }

    /** An absolute link to a path of this platform, for e-mails and the console. */
    public String link(String path) {
        return baseUrl + path;
    }
}
