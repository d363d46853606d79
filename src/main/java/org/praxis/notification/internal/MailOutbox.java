package org.praxis.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.praxis.notification.OutgoingMail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mail outbox. A message is stored in the transaction that decided to send it, under an
 * idempotency key; {@link MailDeliverer} sends it after commit and retries with backoff. A
 * message with a key already stored is not stored again.
 */
@Repository
public class MailOutbox {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final DeliverySignal signal;

    MailOutbox(JdbcTemplate jdbc, Clock clock, DeliverySignal signal) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.signal = signal;
    }

    /** Stores the messages whose keys are new; returns how many were stored. */
    public int enqueue(Collection<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        List<OutgoingMail> all = List.copyOf(mails);
        Instant now = clock.instant();
        int stored = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<OutgoingMail> chunk = all.subList(from, Math.min(from + CHUNK, all.size()));
            Set<String> known = new HashSet<>(named.queryForList("select idempotency_key from mail_delivery where idempotency_key in (:keys)",
                    new MapSqlParameterSource("keys", chunk.stream().map(OutgoingMail::key).toList()), String.class));
            List<Object[]> rows = new ArrayList<>();
            for (OutgoingMail m : chunk) {
                if (known.add(m.key())) {
                    rows.add(new Object[] {m.key(), m.accountId(), m.to(), m.subject(), m.text(), m.html(), m.unsubscribeUrl(),
                            NotificationStore.at(now), NotificationStore.at(now)});
                }
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into mail_delivery (idempotency_key, account_id, recipient, subject, text_body, html_body, "
                        + "unsubscribe_url, status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", rows);
                stored += rows.size();
            }
        }
        if (stored > 0) {
            deliverAfterCommit();
        }
        return stored;
    }

    public int enqueue(OutgoingMail mail) {
        return enqueue(List.of(mail));
    }

    private void deliverAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.deliverSoon();
                }
            });
        } else {
            signal.deliverSoon();
        }
    }
}
