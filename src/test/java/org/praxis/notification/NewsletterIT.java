package org.praxis.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.praxis.shared.mail.MailFolder.StoredMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Admins compose a newsletter from recent news, preview it and send it once to every member who wants it. */
@PraxisIntegrationTest
class NewsletterIT {

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;

    private List<Long> newsIds(long communityId) {
        return accounts.jdbc().queryForList("select id from notification_news where community_id = ? order by id", Long.class, communityId);
    }

    /** The announcement's news: listeners record news in parallel, so ids do not follow the posting order. */
    private Long announcementNews(long communityId) {
        return accounts.jdbc().queryForObject("select id from notification_news where community_id = ? and kind = 'ANNOUNCEMENT'",
                Long.class, communityId);
    }

    @Test
    void anAdminPicksNewsWritesAnEditorialPreviewsAndSendsItOnceToEachMemberInTheirLanguage() {
        Member admin = accounts.member("Admin");
        Browser adminWeb = accounts.signedIn(admin);
        String name = "Newsletter " + System.nanoTime();
        String slug = CommunityFixtures.create(adminWeb, name, "PUBLIC");
        long communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        Member lea = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Léa");
        accounts.jdbc().update("update account set preferred_language = 'fr' where id = ?", lea.id());
        Member ben = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Ben");
        Member quiet = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Quiet");
        Discussing.announce(adminWeb, slug, "Annual meeting", "In March");
        Discussing.start(adminWeb, slug, "Off-topic chat", "Hello");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> newsIds(communityId).size() == 2);
        List<Long> news = newsIds(communityId);
        accounts.jdbc().update("insert into notification_preference (account_id, community_id, kind, delivery) values (?, ?, 'NEWSLETTER', 'OFF')",
                quiet.id(), communityId);

        String form = Browser.body(adminWeb.get("/c/" + slug + "/manage/newsletters/new"));
        assertThat(form).contains("Announcement: Annual meeting").contains("Discussion: Off-topic chat").contains("News from " + name);

        MvcResult preview = adminWeb.post("/c/" + slug + "/manage/newsletters/preview", "subject", "March news",
                "editorial", "Dear members, **welcome**! <script>alert(1)</script>", "news", announcementNews(communityId).toString());
        String page = Browser.body(preview);
        assertThat(page).contains("<strong>welcome</strong>").doesNotContain("<script>alert")
                .contains("Announcement: Annual meeting").doesNotContain("Off-topic chat").contains("Send to 3 members");
        long draft = accounts.jdbc().queryForObject("select id from notification_newsletter where community_id = ?", Long.class, communityId);
        assertThat(mailbox.latest(ben.email(), "March news")).as("nothing goes before sending").isNull();

        adminWeb.post("/c/" + slug + "/manage/newsletters/" + draft + "/send");
        adminWeb.get("/c/" + slug + "/manage/newsletters");
        adminWeb.post("/c/" + slug + "/manage/newsletters/" + draft + "/send");

        StoredMail french = mailbox.await(lea.email(), "March news");
        assertThat(french.text()).contains("Bonjour").contains("Annonce : Annual meeting").contains("Dear members, **welcome**!");
        assertThat(french.html()).contains("<strong>welcome</strong>").doesNotContain("<script>alert");
        assertThat(french.listUnsubscribe()).contains("c=" + communityId + "&k=NEWSLETTER");
        StoredMail english = mailbox.await(ben.email(), "March news");
        assertThat(english.text()).contains("Announcement: Annual meeting");
        mailbox.await(admin.email(), "March news");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> accounts.jdbc().queryForObject(
                "select recipients from notification_newsletter where id = ?", Integer.class, draft) != null);
        assertThat(accounts.jdbc().queryForObject("select count(*) from mail_delivery where idempotency_key like ?", Long.class,
                "newsletter:" + draft + ":%")).as("one message per member though Send was pressed twice").isEqualTo(3);
        assertThat(mailbox.latest(quiet.email(), "March news")).as("who turned the newsletter off").isNull();

        String history = Browser.body(adminWeb.get("/c/" + slug + "/manage/newsletters"));
        assertThat(history).contains("March news").contains(">3<");
    }

    @Test
    void onlyAdminsComposeAndBadInputIsRefusedWithMessages() {
        Member admin = accounts.member("Admin");
        Browser adminWeb = accounts.signedIn(admin);
        String slug = CommunityFixtures.create(adminWeb, "Newsletter rules " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Member");
        Browser memberWeb = accounts.signedIn(member);
        assertThat(memberWeb.get("/c/" + slug + "/manage/newsletters").getResponse().getStatus()).isEqualTo(403);
        assertThat(memberWeb.get("/c/" + slug + "/manage/newsletters/new").getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.browser().get("/c/" + slug + "/manage/newsletters").getResponse().getStatus()).isIn(302, 403);
        String hidden = CommunityFixtures.create(adminWeb, "Hidden letters " + System.nanoTime(), "PRIVATE_HIDDEN");
        assertThat(memberWeb.get("/c/" + hidden + "/manage/newsletters").getResponse().getStatus()).isEqualTo(404);

        adminWeb.get("/c/" + slug + "/manage/newsletters/new");
        MvcResult empty = adminWeb.post("/c/" + slug + "/manage/newsletters/preview", "subject", "", "editorial", "");
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(empty)).contains("Give the newsletter a subject").contains("Write an editorial or pick at least one");
        MvcResult longOne = adminWeb.post("/c/" + slug + "/manage/newsletters/preview", "subject", "x".repeat(201), "editorial", "Hi");
        assertThat(Browser.body(longOne)).contains("at most 200 characters");
        MvcResult foreign = adminWeb.post("/c/" + slug + "/manage/newsletters/preview", "subject", "Stolen", "editorial", "",
                "news", "999999999");
        assertThat(foreign.getResponse().getStatus()).as("news of another community is not taken").isEqualTo(422);
        assertThat(accounts.jdbc().queryForObject("select count(*) from notification_newsletter n join community c on c.id = n.community_id "
                + "where c.slug = ?", Long.class, slug)).isZero();
        assertThat(memberWeb.post("/c/" + slug + "/manage/newsletters/1/send").getResponse().getStatus()).isEqualTo(403);
    }
}
