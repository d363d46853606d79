package org.praxis.discussion.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.ApiClient;
import org.praxis.ApiClient.Answer;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Discussions over the JSON API, as an app or a script would use them: starting, reading a long
 * thread page by page, commenting and replying, editing, removing, pinning, locking, reacting,
 * revisions; retries with an Idempotency-Key; and many members commenting at the same moment.
 */
@PraxisIntegrationTest
class DiscussionApiIT {

    @Autowired TestAccounts accounts;
    @LocalServerPort int port;

    Member aminaAccount;
    Browser adminWeb;
    ApiClient admin;
    ApiClient amina;
    ApiClient bruno;
    ApiClient outsider;
    String slug;
    String discussions;

    @BeforeEach
    void publicCommunityWithTwoMembersAndAnOutsider() {
        Member adminAccount = accounts.member("Admin");
        adminWeb = accounts.signedIn(adminAccount);
        slug = CommunityFixtures.create(adminWeb, "Api talk " + System.nanoTime(), "PUBLIC");
        aminaAccount = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Amina");
        Member brunoAccount = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Bruno");
        admin = ApiClient.as(accounts, adminAccount, port);
        amina = ApiClient.as(accounts, aminaAccount, port);
        bruno = ApiClient.as(accounts, brunoAccount, port);
        outsider = ApiClient.as(accounts, accounts.member("Outsider"), port);
        discussions = "/api/v1/communities/" + slug + "/discussions";
    }

    @Test
    void memberStartsADiscussionAndReadsALongThreadPageByPageFromEitherEnd() {
        Answer started = amina.post(discussions, "{\"title\":\"Cash transfers\",\"body\":\"What **works**?\",\"tags\":[\"Cash\"]}");
        assertThat(started.status()).isEqualTo(201);
        long id = started.body().get("id").asLong();
        assertThat(started.header("Location")).isEqualTo(discussions + "/" + id);
        assertThat(started.body().get("url").asString()).isEqualTo(discussions + "/" + id);

        Answer list = bruno.get(discussions);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("total").asLong()).isEqualTo(1);
        assertThat(list.body().get("items").get(0).get("title").asString()).isEqualTo("Cash transfers");
        assertThat(bruno.get(discussions + "?tag=cash").body().get("total").asLong()).isEqualTo(1);
        assertThat(bruno.get(discussions + "?tag=other").body().get("total").asLong()).isZero();

        for (int i = 1; i <= 120; i++) {
            accounts.jdbc().update("insert into discussion_comment (discussion_id, author_id, body, created_at) "
                    + "values (?, ?, ?, current_timestamp)", id, aminaAccount.id(), "Comment number " + i + ".");
        }
        JsonNode first = bruno.get(discussions + "/" + id).body();
        assertThat(first.get("discussion").get("bodyHtml").asString()).contains("<strong>works</strong>");
        assertThat(bodies(first)).hasSize(50).startsWith("Comment number 1.").endsWith("Comment number 50.");
        assertThat(first.get("olderBefore").isNull()).isTrue();

        JsonNode second = bruno.get(discussions + "/" + id + "?after=" + first.get("newerAfter").asLong()).body();
        assertThat(bodies(second)).hasSize(50).startsWith("Comment number 51.").endsWith("Comment number 100.");

