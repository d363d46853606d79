package org.praxis.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.praxis.Browser;
import org.praxis.SmtpIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.calendar.EventReminders;
import org.praxis.calendar.Scheduling;
import org.praxis.community.CommunityFixtures;
import org.praxis.community.InactivityWarnings;
import org.praxis.discussion.Discussing;
import org.praxis.library.Filing;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each event that notifies, as the people of one community live it: exactly who is told in the
 * bell, who gets an e-mail at once (received by a real SMTP server), in which language, under
 * which subject, with a one-click unsubscribe for that kind and community.
 */
@SmtpIntegrationTest
class NotificationEventsIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SmtpIntegrationTest.PORT))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired TestAccounts accounts;
    @Autowired Digests digests;
    @Autowired EventReminders reminders;
    @Autowired InactivityWarnings inactivity;

    private Member admin;
    private Member moderator;
    private Member lea;     // reads in French
    private Member ben;
    private Member outsider;
    private Browser adminWeb;
    private String slug;
    private String name;
    private long communityId;

    @BeforeEach
    void aCommunityWithItsPeople() {
        admin = accounts.member("Admin");
        adminWeb = accounts.signedIn(admin);
        name = "Cash transfers " + System.nanoTime();
        slug = CommunityFixtures.create(adminWeb, name, "PUBLIC");
        communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        moderator = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Moderator");
        lea = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Léa");
        accounts.jdbc().update("update account set preferred_language = 'fr' where id = ?", lea.id());
        ben = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Ben");
        outsider = accounts.member("Outsider");
        adminWeb.get("/c/" + slug + "/members");
        adminWeb.post("/c/" + slug + "/manage/members/" + moderator.id() + "/role", "role", "MODERATOR");
    }

    private Set<Long> told(String kind, String title) {
        return Set.copyOf(title == null
                ? accounts.jdbc().queryForList("select recipient_id from notification where kind = ? and community_id = ?",
                        Long.class, kind, communityId)
                : accounts.jdbc().queryForList("select recipient_id from notification where kind = ? and community_id = ? "
                        + "and title = ?", Long.class, kind, communityId, title));
    }

    private Set<Long> awaitTold(String kind, String title, Member... expected) {
        Set<Long> ids = Arrays.stream(expected).map(Member::id).collect(Collectors.toSet());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> told(kind, title).containsAll(ids));
        return told(kind, title);
    }

    private static List<MimeMessage> mailTo(Member m, String subjectPart) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(m.email()) && message.getSubject().contains(subjectPart)) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static MimeMessage awaitMail(Member m, String subjectPart) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(m, subjectPart).size() == 1);
        return mailTo(m, subjectPart).get(0);
    }

    /** Waits a moment for mail that must not come, after the mail that must. */
    private static void settle() {
        Awaitility.await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> true);
    }

    private void assertUnsubscribe(MimeMessage message, String kind) throws MessagingException {
        assertThat(message.getHeader("List-Unsubscribe")[0]).matches("<http://localhost/unsubscribe/[A-Za-z0-9_-]+\\?c="
                + communityId + "&k=" + kind + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void anAnnouncementIsMailedAtOnceToEveryMemberButItsAuthorEachInTheirLanguage() throws Exception {
        Discussing.announce(adminWeb, slug, "Webinar next week", "Join us");

        assertThat(awaitTold("ANNOUNCEMENT", "Webinar next week", moderator, lea, ben))
                .containsExactlyInAnyOrder(moderator.id(), lea.id(), ben.id());
        MimeMessage french = awaitMail(lea, "Webinar next week");
        assertThat(french.getSubject()).isEqualTo(admin.displayName() + " a publié une annonce dans " + name + " : Webinar next week");
        assertThat(GreenMailUtil.getBody(french)).contains("Bonjour");
        assertUnsubscribe(french, "ANNOUNCEMENT");
        MimeMessage english = awaitMail(ben, "Webinar next week");
        assertThat(english.getSubject()).isEqualTo(admin.displayName() + " posted an announcement in " + name + ": Webinar next week");
        awaitMail(moderator, "Webinar next week");
        settle();
        assertThat(mailTo(admin, "Webinar next week")).as("not its author").isEmpty();
        assertThat(mailTo(outsider, "Webinar next week")).as("not someone outside").isEmpty();
    }

    @Test
    void aNewDiscussionRingsTheBellAndWaitsForTheDailyDigestExceptForWhoStoppedFollowing() throws Exception {
        Browser benWeb = accounts.signedIn(ben);
        // The follow box left unticked: Ben stops following the community.
        benWeb.submit("/settings/notifications", "/settings/notifications", "c." + communityId + ".ANY", "INHERIT");
        Discussing.start(adminWeb, slug, "Targeting methods", "Which ones?");

        assertThat(awaitTold("DISCUSSION", "Targeting methods", moderator, lea)).containsExactlyInAnyOrder(moderator.id(), lea.id());
        settle();
        assertThat(mailTo(lea, "Targeting methods")).as("no mail at once: the daily digest by default").isEmpty();

        digests.send(Delivery.DAILY, Instant.now().plusSeconds(1));
        MimeMessage digest = awaitMail(lea, "Votre résumé du jour");
        assertThat(GreenMailUtil.getBody(digest)).contains("Targeting methods");
        assertThat(digest.getHeader("List-Unsubscribe")[0]).contains("k=DIGEST");
        assertThat(mailTo(ben, "digest")).isEmpty();
    }

    @Test
    void aReplyThatAlsoMentionsTheAuthorTellsThemOnce() throws Exception {
        long id = Discussing.start(accounts.signedIn(lea), slug, "Registries", "How do you keep them current?");
        Discussing.comment(accounts.signedIn(ben), slug, id, "[@" + lea.displayName() + "](/members/" + lea.id() + ") we survey yearly.", null);

        MimeMessage mail = awaitMail(lea, "Registries");
        assertThat(mail.getSubject()).startsWith(ben.displayName()).contains("« Registries »");
        settle();
        assertThat(mailTo(lea, "Registries")).hasSize(1);
        assertThat(accounts.jdbc().queryForObject("select count(*) from notification where recipient_id = ? and kind in ('REPLY', 'MENTION')",
                Long.class, lea.id())).isEqualTo(1);
        assertUnsubscribe(mail, mail.getHeader("List-Unsubscribe")[0].contains("k=MENTION") ? "MENTION" : "REPLY");
    }

    @Test
    void aJoinRequestGoesToAdminsAndModeratorsAndTheAnswerToTheRequester() throws Exception {
        String gated = CommunityFixtures.create(adminWeb, "Gated " + System.nanoTime(), "OPEN", "approval", "true");
        long gatedId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, gated);
        Member applicant = accounts.member("Applicant");
        accounts.jdbc().update("update account set preferred_language = 'fr' where id = ?", applicant.id());
        CommunityFixtures.join(accounts.signedIn(applicant), gated, "message", "Let me in");

        MimeMessage toAdmin = awaitMail(admin, applicant.displayName() + " asks to join");
        assertThat(toAdmin.getHeader("List-Unsubscribe")[0]).contains("c=" + gatedId + "&k=JOIN_REQUEST");
        long requestId = accounts.jdbc().queryForObject("select id from join_request where community_id = ?", Long.class, gatedId);
        adminWeb.get("/c/" + gated + "/manage/requests");
        adminWeb.post("/c/" + gated + "/manage/requests/" + requestId + "/approve");

        MimeMessage welcome = awaitMail(applicant, "Bienvenue dans");
        assertThat(welcome.getSubject()).contains("votre demande d’adhésion est acceptée");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> accounts.jdbc().queryForObject(
                "select count(*) from notification where kind = 'JOIN_REQUEST' and community_id = ?", Long.class, gatedId) == 0);
    }

    @Test
    void newFilesAndPagesRingTheBellOfMembersAndWaitForTheWeeklyDigest() throws Exception {
        Filing.uploadOne(accounts.signedIn(ben), slug, "budget-2027.pdf", Filing.pdf(), "title", "Budget 2027");
        adminWeb.get("/c/" + slug + "/pages/new");
        adminWeb.post("/c/" + slug + "/pages/new", "title", "How we work", "body", "Our rules");

        assertThat(awaitTold("NEW_RESOURCE", "Budget 2027", admin, moderator, lea))
                .containsExactlyInAnyOrder(admin.id(), moderator.id(), lea.id());
        assertThat(awaitTold("NEW_RESOURCE", "How we work", moderator, lea, ben))
                .containsExactlyInAnyOrder(moderator.id(), lea.id(), ben.id());
        settle();
        assertThat(mailTo(lea, "Budget 2027")).isEmpty();

        digests.send(Delivery.WEEKLY, Instant.now().plusSeconds(1));
        String body = GreenMailUtil.getBody(awaitMail(lea, "Votre résumé de la semaine"));
        assertThat(body).contains("Budget 2027").contains("How we work");
    }

    @Test
    void registrantsAreRemindedADayAndAnHourBeforeOthersAreNot() throws Exception {
        long event = Scheduling.create(adminWeb, slug, "Members' call", "start", "2097-06-10T10:00", "end", "2097-06-10T11:00",
                "timeZone", "Europe/Paris");
        assertThat(awaitTold("EVENT_PUBLISHED", "Members' call", moderator, lea, ben))
                .containsExactlyInAnyOrder(moderator.id(), lea.id(), ben.id());
        accounts.signedIn(lea).submit(Scheduling.page(slug, event), Scheduling.page(slug, event) + "/register");
        Instant start = LocalDateTime.parse("2097-06-10T10:00").atZone(ZoneId.of("Europe/Paris")).toInstant();

        reminders.sendDue(start.minus(Duration.ofHours(20)));
        MimeMessage day = awaitMail(lea, "Demain dans");
        assertThat(day.getSubject()).contains("Members' call").contains("2097-06-10 10:00 (Europe/Paris)");
        assertUnsubscribe(day, "EVENT_REMINDER");
        reminders.sendDue(start.minus(Duration.ofMinutes(50)));
        awaitMail(lea, "Dans une heure dans");
        settle();
        assertThat(mailTo(ben, "Members' call")).as("not registered").isEmpty();
        assertThat(told("EVENT_REMINDER", "Members' call")).containsExactly(lea.id());
    }

    @Test
    void aRemovedCommentIsToldToItsAuthorWithTheReasonAndVanishesFromOthersBells() throws Exception {
        long id = Discussing.start(accounts.signedIn(ben), slug, "Graduation", "When do people leave the programme?");
        long comment = Discussing.comment(accounts.signedIn(lea), slug, id, "Call me on +216 20 123 456", null,
                "personalDataConfirmed", "true");
        awaitTold("REPLY", "Graduation", ben);
        Browser moderatorWeb = accounts.signedIn(moderator);
        moderatorWeb.get(Discussing.thread(slug, id) + "/comments/" + comment + "/remove");
        moderatorWeb.post(Discussing.thread(slug, id) + "/comments/" + comment + "/remove", "reason", "Personal data");

        MimeMessage mail = awaitMail(lea, "a retiré votre commentaire");
        assertThat(mail.getSubject()).contains("Motif : Personal data").doesNotContain("+216");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> told("REPLY", "Graduation").isEmpty());
    }

    @Test
    void archivingTellsEveryMemberAndGoingQuietWarnsTheAdmins() throws Exception {
        inactivity.warnDue(Instant.now().plus(Duration.ofDays(340)));
        MimeMessage warning = awaitMail(admin, "Nothing new in " + name);
        assertUnsubscribe(warning, "INACTIVITY");
        settle();
        assertThat(mailTo(lea, "Rien de nouveau")).as("members are not warned").isEmpty();

        adminWeb.post("/c/" + slug + "/manage/status", "status", "ARCHIVED");
        assertThat(awaitTold("COMMUNITY_STATUS", null, moderator, lea, ben))
                .containsExactlyInAnyOrder(moderator.id(), lea.id(), ben.id());
        assertThat(awaitMail(lea, "est archivée").getSubject()).startsWith(name);
        assertThat(awaitMail(ben, "is archived").getSubject()).startsWith(name);
    }

    @Test
    void anInvitedAccountSeesItInTheBellAndGetsOneMailTheInvitation() throws Exception {
        Member guest = accounts.member("Guest");
        adminWeb.submit("/c/" + slug + "/manage/invitations", "/c/" + slug + "/manage/invitations",
                "addresses", guest.email(), "message", "Welcome");
        awaitTold("INVITATION", null, guest);
        awaitMail(guest, "invites you to join");
        settle();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(guest.email().toLowerCase(Locale.ROOT))
                        && !m.getSubject().contains("Confirm");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count()).isEqualTo(1);
    }
}
