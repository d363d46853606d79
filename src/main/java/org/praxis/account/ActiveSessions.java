package org.praxis.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.praxis.account.internal.SessionTerminator;
import org.praxis.account.internal.SignInRecord;
import org.praxis.policy.Actor;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.Secrets;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/** A member's signed-in sessions: the list, ending one, and signing out everywhere else. */
@Service
public class ActiveSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SessionTerminator terminator;

    public ActiveSessions(FindByIndexNameSessionRepository<? extends Session> sessions, SessionTerminator terminator) {
        this.sessions = sessions;
        this.terminator = terminator;
    }

    /** The member's sessions, most recently active first. */
    public List<ActiveSessionView> list(Actor actor, String currentSessionId) {
        return sessionsOf(actor).entrySet().stream()
                .filter(e -> !e.getValue().isExpired())
                .map(e -> view(e.getKey(), e.getValue(), e.getKey().equals(currentSessionId)))
                .sorted(Comparator.comparing(ActiveSessionView::current).reversed()
                        .thenComparing(ActiveSessionView::lastActiveAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one of the member's sessions; a handle that is not one of theirs is not found. */
    public void end(Actor actor, String handle) {
        String id = sessionsOf(actor).keySet().stream()
                .filter(sessionId -> handleOf(sessionId).equals(handle))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("session"));
        sessions.deleteById(id);
    }

    /** Ends every session of the member but this one; returns how many ended. */
    public int endOthers(Actor actor, String currentSessionId) {
        requireSignedIn(actor);
        return terminator.endSessions(actor.accountId(), currentSessionId);
    }

    private Map<String, ? extends Session> sessionsOf(Actor actor) {
        requireSignedIn(actor);
        return sessions.findByPrincipalName(String.valueOf(actor.accountId()));
    }

    private static ActiveSessionView view(String id, Session session, boolean current) {
        SignInRecord record = session.getAttribute(SignInRecord.ATTRIBUTE);
        if (record == null) {
            // Signed in before sessions kept a record: only the store's own times are known.
            return new ActiveSessionView(handleOf(id), null, null, null, session.getCreationTime(),
                    session.getLastAccessedTime(), current);
        }
        return new ActiveSessionView(handleOf(id), record.browser(), record.system(), record.address(),
                record.signedInAt(), session.getLastAccessedTime(), current);
    }

    /** A session id is a credential: pages name a session by a one-way digest of it instead. */
    private static String handleOf(String sessionId) {
        return Secrets.sha256(sessionId).substring(0, 32);
    }

    private static void requireSignedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("manage sessions");
        }
    }
}
