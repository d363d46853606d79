package org.praxis.shared.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.praxis.shared.InputErrors;
import org.praxis.shared.Secrets;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * API writes made safe to retry: a request with an {@code Idempotency-Key} header is carried
 * out once, and a retry with the same key gets the first answer again (with
 * {@code Idempotent-Replayed: true}) instead of creating a second comment. The key is stored in
 * the same transaction as the write, so a concurrent retry waits for the first and then replays
 * it. A key reused for a different request is refused with 422. Keys are kept for a day.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    /** The key was used before for a different request. */
    public static class KeyReusedException extends RuntimeException {
        KeyReusedException() {
            super("Idempotency-Key reused for a different request");
        }
    }

    private record Stored(String fingerprint, int status, String location, String body) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per key and account; {@code request} is what was asked (method,
     * path and body), so that a key cannot be replayed for something else.
     */
    public ResponseEntity<?> once(Long accountId, String key, String request, Supplier<ResponseEntity<?>> action) {
        if (key == null || accountId == null) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            new InputErrors().add(HEADER, "idempotency.keyInvalid").throwIfAny();
        }
        String fingerprint = Secrets.sha256(request);
        try {
            return transaction.execute(tx -> {
                Instant now = clock.instant();
                jdbc.update("delete from api_idempotency_key where account_id = ? and idempotency_key = ? and created_at < ?",
                        accountId, key, Timestamp.from(now.minus(KEPT)));
                jdbc.update("insert into api_idempotency_key (account_id, idempotency_key, fingerprint, status, created_at) "
                        + "values (?, ?, ?, 0, ?)", accountId, key, fingerprint, Timestamp.from(now));
                ResponseEntity<?> answer = action.get();
                URI location = answer.getHeaders().getLocation();
                jdbc.update("update api_idempotency_key set status = ?, location = ?, body = ? "
                                + "where account_id = ? and idempotency_key = ?", answer.getStatusCode().value(),
                        location == null ? null : location.toString(),
                        answer.getBody() == null ? null : json.writeValueAsString(answer.getBody()), accountId, key);
                return answer;
            });
        } catch (DuplicateKeyException e) {
            return replay(accountId, key, fingerprint);
        }
    }

    /**
     * Forgets keys older than a day, every hour. Deleting what is old is the same whichever node
     * does it, and doing it twice changes nothing, so every node may run it.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    public int forgetOldKeys() {
        return jdbc.update("delete from api_idempotency_key where created_at < ?",
                Timestamp.from(clock.instant().minus(KEPT)));
    }

    private ResponseEntity<?> replay(long accountId, String key, String fingerprint) {
        List<Stored> found = jdbc.query("select fingerprint, status, location, body from api_idempotency_key "
                        + "where account_id = ? and idempotency_key = ?",
                (rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)), accountId, key);
        if (found.isEmpty() || !found.get(0).fingerprint().equals(fingerprint)) {
            throw new KeyReusedException();
        }
        Stored stored = found.get(0);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        return stored.body() == null ? answer.build() : answer.contentType(MediaType.APPLICATION_JSON).body(stored.body());
    }
}
