package org.praxis.shared.mail;

/**
 * One message to one person: a plain-text part, and optionally an HTML part, a one-click
 * unsubscribe address (sent as RFC 8058 List-Unsubscribe headers) and a key from which a stable
 * Message-ID is made, so a message sent twice after a crash is recognisably the same one.
 */
public record Mail(String to, String subject, String text, String html, String unsubscribeUrl, String key) {

    public Mail(String to, String subject, String text) {
        this(to, subject, text, null, null, null);
    }
}
