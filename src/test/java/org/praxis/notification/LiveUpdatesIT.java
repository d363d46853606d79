package org.praxis.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.discussion.Discussing.comment;
import static org.praxis.discussion.Discussing.start;
import static org.praxis.discussion.Discussing.thread;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Live updates over real HTTP (Server-Sent Events): members following a discussion hear of new
 * comments while they may read it, and only then; a member's account channel is theirs alone.
 */
@PraxisIntegrationTest
class LiveUpdatesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(1500);

    @LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired LiveUpdates live;

    Browser admin;
    Member aminaAccount;
    Member brunoAccount;
    Browser amina;
    Browser bruno;
    String publicSlug;

    @BeforeEach
    void publicCommunityWithTwoMembers() {
        Member adminAccount = accounts.member("Live Admin");
        admin = accounts.signedIn(adminAccount);
        publicSlug = CommunityFixtures.create(admin, "Live " + System.nanoTime(), "PUBLIC");
        aminaAccount = accounts.member("Amina");
        brunoAccount = accounts.member("Bruno");
        amina = accounts.signedIn(aminaAccount);
        bruno = accounts.signedIn(brunoAccount);
        CommunityFixtures.join(amina, publicSlug);
        CommunityFixtures.join(bruno, publicSlug);
    }

    @Test
    void memberFollowingADiscussionHearsOfAnotherMembersCommentAndFetchesIt() throws Exception {
        long id = start(amina, publicSlug, "Live talk", "Who is there?");
        long first = comment(amina, publicSlug, id, "Me first", null);

        try (EventStream stream = stream(amina, "?discussion=" + id).awaitOpen()) {
            assertThat(stream.status).isEqualTo(200);
            assertThat(stream.headers.firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.headers.firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));

            long second = comment(bruno, publicSlug, id, "Bruno here", null);

            assertThat(stream.nextAbout("comment:", WAIT)).isEqualTo("comment:" + id);
            String fragment = Browser.body(amina.get(thread(publicSlug, id) + "/comments/after/" + first));
            assertThat(fragment).contains("id=\"comment-" + second + "\"").contains("Bruno here")
                    .doesNotContain("Me first");
        }
    }

    @Test
    void nonMemberGets404ForADiscussionOfAPrivateCommunityAndVisitors401() throws Exception {
        String privateSlug = CommunityFixtures.create(admin, "Live private " + System.nanoTime(), "PRIVATE");
        long id = start(admin, privateSlug, "Board only", "Secret plans");
        long c = comment(admin, privateSlug, id, "Secret comment", null);

        try (EventStream outsider = stream(amina, "?discussion=" + id);
             EventStream unknown = stream(amina, "?discussion=987654321");
             EventStream visitor = EventStream.open(port, null, "")) {
            assertThat(outsider.status).isEqualTo(404);
            assertThat(unknown.status).as("an unknown id looks the same").isEqualTo(404);
            assertThat(visitor.status).isEqualTo(401);
        }
        // The fragment answers as the discussion's page does: refused (403 here, where the
        // community is not hidden and any id answers alike; 404 where it is hidden), never content.
        MvcResult fragment = amina.get(thread(privateSlug, id) + "/comments/after/0");
        assertThat(fragment.getResponse().getStatus()).isEqualTo(amina.get(thread(privateSlug, id)).getResponse().getStatus())
                .isIn(403, 404);
        assertThat(amina.get(thread(privateSlug, 987654321L) + "/comments/after/0").getResponse().getStatus())
                .as("an unknown id looks the same").isEqualTo(fragment.getResponse().getStatus());
        assertThat(Browser.body(fragment)).doesNotContain("Secret comment");
        assertThat(Browser.body(admin.get(thread(privateSlug, id) + "/comments/after/0"))).contains("comment-" + c);
    }

    @Test
    void memberRemovedFromTheCommunityStopsHearingOfItsDiscussion() throws Exception {
        long id = start(bruno, publicSlug, "Who stays", "Text");
        try (EventStream leaving = stream(amina, "?discussion=" + id).awaitOpen();
             EventStream staying = stream(bruno, "?discussion=" + id).awaitOpen()) {
            admin.get("/c/" + publicSlug + "/members");
            assertThat(admin.post("/c/" + publicSlug + "/manage/members/" + aminaAccount.id() + "/remove")
                    .getResponse().getStatus()).isEqualTo(302);

            comment(bruno, publicSlug, id, "After Amina left", null);

            assertThat(staying.nextAbout("comment:", WAIT)).isEqualTo("comment:" + id);
            assertThat(leaving.nextAbout("comment:", QUIET)).as("removed member hears nothing of the discussion").isNull();
        }
    }

    @Test
    void accountChannelReachesOnlyItsMember() throws Exception {
        try (EventStream aminas = stream(amina, "").awaitOpen();
             EventStream brunos = stream(bruno, "").awaitOpen()) {
            live.toAccount(aminaAccount.id(), "notifications");

            assertThat(aminas.next(WAIT)).isEqualTo("notifications:" + aminaAccount.id());
            assertThat(brunos.next(QUIET)).isNull();
        }
    }

    @Test
    void signalsSentInsideATransactionThatRollsBackAreNeverSent(
            @Autowired org.springframework.transaction.PlatformTransactionManager transactions) throws Exception {
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        try (EventStream aminas = stream(amina, "").awaitOpen()) {
            tx.executeWithoutResult(status -> {
                live.toAccount(aminaAccount.id(), "notifications");
                status.setRollbackOnly();
            });
            assertThat(aminas.next(QUIET)).isNull();
            tx.executeWithoutResult(status -> live.toAccount(aminaAccount.id(), "notifications"));
            assertThat(aminas.next(WAIT)).isEqualTo("notifications:" + aminaAccount.id());
        }
    }

    private EventStream stream(Browser browser, String query) {
        return EventStream.open(port, browser.cookies().get("PRAXIS_SESSION").getValue(), query);
    }
}
