package org.praxis.notification;

import java.util.List;
import java.util.Map;

import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.shared.mail.MailService;
import org.praxis.shared.mail.OutboxEntry;
import org.springframework.stereotype.Service;

/** What staff see of the e-mail outbox: messages waiting, failing or given up, and "try again now". */
@Service
public class Outbox {

    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final MailService mail;
    private final AccessPolicy policy;

    Outbox(MailService mail, AccessPolicy policy) {
        this.mail = mail;
        this.policy = policy;
    }

    public List<OutboxEntry> unsent(Actor actor, int limit) {
        policy.accounts().requireReadMailFolder(actor);
        // Subjects name private communities and their content: staff reads are on the record.
        audit.info("staff {} read the mail outbox", actor.accountId());
        return mail.unsent(limit);
    }

    public Map<String, Long> counts(Actor actor) {
        policy.accounts().requireReadMailFolder(actor);
        return mail.counts();
    }

    public boolean retryNow(Actor actor, long id) {
        policy.accounts().requireReadMailFolder(actor);
        return mail.retryNow(id);
    }
}
