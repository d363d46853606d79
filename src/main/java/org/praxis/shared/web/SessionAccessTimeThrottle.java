package org.praxis.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions as Spring Session's JDBC repository keeps them, except that a request which changed
 * nothing but the last-access time does not write the session back unless that time moved by
 * more than {@link #RESOLUTION}. Without this, every page view of a signed-in member was a write
 * transaction on the sessions table. A session therefore expires up to one minute early, out of
 * eight hours. Anything else (attributes, timeout, id) is written at once, as before.
 */
final class SessionAccessTimeThrottle
        implements FindByIndexNameSessionRepository<SessionAccessTimeThrottle.TrackedSession>, DisposableBean {

    static final Duration RESOLUTION = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> store;

    SessionAccessTimeThrottle(FindByIndexNameSessionRepository<Session> store) {
        this.store = store;
    }

    /** The store schedules its own clean-up of expired sessions; it stops with this wrapper. */
    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    @Override
    public TrackedSession createSession() {
        return new TrackedSession(store.createSession(), null);
    }

    @Override
    public void save(TrackedSession session) {
        if (session.needsWrite()) {
            store.save(session.stored);
            session.written();
        }
    }

    @Override
    public TrackedSession findById(String id) {
        Session found = store.findById(id);
        return found == null ? null : new TrackedSession(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, TrackedSession> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, s) -> found.put(id, new TrackedSession(s, s.getLastAccessedTime())));
        return found;
    }

    /** A stored session that remembers whether anything but its last-access time changed. */
    static final class TrackedSession implements Session {

        private final Session stored;
        private Instant writtenAccessTime;
        private boolean changed;

        private TrackedSession(Session stored, Instant writtenAccessTime) {
            this.stored = stored;
            this.writtenAccessTime = writtenAccessTime;
        }

        boolean needsWrite() {
            return writtenAccessTime == null || changed
                    || Duration.between(writtenAccessTime, stored.getLastAccessedTime()).compareTo(RESOLUTION) >= 0;
        }

        void written() {
            writtenAccessTime = stored.getLastAccessedTime();
            changed = false;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            stored.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
