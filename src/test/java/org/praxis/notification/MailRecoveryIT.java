package org.praxis.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.praxis.Browser;
import org.praxis.SmtpIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.praxis.discussion.DiscussionEvents.CommentPosted;
import org.praxis.shared.mail.MailDeliverer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing is lost and nothing is sent twice: with the mail server down, the e-mail waits in the
 * outbox (staff see why) and goes exactly once when the server is back; the same domain event
 * handled again, as after a crash before its publication was marked complete, adds nothing.
 */
@SmtpIntegrationTest
class MailRecoveryIT {

    private static final ServerSetup SMTP = ServerSetupTest.SMTP.port(SmtpIntegrationTest.PORT);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired TestAccounts accounts;
    @Autowired MailDeliverer deliverer;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    private int received(String to) {
        int n = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(to) && m.getSubject().contains("Will it arrive?")) {
                    n++;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    private String status(String to) {
        return accounts.jdbc().queryForList("select status from mail_delivery where recipient = ? and subject like '%Will it arrive%'",
                String.class, to.toLowerCase(java.util.Locale.ROOT)).stream().findFirst().orElse(null);
    }

    @Test
    void aMailThatCouldNotBeSentGoesExactlyOnceWhenTheServerIsBack() throws Exception {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Recovery " + System.nanoTime(), "PUBLIC");
        Member author = CommunityFixtures.memberOf(accounts, admin, slug, "Author");
        long id = Discussing.start(accounts.signedIn(author), slug, "Will it arrive?", "Text");

        smtp.stop();
        try {
            Discussing.comment(admin, slug, id, "Yes, in the end.", null);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "RETRY".equals(status(author.email())));
            assertThat(accounts.jdbc().queryForObject("select last_error from mail_delivery where recipient = ? and status = 'RETRY'",
                    String.class, author.email().toLowerCase(java.util.Locale.ROOT))).isNotBlank();

            Browser staff = accounts.signedIn(accounts.staff("Staff"));
            String outbox = Browser.body(staff.get("/staff/mail/outbox"));
            assertThat(outbox).contains("Will it arrive?").contains("Will retry");
            assertThat(admin.get("/staff/mail/outbox").getResponse().getStatus()).as("members do not see the outbox").isEqualTo(403);
        } finally {
            smtp.start();
        }

        deliverer.deliverDue(Instant.now().plus(Duration.ofHours(1)));
        assertThat(received(author.email())).isEqualTo(1);
        assertThat(status(author.email())).isEqualTo("SENT");

        deliverer.deliverDue(Instant.now().plus(Duration.ofHours(2)));
        long commentId = accounts.jdbc().queryForObject("select max(id) from discussion_comment where discussion_id = ?", Long.class, id);
        long communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        long adminId = accounts.jdbc().queryForObject("select author_id from discussion_comment where id = ?", Long.class, commentId);
        // The registry hands the event to the listener again, as it does on restart for an unfinished publication.
        transactions.executeWithoutResult(s -> events.publishEvent(
                new CommentPosted(commentId, id, communityId, adminId, author.id(), null, Instant.now())));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> true);
        deliverer.deliverDue(Instant.now().plus(Duration.ofHours(3)));

        assertThat(received(author.email())).as("sent exactly once").isEqualTo(1);
        assertThat(accounts.jdbc().queryForObject("select count(*) from notification where recipient_id = ? and kind = 'REPLY'",
                Long.class, author.id())).isEqualTo(1);
        MimeMessage message = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains("Will it arrive?");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe/");
    }
}
