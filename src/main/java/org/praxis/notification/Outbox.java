package org.praxis.notification;

import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.praxis.notification.internal.MailDeliverer;
import org.praxis.notification.internal.NotificationStore;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff see of the e-mail outbox: messages waiting, failing or given up, and "try again now". */
@Service
public class Outbox {

    private final JdbcTemplate jdbc;
    private final MailDeliverer deliverer;
    private final AccessPolicy policy;

    Outbox(JdbcTemplate jdbc, MailDeliverer deliverer, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.deliverer = deliverer;
        this.policy = policy;
    }

    /** Messages not yet sent, the failing ones first. */
    @Transactional(readOnly = true)
    public List<OutboxRow> unsent(Actor actor, int limit) {
        policy.accounts().requireReadMailFolder(actor);
        return jdbc.query("select id, recipient, subject, status, attempts, next_attempt_at, last_error, created_at from mail_delivery "
                        + "where status <> 'SENT' order by case status when 'FAILED' then 0 when 'RETRY' then 1 else 2 end, id desc limit ?",
                (rs, i) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        NotificationStore.instant(rs, "next_attempt_at"), rs.getString(7), NotificationStore.instant(rs, "created_at")),
                limit);
    }

    /** How many messages are in each state. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts(Actor actor) {
        policy.accounts().requireReadMailFolder(actor);
        Map<String, Long> counts = new HashMap<>();
        for (String s : List.of("PENDING", "SENDING", "RETRY", "FAILED", "SENT")) {
            counts.put(s, 0L);
        }
        jdbc.query("select status, count(*) from mail_delivery group by status", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    @Transactional
    public boolean retryNow(Actor actor, long id) {
        policy.accounts().requireReadMailFolder(actor);
        return deliverer.retryNow(id);
    }
}
