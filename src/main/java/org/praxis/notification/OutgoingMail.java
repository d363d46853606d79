package org.praxis.notification;

/**
 * An e-mail to put in the outbox. The key makes it idempotent: a second message with the same
 * key (a retried event, a digest run twice) is not stored again, so it is never sent twice.
 */
public record OutgoingMail(String key, Long accountId, String to, String subject, String text, String html,
                           String unsubscribeUrl) {
}
