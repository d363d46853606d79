package org.praxis.shared.mail;

import org.praxis.shared.jdbc.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Each message is first claimed by one conditional update, so two
 * nodes (or the timer and the after-commit signal) never send the same one; a claim that is
 * never finished (the node died mid-send) expires and the message is tried again. Failures are
 * retried with growing pauses, then left as FAILED for staff to see and retry.
 */
@Component
public class MailDeliverer {

    private static final Logger log = LoggerFactory.getLogger(MailDeliverer.class);
    static final int MAX_ATTEMPTS = 8;
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final MailTransport mail;
    private final Clock clock;

    MailDeliverer(JdbcTemplate jdbc, MailTransport mail, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
    }

    /** Sends due messages; the timer also catches anything a signal missed and the retries. */
    @Scheduled(fixedDelayString = "${praxis.mail.outbox-poll:PT30S}", initialDelayString = "PT20S")
    public void deliverDue() {
        deliverDue(clock.instant());
    }

    /** Sends the messages due at {@code now}; returns how many were sent. */
    public int deliverDue(Instant now) {
        int sent = 0;
        List<Long> due;
        do {
            due = jdbc.queryForList("select id from mail_delivery where (status in ('PENDING', 'RETRY') or status = 'SENDING') "
                    + "and next_attempt_at <= ? order by next_attempt_at, id limit ?", Long.class, Timestamps.at(now), BATCH);
            for (Long id : due) {
                if (claim(id, now) && send(id, now)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean claim(long id, Instant now) {
        return jdbc.update("update mail_delivery set status = 'SENDING', next_attempt_at = ? where id = ? "
                        + "and status in ('PENDING', 'RETRY', 'SENDING') and next_attempt_at <= ?",
                Timestamps.at(now.plus(CLAIM)), id, Timestamps.at(now)) == 1;
    }

    private boolean send(long id, Instant now) {
        List<Mail> found = jdbc.query("select recipient, subject, text_body, html_body, unsubscribe_url, idempotency_key "
                        + "from mail_delivery where id = ?",
                (rs, i) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), id);
        if (found.isEmpty()) {
            return false;
        }
        try {
            mail.send(found.get(0));
            jdbc.update("update mail_delivery set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                    Timestamps.at(clock.instant()), id);
            return true;
        } catch (RuntimeException e) {
            Integer attempts = jdbc.queryForObject("select attempts + 1 from mail_delivery where id = ?", Integer.class, id);
            int n = attempts == null ? 1 : attempts;
            boolean giveUp = n >= MAX_ATTEMPTS;
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jdbc.update("update mail_delivery set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                    giveUp ? "FAILED" : "RETRY", n, Timestamps.at(now.plus(backoff(n))),
                    error.length() > 500 ? error.substring(0, 500) : error, id);
            log.warn("Mail {} not sent (attempt {}): {}", id, n, error);
            return false;
        }
    }

    /** 1, 2, 4, 8... minutes, at most six hours. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(attempts - 1, 9);
        return Duration.ofMinutes(Math.min(minutes, 360));
    }

    /** Staff asked to try a failed or waiting message again now. */
    public boolean retryNow(long id) {
        return jdbc.update("update mail_delivery set status = 'RETRY', next_attempt_at = ? where id = ? and status in ('RETRY', 'FAILED')",
                Timestamps.at(clock.instant()), id) == 1;
    }
}
