package org.praxis.account.internal;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a person's sessions on every node at once (sessions live in the shared database). */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    public SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account except the one with {@code keepSessionId} (may be null). */
    public int endSessions(long accountId, String keepSessionId) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(String.valueOf(accountId));
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
