package org.praxis.account;

import java.time.Duration;
import java.util.Locale;

import org.praxis.account.internal.Account;
import org.praxis.account.internal.Accounts;
import org.praxis.account.internal.OneTimeLinks;
import org.praxis.account.internal.OneTimeToken;
import org.praxis.shared.PraxisProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first staff account. While no staff account exists, each start prints a one-time link on
 * the console; whoever can read the server's console opens it and creates the staff account.
 */
@Service
public class StaffSetup {

    private static final Logger log = LoggerFactory.getLogger(StaffSetup.class);
    static final Duration LINK_LIFETIME = Duration.ofHours(24);

    private final Accounts accounts;
    private final OneTimeLinks links;
    private final SignUp signUp;
    private final PraxisProperties properties;

    public StaffSetup(Accounts accounts, OneTimeLinks links, SignUp signUp, PraxisProperties properties) {
        this.accounts = accounts;
        this.links = links;
        this.signUp = signUp;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void printLinkWhenNoStaff() {
        issueLinkIfNeeded().ifPresent(link -> log.warn("""

                ==================================================================
                No staff account yet. Open this link to create it (valid 24 hours, once):
                {}
                ==================================================================
                """, link));
    }

    /** A fresh set-up link when no staff account exists yet. */
    @Transactional
    public java.util.Optional<String> issueLinkIfNeeded() {
        if (accounts.existsByStaffTrue()) {
            return java.util.Optional.empty();
        }
        String secret = links.issue(null, OneTimeToken.Purpose.STAFF_SETUP, LINK_LIFETIME);
        return java.util.Optional.of(properties.link("/setup?token=" + secret));
    }

    public boolean isLinkValid(String secret) {
        return !accounts.existsByStaffTrue() && links.peek(secret, OneTimeToken.Purpose.STAFF_SETUP).isPresent();
    }

    /** Creates the staff account; false when the link is unknown, used, expired, or staff already exists. */
    @Transactional
    public boolean createStaff(String secret, SignUpCommand command, Locale locale) {
        if (!isLinkValid(secret)) {
            return false;
        }
        Account account = signUp.registerConfirmed(command, locale);
        account.makeStaff();
        links.spendAll(null, OneTimeToken.Purpose.STAFF_SETUP);
        log.info("Staff account {} created from the set-up link", account.getId());
        return true;
    }
}
