package org.praxis.shared.mail;

/** One plain-text message to one person. */
public record Mail(String to, String subject, String text) {
}
