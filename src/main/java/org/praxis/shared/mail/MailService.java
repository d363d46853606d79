package org.praxis.shared.mail;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The one way Praxis sends e-mail: messages go into the outbox, in the caller's transaction,
 * and are sent once it commits, with retries when the mail server fails (see {@link MailDeliverer}).
 * A message with a key is stored once however often it is asked for.
 */
@Service
public class MailService {

    private final MailOutbox outbox;
    private final MailTransport transport;
    private final MailDeliverer deliverer;

    MailService(MailOutbox outbox, MailTransport transport, MailDeliverer deliverer) {
        this.outbox = outbox;
        this.transport = transport;
        this.deliverer = deliverer;
    }

    public void send(Mail mail) {
        sendAll(List.of(mail));
    }

    /** Puts the messages in the outbox; returns how many were new. */
    public int sendAll(Collection<Mail> mails) {
        return outbox.enqueue(mails.stream().map(m -> m.key() != null ? m
                : new Mail(m.to(), m.subject(), m.text(), m.html(), m.unsubscribeUrl(), "random:" + UUID.randomUUID())).toList());
    }

    public boolean usesSmtp() {
        return transport.usesSmtp();
    }

    /** Messages not sent yet, those given up first, for staff (who are checked by the caller). */
    public List<OutboxEntry> unsent(int limit) {
        return outbox.unsent(limit);
    }

    /** How many messages are in each state (PENDING, SENDING, RETRY, FAILED, SENT). */
    public Map<String, Long> counts() {
        return outbox.counts();
    }

    /** Staff asked to try a waiting or given-up message again now. */
    public boolean retryNow(long id) {
        return deliverer.retryNow(id);
    }
}
