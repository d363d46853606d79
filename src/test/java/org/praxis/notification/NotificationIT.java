package org.praxis.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.praxis.shared.mail.MailFolder.StoredMail;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell, the notifications page, e-mails at once with their unsubscribe link, and preferences. */
@PraxisIntegrationTest
class NotificationIT {

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    private long unread(Member member) {
        return accounts.jdbc().queryForObject("select count(*) from notification where recipient_id = ? and read_at is null",
                Long.class, member.id());
    }

    private void awaitNotifications(Member member, int n) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> accounts.jdbc().queryForObject(
                "select count(*) from notification where recipient_id = ?", Long.class, member.id()) >= n);
    }

    @Test
    void aReplyToMyDiscussionRingsTheBellAndIsMailedAtOnceInMyLanguage() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Replies " + System.nanoTime(), "PUBLIC");
        Member author = CommunityFixtures.memberOf(accounts, admin, slug, "Author");
        accounts.jdbc().update("update account set preferred_language = 'fr' where id = ?", author.id());
        Member replier = CommunityFixtures.memberOf(accounts, admin, slug, "Replier");
        Browser authorBrowser = accounts.signedIn(author);
        long id = Discussing.start(authorBrowser, slug, "Cash transfers in Tunisia", "What works?");

        Discussing.comment(accounts.signedIn(replier), slug, id, "Cash plus works well.", null);

        StoredMail mail = mailbox.await(author.email(), "a répondu dans « Cash transfers in Tunisia »");
        assertThat(mail.subject()).startsWith(replier.displayName());
        assertThat(mail.text()).contains("Bonjour " + author.displayName()).contains("/c/" + slug + "/discussions/" + id)
                .contains("/unsubscribe/");
        assertThat(mail.html()).contains("lang=\"fr\"").contains("/settings/notifications");
        assertThat(mail.listUnsubscribe()).matches("<http://localhost/unsubscribe/[A-Za-z0-9_-]+\\?c=\\d+&k=REPLY>");
        assertThat(mail.messageId()).isNotBlank();

        String page = Browser.body(authorBrowser.get("/"));
        assertThat(page).contains("id=\"notification-bell\"").contains("class=\"notification-count\"");
        String bell = Browser.body(authorBrowser.get("/notifications/bell"));
        assertThat(bell).startsWith("<a").contains("id=\"notification-bell\"").contains(">1</span>").doesNotContain("<html");
        String list = Browser.body(authorBrowser.get("/notifications"));
        assertThat(list).contains("a répondu dans").contains("Cash transfers in Tunisia");
        assertThat(unread(author)).isEqualTo(1);

        long notificationId = accounts.jdbc().queryForObject("select id from notification where recipient_id = ?", Long.class, author.id());
        var open = authorBrowser.get("/notifications/" + notificationId + "/open");
        assertThat(open.getResponse().getRedirectedUrl()).contains("/c/" + slug + "/discussions/" + id).contains("#comment-");
        assertThat(unread(author)).isZero();
        assertThat(accounts.jdbc().queryForObject("select count(*) from notification where recipient_id = ? and kind = 'REPLY'",
                Long.class, replier.id())).as("nobody is told of their own comment").isZero();
    }

    @Test
    void aMemberIsNotToldOfAnotherMembersNotificationsAndCannotOpenThem() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Own bell " + System.nanoTime(), "PUBLIC");
        Member author = CommunityFixtures.memberOf(accounts, admin, slug, "Author");
        long id = Discussing.start(accounts.signedIn(author), slug, "Private thoughts", "Text");
        Discussing.comment(admin, slug, id, "An answer", null);
        awaitNotifications(author, 1);
        long notificationId = accounts.jdbc().queryForObject("select id from notification where recipient_id = ?", Long.class, author.id());

        Browser other = accounts.signedIn(accounts.member("Other"));
        assertThat(other.get("/notifications/" + notificationId + "/open").getResponse().getRedirectedUrl()).isEqualTo("/notifications");
        other.post("/notifications/" + notificationId + "/read");
        assertThat(unread(author)).as("another member cannot mark it read").isEqualTo(1);
        assertThat(Browser.body(other.get("/notifications"))).doesNotContain("Private thoughts");
        assertThat(accounts.browser().get("/notifications").getResponse().getStatus()).as("a visitor signs in first").isEqualTo(302);
    }

    @Test
    void oneClickUnsubscribeStopsThatKindFromThatCommunity() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Unsubscribing " + System.nanoTime(), "PUBLIC");
        Member author = CommunityFixtures.memberOf(accounts, admin, slug, "Author");
        Browser authorBrowser = accounts.signedIn(author);
        long first = Discussing.start(authorBrowser, slug, "First question", "Text");
        Discussing.comment(admin, slug, first, "First answer", null);
        StoredMail mail = mailbox.await(author.email(), "First question");
        String link = mail.listUnsubscribe().replaceAll("^<http://localhost|>$", "");

        assertThat(accounts.browser().get(link).getResponse().getStatus()).as("following the link only asks").isEqualTo(200);
        assertThat(accounts.jdbc().queryForObject("select count(*) from notification_preference where account_id = ?", Long.class,
                author.id())).isZero();
        var done = accounts.browser().postWithoutCsrf(link, "List-Unsubscribe", "One-Click");
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(accounts.jdbc().queryForObject("select delivery from notification_preference where account_id = ? and kind = 'REPLY'",
                String.class, author.id())).isEqualTo("OFF");

        long second = Discussing.start(authorBrowser, slug, "Second question", "Text");
        Discussing.comment(admin, slug, second, "Second answer", null);
        awaitNotifications(author, 2);
        assertThat(mailbox.latest(author.email(), "Second question")).as("no mail any more, the bell still rings").isNull();

        assertThat(accounts.browser().postWithoutCsrf("/unsubscribe/not-a-token").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void preferencesAreSavedAndHostileValuesAreRefused() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Preferences " + System.nanoTime(), "PUBLIC");
        Member member = CommunityFixtures.memberOf(accounts, admin, slug, "Member");
        Browser browser = accounts.signedIn(member);
        long communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);

        String page = Browser.body(browser.get("/settings/notifications"));
        assertThat(page).contains("name=\"d.MENTION\"").contains("name=\"c." + communityId + ".ANY\"");

        browser.post("/settings/notifications", "d.DISCUSSION", "WEEKLY", "c." + communityId + ".ANY", "OFF",
                "c." + communityId + ".MENTION", "IMMEDIATE");
        assertThat(accounts.jdbc().queryForList("select community_id || ':' || kind || ':' || delivery from notification_preference "
                + "where account_id = ? order by 1", String.class, member.id()))
                .containsExactlyInAnyOrder("0:DISCUSSION:WEEKLY", communityId + ":ANY:OFF", communityId + ":MENTION:IMMEDIATE");
        assertThat(accounts.jdbc().queryForObject("select count(*) from notification_unfollow where account_id = ?", Long.class,
                member.id())).as("the follow box was not ticked").isEqualTo(1);

        var refused = browser.post("/settings/notifications", "d.DISCUSSION", "<script>", "c." + communityId + ".ANY", "DAILY");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(refused)).contains("Choose one of the listed options").doesNotContain("<script>");
        assertThat(accounts.jdbc().queryForObject("select delivery from notification_preference where account_id = ? and community_id = ? "
                + "and kind = 'ANY'", String.class, member.id(), communityId)).as("nothing changed").isEqualTo("OFF");
    }

    @Test
    void theApiListsMyNotificationsMarksThemReadAndReplacesMyPreferences() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Api bell " + System.nanoTime(), "PUBLIC");
        Member author = CommunityFixtures.memberOf(accounts, admin, slug, "Author");
        long communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        long id = Discussing.start(accounts.signedIn(author), slug, "Api question", "Text");
        Discussing.comment(admin, slug, id, "Api answer", null);
        awaitNotifications(author, 1);
        ApiClient api = ApiClient.as(accounts, author, port);

        ApiClient.Answer list = api.get("/api/v1/notifications");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("unread").asLong()).isEqualTo(1);
        JsonNode item = list.body().get("items").get(0);
        assertThat(item.get("kind").asText()).isEqualTo("REPLY");
        assertThat(item.get("text").asText()).contains("Api question");
        assertThat(api.post("/api/v1/notifications/" + item.get("id").asLong() + "/read", "").status()).isEqualTo(204);
        assertThat(unread(author)).isZero();

        ApiClient.Answer saved = api.call("PUT", "/api/v1/me/notification-preferences", "{\"platformWide\":{\"REPLY\":\"WEEKLY\"},"
                + "\"communities\":[{\"id\":" + communityId + ",\"following\":false,\"all\":\"DAILY\",\"byKind\":{}}]}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("platformWide").get("REPLY").asText()).isEqualTo("WEEKLY");
        assertThat(saved.body().get("communities").get(0).get("following").asBoolean()).isFalse();
        assertThat(api.call("PUT", "/api/v1/me/notification-preferences", "{\"platformWide\":{\"REPLY\":\"LOUDLY\"}}").status())
                .as("an unknown delivery is refused").isBetween(400, 422);
        assertThat(api.call("PUT", "/api/v1/me/notification-preferences", "{\"platformWide\":{\"REPLY\":\"LOUDLY\"}}")
                .contentType()).startsWith("application/problem+json");
        assertThat(ApiClient.anonymous(port).get("/api/v1/notifications").status()).isEqualTo(401);
    }

    @Test
    void anUnsubscribeLinkNamesOnlyCommunitiesItsHolderBelongsToAndStopsWhatWaitsForADigest() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Unsubscribe scope " + System.nanoTime(), "PUBLIC");
        String hiddenName = "Secret circle " + System.nanoTime();
        String hidden = CommunityFixtures.create(admin, hiddenName, "PRIVATE_HIDDEN");
        long hiddenId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, hidden);
        Member author = CommunityFixtures.memberOf(accounts, admin, slug, "Author");
        long id = Discussing.start(accounts.signedIn(author), slug, "Scope question", "Text");
        Discussing.comment(admin, slug, id, "Scope answer", null);
        StoredMail mail = mailbox.await(author.email(), "Scope question");
        String token = mail.listUnsubscribe().replaceAll("^<http://localhost/unsubscribe/|\\?.*$", "");

        String probe = Browser.body(accounts.browser().get("/unsubscribe/" + token + "?c=" + hiddenId + "&k=REPLY"));
        assertThat(probe).doesNotContain(hiddenName).contains("Stop e-mails about");
        assertThat(accounts.browser().get("/unsubscribe/" + token + "?k=NOT_A_KIND").getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get("/unsubscribe/" + token + "?k=INVITATION").getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.body(accounts.browser().get("/unsubscribe/" + token + "?k=DIGEST"))).contains("daily and weekly digests");

        Discussing.start(admin, slug, "Waiting for the digest", "Text");
        awaitNotifications(author, 2);
        accounts.browser().postWithoutCsrf("/unsubscribe/" + token + "?k=DIGEST");
        assertThat(accounts.jdbc().queryForObject("select count(*) from notification where recipient_id = ? and email_plan = 'DAILY' "
                + "and emailed_at is null", Long.class, author.id())).as("what waited is not sent").isZero();
        assertThat(accounts.jdbc().queryForObject("select delivery from notification_preference where account_id = ? and community_id = 0 "
                + "and kind = 'DISCUSSION'", String.class, author.id())).isEqualTo("OFF");
    }

    @Test
    void aNewsletterIsOnOrOffNotDigested() {
        Member member = accounts.member("Reader");
        Browser browser = accounts.signedIn(member);
        browser.get("/settings/notifications");
        var refused = browser.post("/settings/notifications", "d.NEWSLETTER", "WEEKLY");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(Browser.body(browser.get("/settings/notifications")))
                .containsPattern("name=\"d\\.NEWSLETTER\"[^<]*>\\s*<option value=\"IMMEDIATE\"[^>]*>[^<]*</option>\\s*<option value=\"OFF\"");
    }
}
