package org.praxis.account;

import java.time.Clock;

import org.praxis.account.AccountEvents.AccountRestored;
import org.praxis.account.AccountEvents.AccountSuspended;
import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.SessionTerminator;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ResultPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff work on accounts: find them, suspend them, restore them. */
@Service
public class StaffAccounts {

    private static final Logger audit = LoggerFactory.getLogger("org.praxis.audit");
    public static final int PAGE_SIZE = 50;

    private final Accounts accounts;
    private final SessionTerminator sessions;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public StaffAccounts(Accounts accounts, SessionTerminator sessions, AccessPolicy policy,
                         ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<StaffAccountRow> search(Actor actor, String text, int page) {
        policy.accounts().requireManageAccounts(actor);
        audit.info("staff {} listed accounts (search '{}', page {})", actor.accountId(),
                text == null ? "" : text.replaceAll("[\\r\\n]", " "), page);
        int safePage = ResultPage.page(page);
        Page<Account> found = accounts.staffSearch(ResultPage.containsPattern(text), PageRequest.of(safePage, PAGE_SIZE));
        return new ResultPage<>(found.getContent().stream().map(StaffAccounts::row).toList(), safePage, PAGE_SIZE,
                found.getTotalElements());
    }

    /** Suspends an account: it cannot sign in, its API tokens stop working, and all its sessions end now. */
    @Transactional
    public void suspend(Actor actor, long id) {
        policy.accounts().requireSuspend(actor, id);
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
        if (account.getSuspendedAt() != null) {
            return;
        }
        account.suspend(clock.instant());
        int ended = sessions.endSessions(id, null);
        audit.info("staff {} suspended account {} ({} sessions ended)", actor.accountId(), id, ended);
        events.publishEvent(new AccountSuspended(id, actor.accountId()));
    }

    @Transactional
    public void restore(Actor actor, long id) {
        policy.accounts().requireManageAccounts(actor);
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
        if (account.getSuspendedAt() == null) {
            return;
        }
        account.restore();
        audit.info("staff {} restored account {}", actor.accountId(), id);
        events.publishEvent(new AccountRestored(id, actor.accountId()));
    }

    private static StaffAccountRow row(Account a) {
        return new StaffAccountRow(a.getId(), a.getEmail(), a.getDisplayName(), a.getRealName(),
                a.getEmailVerifiedAt() != null, a.getSuspendedAt() != null, a.isStaff(), a.getCreatedAt());
    }
}
