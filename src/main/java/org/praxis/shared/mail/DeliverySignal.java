package org.praxis.shared.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Wakes the deliverer once new mail is committed, on one background thread; signals that arrive
 * while it runs are folded into one more run, so a burst of mail makes two runs, not hundreds.
 */
@Component
class DeliverySignal implements DisposableBean {

    private final MailDeliverer deliverer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "praxis-mail");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    DeliverySignal(@Lazy MailDeliverer deliverer) {
        this.deliverer = deliverer;
    }

    void deliverSoon() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                deliverer.deliverDue();
            });
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
