package org.praxis.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/** A request that only touches a session writes it back at most once a minute; any real change is written at once. */
class SessionAccessTimeThrottleTest {

    private final CountingStore store = new CountingStore();
    private final SessionAccessTimeThrottle sessions = new SessionAccessTimeThrottle(store);

    @Test
    void aNewSessionIsWrittenAtOnce() {
        sessions.save(sessions.createSession());

        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    void aPageViewWithinTheMinuteDoesNotWriteTheSessionAgain() {
        String id = stored(Instant.parse("2026-11-22T10:00:00Z"));

        var session = sessions.findById(id);
        session.setLastAccessedTime(Instant.parse("2026-11-22T10:00:50Z"));
        sessions.save(session);

        assertThat(store.saves).isZero();
    }

    @Test
    void aPageViewAMinuteLaterWritesTheNewAccessTime() {
        String id = stored(Instant.parse("2026-11-22T10:00:00Z"));

        var session = sessions.findById(id);
        session.setLastAccessedTime(Instant.parse("2026-11-22T10:01:00Z"));
        sessions.save(session);

        assertThat(store.saves).isEqualTo(1);
        assertThat(store.sessions.get(id).getLastAccessedTime()).isEqualTo(Instant.parse("2026-11-22T10:01:00Z"));
    }

    @Test
    void aChangedAttributeOrTimeoutIsWrittenEvenWithinTheMinute() {
        String id = stored(Instant.parse("2026-11-22T10:00:00Z"));

        var session = sessions.findById(id);
        session.setLastAccessedTime(Instant.parse("2026-11-22T10:00:01Z"));
        session.setAttribute("SPRING_SECURITY_CONTEXT", "signed in");
        sessions.save(session);
        var again = sessions.findById(id);
        again.setMaxInactiveInterval(java.time.Duration.ofDays(30));
        sessions.save(again);

        assertThat(store.saves).isEqualTo(2);
        assertThat((String) store.sessions.get(id).getAttribute("SPRING_SECURITY_CONTEXT")).isEqualTo("signed in");
        assertThat(store.sessions.get(id).getMaxInactiveInterval()).isEqualTo(java.time.Duration.ofDays(30));
    }

    @Test
    void aWrittenSessionSavedTwiceInOneRequestIsWrittenOnce() {
        var session = sessions.createSession();
        sessions.save(session);
        sessions.save(session);

        assertThat(store.saves).isEqualTo(1);
    }

    @Test
    void everyReadGoesToTheStoreSoAChangeMadeElsewhereIsSeen() {
        String id = stored(Instant.parse("2026-11-22T10:00:00Z"));
        var session = sessions.findById(id);
        sessions.save(session);
        store.sessions.get(id).setAttribute("flash", "from another request");

        assertThat((String) sessions.findById(id).getAttribute("flash")).isEqualTo("from another request");
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
    }

    private String stored(Instant lastAccess) {
        MapSession s = new MapSession();
        s.setLastAccessedTime(lastAccess);
        store.sessions.put(s.getId(), s);
        return s.getId();
    }

    /** Sessions in a map, copied in and out as a database would, counting writes. */
    private static final class CountingStore implements FindByIndexNameSessionRepository<Session> {
        final Map<String, MapSession> sessions = new HashMap<>();
        int saves;

        @Override
        public Session createSession() {
            return new MapSession();
        }

        @Override
        public void save(Session session) {
            saves++;
            sessions.put(session.getId(), new MapSession(session));
        }

        @Override
        public Session findById(String id) {
            MapSession s = sessions.get(id);
            return s == null ? null : new MapSession(s);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