        JsonNode last = bruno.get(discussions + "/" + id + "?before=" + Long.MAX_VALUE).body();
        assertThat(bodies(last)).hasSize(50).startsWith("Comment number 71.").endsWith("Comment number 120.");
        assertThat(last.get("newerAfter").isNull()).isTrue();
        JsonNode beforeLast = bruno.get(discussions + "/" + id + "?before=" + last.get("olderBefore").asLong()).body();
        assertThat(bodies(beforeLast)).hasSize(50).startsWith("Comment number 21.").endsWith("Comment number 70.");
    }

    @Test
    void membersCommentReplyAndEditTheirOwnCommentsButNotOthers() {
        long id = startAs(amina, "Targeting");
        Answer commented = bruno.post(discussions + "/" + id + "/comments", "{\"body\":\"We register by phone.\"}");
        assertThat(commented.status()).isEqualTo(201);
        long comment = commented.body().get("id").asLong();
        assertThat(commented.header("Location")).startsWith(discussions + "/" + id + "?after=");
        Answer replied = amina.post(discussions + "/" + id + "/comments", "{\"body\":\"Offline too?\",\"replyTo\":" + comment + "}");
        assertThat(replied.status()).isEqualTo(201);
        long reply = replied.body().get("id").asLong();

        JsonNode thread = amina.get(discussions + "/" + id).body();
        assertThat(thread.get("discussion").get("comments").asInt()).isEqualTo(2);
        assertThat(thread.get("comments")).hasSize(1);
        assertThat(thread.get("comments").get(0).get("replies").get(0).get("id").asLong()).isEqualTo(reply);

        assertThat(bruno.call("PUT", discussions + "/" + id + "/comments/" + comment, "{\"body\":\"We register by phone and SMS.\"}")
                .status()).isEqualTo(204);
        assertThat(commentBody(comment)).isEqualTo("We register by phone and SMS.");
        assertThat(amina.call("PUT", discussions + "/" + id + "/comments/" + comment, "{\"body\":\"Not yours\"}").status())
                .as("a member edits only their own comment").isEqualTo(403);
        assertThat(commentBody(comment)).isEqualTo("We register by phone and SMS.");

        long elsewhere = startAs(amina, "Another discussion");
        assertThat(amina.post(discussions + "/" + elsewhere + "/comments", "{\"body\":\"Astray\",\"replyTo\":" + comment + "}")
                .status()).as("a reply to a comment of another discussion").isEqualTo(404);
        assertThat(amina.post(discussions + "/" + id + "/comments", "{\"body\":\"   \"}").status())
                .as("an empty comment").isEqualTo(400);
    }

    @Test
    void authorsRemoveTheirOwnCommentsAndModeratorsRemoveOthersWithAReason() {
        long id = startAs(amina, "Removals");
        long mine = commentAs(bruno, id, "Oops, wrong thread");
        long offTopic = commentAs(amina, id, "Something off-topic");

        assertThat(bruno.call("DELETE", discussions + "/" + id + "/comments/" + mine, null).status()).isEqualTo(204);
        assertThat(bruno.call("DELETE", discussions + "/" + id + "/comments/" + offTopic + "?reason=No", null).status())
                .as("members do not remove others' comments").isEqualTo(403);
        Answer noReason = admin.call("DELETE", discussions + "/" + id + "/comments/" + offTopic, null);
        assertThat(noReason.status()).as("a moderator's removal needs a reason").isEqualTo(400);
        assertThat(noReason.body().get("errors").toString()).contains("\"field\":\"reason\"");
        assertThat(admin.call("DELETE", discussions + "/" + id + "/comments/" + offTopic + "?reason=Off-topic", null).status())
                .isEqualTo(204);

        JsonNode thread = bruno.get(discussions + "/" + id).body();
        for (JsonNode c : thread.get("comments")) {
            assertThat(c.get("removed").asBoolean()).isTrue();
            assertThat(c.get("bodyHtml").isNull()).as("a removed comment shows no text").isTrue();
        }
        assertThat(accounts.jdbc().queryForObject("select removal_reason from discussion_comment where id = ?",
                String.class, offTopic)).isEqualTo("Off-topic");

        assertThat(amina.call("DELETE", discussions + "/" + id, null).status()).as("the author removes the discussion")
                .isEqualTo(204);
        assertThat(bruno.get(discussions + "/" + id).status()).as("a removed discussion is gone for members").isEqualTo(404);
        assertThat(bruno.get(discussions).body().get("total").asLong()).isZero();
    }

    @Test
    void moderatorsPinAndLockAndMembersCannot() {
        long older = startAs(amina, "Older but pinned");
        startAs(amina, "Newer");
        assertThat(bruno.call("PUT", discussions + "/" + older + "/flags", "{\"pinned\":true}").status()).isEqualTo(403);
        assertThat(admin.call("PUT", discussions + "/" + older + "/flags", "{\"pinned\":true,\"locked\":true}").status())
                .isEqualTo(204);

        JsonNode items = bruno.get(discussions).body().get("items");
        assertThat(items.get(0).get("title").asString()).isEqualTo("Older but pinned");
        assertThat(items.get(0).get("locked").asBoolean()).isTrue();
        assertThat(bruno.post(discussions + "/" + older + "/comments", "{\"body\":\"Can I?\"}").status())
                .as("members cannot comment on a locked discussion").isEqualTo(403);
        assertThat(admin.post(discussions + "/" + older + "/comments", "{\"body\":\"Moderators can.\"}").status())
                .isEqualTo(201);
    }

    @Test
    void membersReactOnceAndTakeTheirReactionBack() {
        long id = startAs(amina, "Reactions");
        long comment = commentAs(amina, id, "Thanks for reading");
        String onComment = discussions + "/" + id + "/reactions/THANKS?comment=" + comment;

        assertThat(bruno.call("PUT", onComment, null).status()).isEqualTo(204);
        assertThat(bruno.call("PUT", onComment, null).status()).as("reacting twice").isEqualTo(204);
        assertThat(admin.call("PUT", discussions + "/" + id + "/reactions/LIKE", null).status()).isEqualTo(204);
        assertThat(reactions(id, comment)).isEqualTo(1);
        assertThat(reactions(id, 0)).isEqualTo(1);

        assertThat(bruno.call("DELETE", onComment, null).status()).isEqualTo(204);
        assertThat(reactions(id, comment)).isZero();
        assertThat(outsider.call("PUT", onComment, null).status()).as("non-members do not react").isEqualTo(403);
        assertThat(bruno.call("PUT", discussions + "/" + id + "/reactions/APPLAUSE", null).status())
                .as("an unknown reaction").isEqualTo(400);
        assertThat(bruno.call("PUT", discussions + "/" + id + "/reactions/LIKE?comment=" + Long.MAX_VALUE, null).status())
                .as("a reaction to a comment that does not exist").isEqualTo(404);
        assertThat(reactions(id, comment)).isZero();
    }

    @Test
    void revisionsAreShownToModeratorsOnly() {
        long id = startAs(amina, "First title");
        long comment = commentAs(amina, id, "First comment");
        assertThat(amina.call("PUT", discussions + "/" + id, "{\"title\":\"Better title\",\"body\":\"Better text\"}").status())
                .isEqualTo(204);
        assertThat(amina.call("PUT", discussions + "/" + id + "/comments/" + comment, "{\"body\":\"Better comment\"}").status())
                .isEqualTo(204);

        Answer revisions = admin.get(discussions + "/" + id + "/revisions");
        assertThat(revisions.status()).isEqualTo(200);
        assertThat(revisions.body().get(0).get("title").asString()).isEqualTo("First title");
        assertThat(admin.get(discussions + "/" + id + "/revisions?comment=" + comment).body().get(0).get("body").asString())
                .isEqualTo("First comment");
        assertThat(bruno.get(discussions + "/" + id + "/revisions").status()).as("members").isEqualTo(403);
        assertThat(amina.get(discussions + "/" + id + "/revisions").status()).as("the author").isEqualTo(403);
        assertThat(outsider.get(discussions + "/" + id + "/revisions").status()).as("non-members").isEqualTo(403);
        assertThat(bruno.get(discussions + "/" + id).body().get("discussion").get("body").isNull())
                .as("the Markdown source is only for those who may edit").isTrue();
    }

    @Test
    void outsidersAreRefusedAndIdsOfOtherCommunitiesAreNotFound() {
        long id = startAs(amina, "Members only here");
        assertThat(outsider.get(discussions).status()).isEqualTo(403);
        assertThat(outsider.get(discussions + "/" + id).status()).isEqualTo(403);
        assertThat(outsider.post(discussions, "{\"title\":\"Let me\",\"body\":\"x\"}").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get(discussions + "/" + id).status()).isEqualTo(401);

        Browser founder = accounts.signedIn(accounts.member("Founder"));
        String hidden = CommunityFixtures.create(founder, "Hidden " + System.nanoTime(), "PRIVATE_HIDDEN");
        assertThat(outsider.get("/api/v1/communities/" + hidden + "/discussions").status())
                .as("a hidden community's discussions").isEqualTo(404);
        String other = CommunityFixtures.create(founder, "Other " + System.nanoTime(), "OPEN");
        assertThat(amina.get("/api/v1/communities/" + other + "/discussions/" + id).status())
                .as("a discussion under another community's address").isEqualTo(404);
        assertThat(bruno.get(discussions + "/" + Long.MAX_VALUE).status()).isEqualTo(404);

        // The admin here is admin of another community too: its address does not reach this one's discussions.
        String mine = CommunityFixtures.create(adminWeb, "Admin's other " + System.nanoTime(), "PUBLIC");
        String astray = "/api/v1/communities/" + mine + "/discussions/" + id;
        assertThat(admin.call("PUT", astray + "/flags", "{\"pinned\":true}").status()).as("pin").isEqualTo(404);
        assertThat(admin.get(astray + "/revisions").status()).as("revisions").isEqualTo(404);
        assertThat(admin.call("PUT", astray + "/reactions/LIKE", null).status()).as("react").isEqualTo(404);
        assertThat(admin.call("PUT", astray, "{\"title\":\"Taken over\",\"body\":\"x\"}").status()).as("edit").isEqualTo(404);
        assertThat(admin.call("DELETE", astray + "?reason=Mine", null).status()).as("remove").isEqualTo(404);
        assertThat(bruno.get(discussions + "/" + id).body().get("discussion").get("title").asString())
                .isEqualTo("Members only here");
        assertThat(bruno.get(discussions + "/" + id).body().get("discussion").get("pinned").asBoolean()).isFalse();
    }

    @Test
    void retriedCommentWithTheSameKeyCreatesOneCommentAndGetsTheFirstAnswerAgain() {
        long id = startAs(amina, "Retries");
        String body = "{\"body\":\"Posted once, whatever the network does.\"}";
        Answer first = bruno.call("POST", discussions + "/" + id + "/comments", body, Map.of("Idempotency-Key", "retry-1"));
        Answer retry = bruno.call("POST", discussions + "/" + id + "/comments", body, Map.of("Idempotency-Key", "retry-1"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(commentsOn(id)).isEqualTo(1);

        Answer other = bruno.call("POST", discussions + "/" + id + "/comments", body, Map.of("Idempotency-Key", "retry-2"));
        assertThat(other.status()).as("another key is another comment").isEqualTo(201);
        assertThat(commentsOn(id)).isEqualTo(2);
    }

    @Test
    void sameKeyWithADifferentCommentIsRefused() {
        long id = startAs(amina, "Key reuse");
        Map<String, String> key = Map.of("Idempotency-Key", "reused-key");
        assertThat(bruno.call("POST", discussions + "/" + id + "/comments", "{\"body\":\"First\"}", key).status()).isEqualTo(201);

        Answer reused = bruno.call("POST", discussions + "/" + id + "/comments", "{\"body\":\"Something else\"}", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.body().get("type").asString()).endsWith("/problems/idempotency-key-reused");
        assertThat(commentsOn(id)).isEqualTo(1);
    }

    @Test
    void invalidKeyIsRefusedAndNothingIsPosted() {
        long id = startAs(amina, "Bad keys");
        Answer tooLong = bruno.call("POST", discussions + "/" + id + "/comments", "{\"body\":\"Hello\"}",
                Map.of("Idempotency-Key", "k".repeat(300)));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.body().get("errors").toString()).contains("Idempotency-Key");
        assertThat(commentsOn(id)).isZero();
    }

    @Test
    void failedFirstAttemptDoesNotUseUpTheKey() {
        long id = startAs(amina, "Second chance");
        Map<String, String> key = Map.of("Idempotency-Key", "second-chance");
        assertThat(bruno.call("POST", discussions + "/" + id + "/comments", "{\"body\":\"\"}", key).status()).isEqualTo(400);
        assertThat(bruno.call("POST", discussions + "/" + id + "/comments", "{\"body\":\"\"}", key).status())
                .as("the same mistake again is refused again, not replayed").isEqualTo(400);

        Answer fixed = bruno.call("POST", discussions + "/" + id + "/comments", "{\"body\":\"Now with text\"}", key);
        assertThat(fixed.status()).isEqualTo(201);
        assertThat(fixed.header("Idempotent-Replayed")).isNull();
        assertThat(commentsOn(id)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithTheSameKeyCreateExactlyOneComment() throws Exception {
        long id = startAs(amina, "Impatient client");
        String body = "{\"body\":\"Sent five times at once\"}";
        List<Answer> answers = all(5, n -> () -> bruno.call("POST", discussions + "/" + id + "/comments", body,
                Map.of("Idempotency-Key", "at-once")));

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(a -> a.header("Location")).containsOnly(answers.get(0).header("Location"));
        assertThat(answers).filteredOn(a -> a.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(commentsOn(id)).isEqualTo(1);
    }

    @Test
    void fiftyCommentsPostedAtOnceAreAllKeptAndCounted() throws Exception {
        long id = startAs(amina, "Busy thread");
        List<ApiClient> members = new ArrayList<>(List.of(amina, bruno, admin));
        for (int i = 0; i < 2; i++) {
            Member m = CommunityFixtures.memberOf(accounts, adminWeb, slug, "Commenter");
            members.add(ApiClient.as(accounts, m, port));
        }

        List<Answer> answers = all(50, n -> () -> members.get(n % members.size())
                .post(discussions + "/" + id + "/comments", "{\"body\":\"Comment " + n + " at once\"}"));

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(accounts.jdbc().queryForObject("select comment_count from discussion where id = ?", Integer.class, id))
                .isEqualTo(50);
        assertThat(commentsOn(id)).isEqualTo(50);
        assertThat(bruno.get(discussions + "/" + id).body().get("discussion").get("comments").asInt()).isEqualTo(50);
    }

    /** Runs {@code n} calls together (released at the same instant) and returns their answers. */
    private static List<Answer> all(int n, java.util.function.IntFunction<Callable<Answer>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Answer> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    return c.call();
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private long startAs(ApiClient author, String title) {
        Answer answer = author.post(discussions, "{\"title\":\"" + title + "\",\"body\":\"Text of " + title + "\"}");
        assertThat(answer.status()).as("start %s", title).isEqualTo(201);
        return answer.body().get("id").asLong();
    }

    private long commentAs(ApiClient author, long discussionId, String text) {
        Answer answer = author.post(discussions + "/" + discussionId + "/comments", "{\"body\":\"" + text + "\"}");
        assertThat(answer.status()).as("comment %s", text).isEqualTo(201);
        return answer.body().get("id").asLong();
    }

    private static List<String> bodies(JsonNode thread) {
        List<String> bodies = new ArrayList<>();
        thread.get("comments").forEach(c -> bodies.add(c.get("bodyHtml").asString().replaceAll("</?p>", "").strip()));
        return bodies;
    }

    private String commentBody(long id) {
        return accounts.jdbc().queryForObject("select body from discussion_comment where id = ?", String.class, id);
    }

    private long commentsOn(long discussionId) {
        return accounts.jdbc().queryForObject("select count(*) from discussion_comment where discussion_id = ?",
                Long.class, discussionId);
    }

    private long reactions(long discussionId, long commentId) {
        return accounts.jdbc().queryForObject("select count(*) from discussion_reaction where discussion_id = ? "
                + "and comment_id = ?", Long.class, discussionId, commentId);
    }
}
