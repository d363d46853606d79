package org.praxis.shared.mail;

import org.praxis.shared.jdbc.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.praxis.shared.jdbc.InsertIfAbsent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mail outbox, through which every message goes. A message is stored in the transaction
 * that decided to send it, under an idempotency key (a random one when the caller gives none);
 * {@link MailDeliverer} sends it after commit and retries with backoff. A message with a key
 * already stored is not stored again, so an event handled twice mails once.
 */
@Repository
class MailOutbox {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final DeliverySignal signal;
    private final InsertIfAbsent inserts;

    MailOutbox(JdbcTemplate jdbc, Clock clock, DeliverySignal signal, InsertIfAbsent inserts) {
        this.inserts = inserts;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.signal = signal;
    }

    /** Stores the messages whose keys are new; returns how many were stored. */
    int enqueue(Collection<Mail> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        List<Mail> all = List.copyOf(mails);
        Instant now = clock.instant();
        int stored = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Mail> chunk = all.subList(from, Math.min(from + CHUNK, all.size()));
            Set<String> known = new HashSet<>(named.queryForList("select idempotency_key from mail_delivery where idempotency_key in (:keys)",
                    new MapSqlParameterSource("keys", chunk.stream().map(Mail::key).toList()), String.class));
            List<Object[]> rows = new ArrayList<>();
            for (Mail m : chunk) {
                if (known.add(m.key())) {
                    rows.add(new Object[] {m.key(), m.to(), m.subject(), m.text(), m.html(), m.unsubscribeUrl(),
                            Timestamps.at(now), Timestamps.at(now)});
                }
            }
            for (boolean in : inserts.insert("insert into mail_delivery (idempotency_key, recipient, subject, text_body, html_body, "
                    + "unsubscribe_url, status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                    "idempotency_key", rows)) {
                stored += in ? 1 : 0;
            }
        }
        if (stored > 0) {
            deliverAfterCommit();
        }
        return stored;
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

    List<OutboxEntry> unsent(int limit) {
        return jdbc.query("select id, recipient, subject, status, attempts, next_attempt_at, last_error, created_at from mail_delivery "
                        + "where status <> 'SENT' order by case status when 'FAILED' then 0 when 'RETRY' then 1 else 2 end, id desc limit ?",
                (rs, i) -> new OutboxEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        Timestamps.instant(rs, "next_attempt_at"), rs.getString(7), Timestamps.instant(rs, "created_at")),
                limit);
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        for (String s : List.of("PENDING", "SENDING", "RETRY", "FAILED", "SENT")) {
            counts.put(s, 0L);
        }
        jdbc.query("select status, count(*) from mail_delivery group by status", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
