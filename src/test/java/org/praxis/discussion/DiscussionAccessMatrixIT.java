package org.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.AccessMatrix;
import org.praxis.community.Refusal;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Who reads and writes discussions and announcements, over the pages and the API, for every
 * privacy, status and actor. The table mirrors ACCESS-RULES.md and is written by hand, apart from
 * the code; a row that disagrees with the code is a bug in one of them. Each community holds a
 * discussion, a members-only discussion, an announcement and a comment, all written by a member
 * who is none of the actors.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionAccessMatrixIT {

    /**
     * see: the community's landing page opens (a refusal is then 403, or sign-in for visitors;
     * otherwise 404). read: the Discussions and Announcements tabs, a discussion's page and the
     * API list and thread, and the tab counters. mo: members-only discussions too (in the lists,
     * the counters and by direct URL, else 404). Writes, on the web and over the API: start a
     * discussion, comment, react, post an announcement, pin, edit someone else's comment. Y is
     * done, N refused, A refused because the community is archived (409 with that message).
     * GROUP_* are working groups in a PUBLIC parent: "outsider" has no tie to the parent,
     * "parentMember" and "parentAdmin" belong to the parent only; ARCHIVED there is the parent.
     * Moderators editing someone else's comment: ACCESS-RULES.md lets moderators "moderate
     * content", and the replaced text is kept for them, so the table allows it.
     */
    private static final String TABLE = """
            # privacy            status    actor         see read mo start comment react announce pin edit
            OPEN                 ACTIVE    visitor       Y   Y    N  N     N       N     N        N   N
            OPEN                 ACTIVE    user          Y   Y    N  N     N       N     N        N   N
            OPEN                 ACTIVE    invitee       Y   Y    N  N     N       N     N        N   N
            OPEN                 ACTIVE    member        Y   Y    Y  Y     Y       Y     N        N   N
            OPEN                 ACTIVE    moderator     Y   Y    Y  Y     Y       Y     Y        Y   Y
            OPEN                 ACTIVE    admin         Y   Y    Y  Y     Y       Y     Y        Y   Y
            OPEN                 ACTIVE    banned        Y   Y    N  N     N       N     N        N   N
            OPEN                 ACTIVE    staff         Y   Y    Y  N     N       N     N        Y   Y
            PUBLIC               ACTIVE    visitor       Y   N    N  N     N       N     N        N   N
            PUBLIC               ACTIVE    user          Y   N    N  N     N       N     N        N   N
            PUBLIC               ACTIVE    invitee       Y   N    N  N     N       N     N        N   N
            PUBLIC               ACTIVE    member        Y   Y    Y  Y     Y       Y     N        N   N
            PUBLIC               ACTIVE    moderator     Y   Y    Y  Y     Y       Y     Y        Y   Y
            PUBLIC               ACTIVE    admin         Y   Y    Y  Y     Y       Y     Y        Y   Y
            PUBLIC               ACTIVE    banned        Y   N    N  N     N       N     N        N   N
            PUBLIC               ACTIVE    staff         Y   Y    Y  N     N       N     N        Y   Y
            SEMI_PRIVATE         ACTIVE    visitor       Y   N    N  N     N       N     N        N   N
            SEMI_PRIVATE         ACTIVE    user          Y   N    N  N     N       N     N        N   N
            SEMI_PRIVATE         ACTIVE    requester     Y   N    N  N     N       N     N        N   N
            SEMI_PRIVATE         ACTIVE    invitee       Y   N    N  N     N       N     N        N   N
            SEMI_PRIVATE         ACTIVE    member        Y   Y    Y  Y     Y       Y     N        N   N
            SEMI_PRIVATE         ACTIVE    moderator     Y   Y    Y  Y     Y       Y     Y        Y   Y
            SEMI_PRIVATE         ACTIVE    admin         Y   Y    Y  Y     Y       Y     Y        Y   Y
            SEMI_PRIVATE         ACTIVE    banned        Y   N    N  N     N       N     N        N   N
            SEMI_PRIVATE         ACTIVE    staff         Y   Y    Y  N     N       N     N        Y   Y
            PRIVATE              ACTIVE    visitor       Y   N    N  N     N       N     N        N   N
            PRIVATE              ACTIVE    user          Y   N    N  N     N       N     N        N   N
            PRIVATE              ACTIVE    invitee       Y   N    N  N     N       N     N        N   N
            PRIVATE              ACTIVE    member        Y   Y    Y  Y     Y       Y     N        N   N
            PRIVATE              ACTIVE    moderator     Y   Y    Y  Y     Y       Y     Y        Y   Y
            PRIVATE              ACTIVE    admin         Y   Y    Y  Y     Y       Y     Y        Y   Y
            PRIVATE              ACTIVE    banned        Y   N    N  N     N       N     N        N   N
            PRIVATE              ACTIVE    staff         Y   Y    Y  N     N       N     N        Y   Y
            PRIVATE_HIDDEN       ACTIVE    visitor       N   N    N  N     N       N     N        N   N
            PRIVATE_HIDDEN       ACTIVE    user          N   N    N  N     N       N     N        N   N
            PRIVATE_HIDDEN       ACTIVE    invitee       Y   N    N  N     N       N     N        N   N
            PRIVATE_HIDDEN       ACTIVE    member        Y   Y    Y  Y     Y       Y     N        N   N
            PRIVATE_HIDDEN       ACTIVE    moderator     Y   Y    Y  Y     Y       Y     Y        Y   Y
            PRIVATE_HIDDEN       ACTIVE    admin         Y   Y    Y  Y     Y       Y     Y        Y   Y
            PRIVATE_HIDDEN       ACTIVE    banned        N   N    N  N     N       N     N        N   N
            PRIVATE_HIDDEN       ACTIVE    staff         Y   Y    Y  N     N       N     N        Y   Y
            OPEN                 ARCHIVED  visitor       Y   Y    N  A     A       A     A        A   A
            OPEN                 ARCHIVED  user          Y   Y    N  A     A       A     A        A   A
            OPEN                 ARCHIVED  member        Y   Y    Y  A     A       A     A        A   A
            OPEN                 ARCHIVED  moderator     Y   Y    Y  A     A       A     A        A   A
            OPEN                 ARCHIVED  admin         Y   Y    Y  A     A       A     A        A   A
            OPEN                 ARCHIVED  banned        Y   Y    N  A     A       A     A        A   A
            OPEN                 ARCHIVED  staff         Y   Y    Y  A     A       A     A        A   A
            PUBLIC               ARCHIVED  user          Y   N    N  N     N       N     N        N   N
            PUBLIC               ARCHIVED  member        Y   Y    Y  A     A       A     A        A   A
            SEMI_PRIVATE         ARCHIVED  requester     Y   N    N  N     N       N     N        N   N
            SEMI_PRIVATE         ARCHIVED  admin         Y   Y    Y  A     A       A     A        A   A
            PRIVATE              ARCHIVED  invitee       Y   N    N  N     N       N     N        N   N
            PRIVATE              ARCHIVED  moderator     Y   Y    Y  A     A       A     A        A   A
            PRIVATE_HIDDEN       ARCHIVED  user          N   N    N  N     N       N     N        N   N
            PRIVATE_HIDDEN       ARCHIVED  member        Y   Y    Y  A     A       A     A        A   A
            PRIVATE_HIDDEN       ARCHIVED  staff         Y   Y    Y  A     A       A     A        A   A
            GROUP_PUBLIC         ACTIVE    visitor       N   N    N  N     N       N     N        N   N
            GROUP_PUBLIC         ACTIVE    outsider      N   N    N  N     N       N     N        N   N
            GROUP_PUBLIC         ACTIVE    parentMember  Y   N    N  N     N       N     N        N   N
            GROUP_PUBLIC         ACTIVE    parentAdmin   Y   N    N  N     N       N     N        N   N
            GROUP_PUBLIC         ACTIVE    invitee       Y   N    N  N     N       N     N        N   N
            GROUP_PUBLIC         ACTIVE    member        Y   Y    Y  Y     Y       Y     N        N   N
            GROUP_PUBLIC         ACTIVE    moderator     Y   Y    Y  Y     Y       Y     Y        Y   Y
            GROUP_PUBLIC         ACTIVE    admin         Y   Y    Y  Y     Y       Y     Y        Y   Y
            GROUP_PUBLIC         ACTIVE    banned        Y   N    N  N     N       N     N        N   N
            GROUP_PUBLIC         ACTIVE    staff         Y   Y    Y  N     N       N     N        Y   Y
            GROUP_PRIVATE_HIDDEN ACTIVE    visitor       N   N    N  N     N       N     N        N   N
            GROUP_PRIVATE_HIDDEN ACTIVE    outsider      N   N    N  N     N       N     N        N   N
            GROUP_PRIVATE_HIDDEN ACTIVE    parentMember  N   N    N  N     N       N     N        N   N
            GROUP_PRIVATE_HIDDEN ACTIVE    parentAdmin   Y   N    N  N     N       N     N        N   N
            GROUP_PRIVATE_HIDDEN ACTIVE    invitee       Y   N    N  N     N       N     N        N   N
            GROUP_PRIVATE_HIDDEN ACTIVE    member        Y   Y    Y  Y     Y       Y     N        N   N
            GROUP_PRIVATE_HIDDEN ACTIVE    moderator     Y   Y    Y  Y     Y       Y     Y        Y   Y
            GROUP_PRIVATE_HIDDEN ACTIVE    admin         Y   Y    Y  Y     Y       Y     Y        Y   Y
            GROUP_PRIVATE_HIDDEN ACTIVE    banned        N   N    N  N     N       N     N        N   N
            GROUP_PRIVATE_HIDDEN ACTIVE    staff         Y   Y    Y  N     N       N     N        Y   Y
            GROUP_PUBLIC         ARCHIVED  parentMember  Y   N    N  N     N       N     N        N   N
            GROUP_PUBLIC         ARCHIVED  member        Y   Y    Y  A     A       A     A        A   A
            GROUP_PUBLIC         ARCHIVED  moderator     Y   Y    Y  A     A       A     A        A   A
            """;

    private static final String ARCHIVED_PAGE = "This community is archived";
    /** The actors who belong to the community. */
    private static final java.util.Set<String> MEMBERS = java.util.Set.of("member", "moderator", "admin");
    private static final String ARCHIVED_PROBLEM = "/problems/community-archived";

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @LocalServerPort int port;

    /**
     * One community per privacy and status with one person per role, and what the writer put
     * there: a discussion, a members-only one, an announcement (by the admin) and a comment.
     */
    private record Fixture(String slug, long communityId, Map<String, Browser> browsers, Map<String, ApiClient> apis,
                           long discussion, String discussionTitle, long membersOnly, String membersOnlyTitle,
                           String membersOnlyTag, String announcementTitle, long writersComment, long attachment,
                           String writerName) {
    }

    private final Map<String, Fixture> fixtures = new HashMap<>();
    private Long elsewhere;
    private String elsewhereSlug;

    static Stream<Arguments> rows() {
        return AccessMatrix.lines(TABLE).stream().map(c -> Arguments.of(c[0], c[1], c[2], c[3].equals("Y"),
                c[4].equals("Y"), c[5].equals("Y"), c[6], c[7], c[8], c[9], c[10], c[11]));
    }

    @ParameterizedTest(name = "{2} in {0} {1}: reads and writes as the rules say")
    @MethodSource("rows")
    void actorReadsAndWritesDiscussionsAsTheRulesSay(String privacy, String status, String actor, boolean see,
                                                     boolean read, boolean membersOnly, String start, String comment,
                                                     String react, String announce, String pin, String edit) {
        Fixture f = fixtures.computeIfAbsent(privacy + "/" + status, k -> build(privacy, status));
        Outcome outcome = new Outcome(actor.equals("visitor"), see);
        Browser web = f.browsers().get(actor);
        ApiClient api = outcome.visitor() ? ApiClient.anonymous(port) : f.apis().get(actor);
        String base = "/c/" + f.slug();
        String apiBase = "/api/v1/communities/" + f.slug() + "/discussions";
        long other = elsewhere();

        // Reading: the two tabs, a discussion's page, the members-only one, another community's id.
        MvcResult list = web.get(base + "/discussions");
        if (outcome.read(list, read, "Discussions tab")) {
            assertThat(Browser.body(list)).as("Discussions tab").contains(f.discussionTitle())
                    .doesNotContain(f.announcementTitle())
                    .matches(b -> b.contains(f.membersOnlyTitle()) == membersOnly, "lists the members-only discussion: " + membersOnly);
        }
        MvcResult announcements = web.get(base + "/announcements");
        if (outcome.read(announcements, read, "Announcements tab")) {
            assertThat(Browser.body(announcements)).as("Announcements tab").contains(f.announcementTitle())
                    .doesNotContain(f.discussionTitle());
        }
        MvcResult thread = web.get(base + "/discussions/" + f.discussion());
        if (outcome.read(thread, read, "discussion page")) {
            assertThat(Browser.body(thread)).as("discussion page").contains(f.discussionTitle())
                    .contains("Anyone who may read sees this.");
        }
        MvcResult hidden = web.get(base + "/discussions/" + f.membersOnly());
        if (read) {
            assertThat(hidden.getResponse().getStatus()).as("members-only discussion page").isEqualTo(membersOnly ? 200 : 404);
            assertThat(Browser.body(hidden).contains(f.membersOnlyTitle())).as("members-only title shown").isEqualTo(membersOnly);
            assertThat(hidden.getResponse().getHeader("Cache-Control")).as("members-only page never cached")
                    .contains("no-store");
            assertThat(web.get(base + "/discussions/" + other).getResponse().getStatus())
                    .as("another community's discussion under this address").isEqualTo(404);
        } else {
            outcome.assertRefused(hidden, "members-only discussion page");
        }

        // The same over the API.
        ApiClient.Answer apiList = api.get(apiBase);
        ApiClient.Answer apiAnnouncements = api.get(apiBase + "?kind=ANNOUNCEMENT");
        ApiClient.Answer apiThread = api.get(apiBase + "/" + f.discussion());
        ApiClient.Answer apiHidden = api.get(apiBase + "/" + f.membersOnly());
        if (outcome.read(apiList, read, "API list")) {
            assertThat(apiList.body().toString()).as("API list").contains(f.discussionTitle())
                    .matches(b -> b.contains(f.membersOnlyTitle()) == membersOnly, "lists the members-only discussion: " + membersOnly);
            assertThat(apiList.body().get("total").asLong()).as("API list total")
                    .isEqualTo(expectedCount(f, "DISCUSSION", membersOnly));
            // Filtering by a tag found only on a members-only discussion must not reveal that it exists.
            assertThat(api.get(apiBase + "?tag=" + f.membersOnlyTag()).body().get("total").asLong())
                    .as("API list filtered by the members-only discussion's tag").isEqualTo(membersOnly ? 1 : 0);
        }
        if (outcome.read(apiAnnouncements, read, "API announcements")) {
            assertThat(apiAnnouncements.body().toString()).as("API announcements").contains(f.announcementTitle());
        }
        if (outcome.read(apiThread, read, "API thread")) {
            assertThat(apiThread.body().get("discussion").get("title").asString()).isEqualTo(f.discussionTitle());
        }
        if (read && !outcome.visitor()) {
            assertThat(apiHidden.status()).as("API members-only thread").isEqualTo(membersOnly ? 200 : 404);
            assertThat(apiHidden.header("Cache-Control")).as("API members-only thread never cached").contains("no-store");
            assertThat(api.get(apiBase + "/" + other).status()).as("API: another community's id").isEqualTo(404);
        } else {
            outcome.assertRefused(apiHidden, "API members-only thread");
        }

        // The tab counters say how many the actor may read, and nothing to those who may not read.
        if (see) {
            String landing = Browser.body(web.get(base));
            assertThat(tabCount(landing, "Discussions")).as("Discussions counter")
                    .isEqualTo(read ? expectedCount(f, "DISCUSSION", membersOnly) : null);
            assertThat(tabCount(landing, "Announcements")).as("Announcements counter")
                    .isEqualTo(read ? expectedCount(f, "ANNOUNCEMENT", membersOnly) : null);
            if (!outcome.visitor()) {
                JsonNode tabs = api.get("/api/v1/communities/" + f.slug()).body().get("tabs");
                assertThat(apiTabCount(tabs, "DISCUSSIONS")).as("API Discussions counter")
                        .isEqualTo(read ? expectedCount(f, "DISCUSSION", membersOnly) : null);
            }
        }

        // The other read paths: the Home stream (page and API), the member's own stream, the feeds,
        // an attachment, and the @ suggestions. Streams are cut at a page, so beyond "it opens",
        // they are checked for what must never be in them.
        MvcResult home = web.get(base + "/home");
        if (outcome.read(home, read, "Home stream")) {
            assertThat(Browser.body(home)).as("Home stream").contains("activity-item")
                    .matches(b -> membersOnly || !b.contains(f.membersOnlyTitle()), "no members-only discussion");
        }
        ApiClient.Answer apiStream = api.get("/api/v1/communities/" + f.slug() + "/activity");
        if (outcome.read(apiStream, read, "API stream")) {
            assertThat(apiStream.body().get("items").size()).as("API stream").isPositive();
            assertThat(apiStream.body().toString()).as("API stream")
                    .matches(b -> membersOnly || !b.contains(f.membersOnlyTitle()), "no members-only discussion");
        }
        if (!outcome.visitor() && !MEMBERS.contains(actor)) {
            assertThat(api.get("/api/v1/me/activity").body().toString()).as("the stream of someone not in it")
                    .doesNotContain("\"" + f.slug() + "\"");
        }
        if (outcome.visitor()) {
            MvcResult feed = web.get(base + "/feed.atom");
            assertThat(feed.getResponse().getStatus()).as("public feed").isEqualTo(read ? 200 : 404);
            assertThat(Browser.body(feed)).as("public feed").doesNotContain(f.membersOnlyTitle());
        } else if (see && !actor.equals("staff")) {
            String feedPath = privateFeed(web, base);
            web.get("/");
            MvcResult feed = accounts.browser().get(feedPath);
            assertThat(feed.getResponse().getStatus()).as("private feed").isEqualTo(read ? 200 : 404);
            assertThat(Browser.body(feed).contains(f.membersOnlyTitle())).as("private feed lists the members-only discussion")
                    .isEqualTo(read && membersOnly);
        }
        MvcResult file = web.get(base + "/discussions/" + f.discussion() + "/attachments/" + f.attachment());
        if (membersOnly) {
            assertThat(file.getResponse().getStatus()).as("attachment").isEqualTo(200);
            assertThat(file.getResponse().getHeader("Cache-Control")).as("attachment never cached").contains("no-store");
        } else {
            assertThat(file.getResponse().getStatus()).as("attachment refused").isIn(302, 403, 404);
            if (!see || read) {
                assertThat(file.getResponse().getStatus()).as("attachment of a discussion one may read, or of a hidden community")
                        .isEqualTo(404);
            }
        }
        MvcResult suggestions = web.get(base + "/mention-candidates?q=Writer");
        if (outcome.read(suggestions, read && !outcome.visitor(), "@ suggestions")) {
            assertThat(Browser.body(suggestions)).as("@ suggestions").contains(f.writerName());
        }

        // Writing, on the web and over the API; nothing is stored when refused.
        web.get(outcome.visitor() ? "/signin" : "/");
        String mark = actor + " " + System.nanoTime();

        String title = "Started by " + mark;
        outcome.web(start, web.post(base + "/discussions/new", "title", title, "body", "Hello"),
                () -> discussionsTitled(title) == 1, "start a discussion");
        String apiTitle = "API start by " + mark;
        outcome.api(start, api.post(apiBase, json("title", apiTitle, "body", "Hello")), 201,
                () -> discussionsTitled(apiTitle) == 1, "API start a discussion");

        String text = "Comment by " + mark;
        outcome.web(comment, web.post(base + "/discussions/" + f.discussion() + "/comments", "body", text),
                () -> commentsWith(text) == 1, "comment");
        String apiText = "API comment by " + mark;
        outcome.api(comment, api.post(apiBase + "/" + f.discussion() + "/comments", json("body", apiText)), 201,
                () -> commentsWith(apiText) == 1, "API comment");
        if (read && !membersOnly) {
            assertThat(web.post(base + "/discussions/" + f.membersOnly() + "/comments", "body", "Peeking " + mark)
                    .getResponse().getStatus()).as("comment on a members-only discussion one may not see").isEqualTo(404);
            if (!outcome.visitor()) {
                assertThat(api.post(apiBase + "/" + f.membersOnly() + "/comments", json("body", "Peeking " + mark)).status())
                        .as("API comment on a members-only discussion one may not see").isEqualTo(404);
            }
            assertThat(commentsWith("Peeking " + mark)).isZero();
        }
        if (comment.equals("Y")) {
            assertThat(web.post(base + "/discussions/" + other + "/comments", "body", "Astray")
                    .getResponse().getStatus()).as("comment on another community's id").isEqualTo(404);
            assertThat(api.post(apiBase + "/" + other + "/comments", json("body", "Astray")).status())
                    .as("API comment on another community's id").isEqualTo(404);
            assertThat(commentsWith("Astray")).isZero();
        }

        long likes = reactions(f.discussion(), "LIKE");
        outcome.web(react, web.post(base + "/discussions/" + f.discussion() + "/react", "kind", "LIKE", "on", "true"),
                () -> reactions(f.discussion(), "LIKE") == likes + 1, "react");
        long insights = reactions(f.discussion(), "INSIGHTFUL");
        outcome.api(react, api.call("PUT", apiBase + "/" + f.discussion() + "/reactions/INSIGHTFUL", null), 204,
                () -> reactions(f.discussion(), "INSIGHTFUL") == insights + 1, "API react");

        String notice = "Announced by " + mark;
        outcome.web(announce, web.post(base + "/announcements/new", "title", notice, "body", "Hear this"),
                () -> discussionsTitled(notice) == 1, "post an announcement");
        String apiNotice = "API announcement by " + mark;
        outcome.api(announce, api.post(apiBase, json("kind", "ANNOUNCEMENT", "title", apiNotice, "body", "Hear this")), 201,
                () -> discussionsTitled(apiNotice) == 1, "API post an announcement");

        unpin(f.discussion());
        outcome.web(pin, web.post(base + "/discussions/" + f.discussion() + "/pin", "on", "true"),
                () -> pinned(f.discussion()), "pin");
        unpin(f.discussion());
        outcome.api(pin, api.call("PUT", apiBase + "/" + f.discussion() + "/flags", "{\"pinned\":true}"), 204,
                () -> pinned(f.discussion()), "API pin");

        String rewritten = "Rewritten by " + mark;
        outcome.web(edit, web.post(base + "/discussions/" + f.discussion() + "/comments/" + f.writersComment() + "/edit",
                "body", rewritten), () -> rewritten.equals(commentBody(f.writersComment())), "edit someone else's comment");
        String apiRewritten = "API rewritten by " + mark;
        outcome.api(edit, api.call("PUT", apiBase + "/" + f.discussion() + "/comments/" + f.writersComment(),
                json("body", apiRewritten)), 204, () -> apiRewritten.equals(commentBody(f.writersComment())),
                "API edit someone else's comment");
    }

    /** A refusal as {@link Refusal} says, and what each write of this matrix looks like when done. */
    private static final class Outcome extends Refusal {

        Outcome(boolean visitor, boolean see) {
            super(visitor, see);
        }

        void web(String expected, MvcResult result, java.util.function.BooleanSupplier stored, String what) {
            switch (expected) {
                case "Y" -> assertThat(result.getResponse().getStatus()).as(what).isEqualTo(302);
                case "A" -> {
                    assertThat(result.getResponse().getStatus()).as(what + " when archived").isEqualTo(409);
                    assertThat(Browser.body(result)).as(what + " when archived").contains(ARCHIVED_PAGE);
                }
                default -> assertRefused(result, what);
            }
            assertThat(stored.getAsBoolean()).as(what + " stored").isEqualTo(expected.equals("Y"));
        }

        void api(String expected, ApiClient.Answer answer, int done, java.util.function.BooleanSupplier stored, String what) {
            if (visitor()) {
                assertThat(answer.status()).as(what + " without a token").isEqualTo(401);
                assertThat(stored.getAsBoolean()).as(what + " stored").isFalse();
                return;
            }
            switch (expected) {
                case "Y" -> assertThat(answer.status()).as(what).isEqualTo(done);
                case "A" -> {
                    assertThat(answer.status()).as(what + " when archived").isEqualTo(409);
                    assertThat(answer.body().get("type").asString()).as(what + " problem type").endsWith(ARCHIVED_PROBLEM);
                }
                default -> assertRefused(answer, what);
            }
            assertThat(stored.getAsBoolean()).as(what + " stored").isEqualTo(expected.equals("Y"));
        }
    }

    /** The number on a tab of the landing page, or null when the tab shows none (or is not there). */
    private static Long tabCount(String page, String tab) {
        Matcher m = Pattern.compile(">" + tab + "</span>\\s*<span[^>]*tab-count[^>]*>(\\d+)</span>").matcher(page);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private static Long apiTabCount(JsonNode tabs, String tab) {
        for (JsonNode t : tabs) {
            if (t.get("tab").asString().equals(tab)) {
                return t.get("count") == null || t.get("count").isNull() ? null : t.get("count").asLong();
            }
        }
        return null;
    }

    /**
     * How many discussions (or announcements) of the fixture a reader finds: the public ones,
     * plus the members-only ones for those who see them. There is always one members-only
     * discussion, so the two numbers differ.
     */
    private long expectedCount(Fixture f, String kind, boolean membersOnly) {
        long open = accounts.jdbc().queryForObject("select count(*) from discussion where community_id = ? and kind = ? "
                + "and removed_at is null and members_only = false", Long.class, f.communityId(), kind);
        long closed = accounts.jdbc().queryForObject("select count(*) from discussion where community_id = ? and kind = ? "
                + "and removed_at is null and members_only = true", Long.class, f.communityId(), kind);
        if (kind.equals("DISCUSSION")) {
            assertThat(closed).as("the fixture's members-only discussion").isPositive();
        }
        return open + (membersOnly ? closed : 0);
    }

    private long discussionsTitled(String title) {
        return accounts.jdbc().queryForObject("select count(*) from discussion where title = ?", Long.class, title);
    }

    private long commentsWith(String body) {
        return accounts.jdbc().queryForObject("select count(*) from discussion_comment where body = ?", Long.class, body);
    }

    private String commentBody(long id) {
        return accounts.jdbc().queryForObject("select body from discussion_comment where id = ?", String.class, id);
    }

    private long reactions(long discussionId, String kind) {
        return accounts.jdbc().queryForObject("select count(*) from discussion_reaction where discussion_id = ? "
                + "and comment_id = 0 and kind = ?", Long.class, discussionId, kind);
    }

    private boolean pinned(long discussionId) {
        return accounts.jdbc().queryForObject("select pinned from discussion where id = ?", Boolean.class, discussionId);
    }

    private void unpin(long discussionId) {
        accounts.jdbc().update("update discussion set pinned = false where id = ?", discussionId);
    }

    /** A JSON object of string fields, in pairs. */
    private static String json(String... fields) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(fields[i]).append("\":\"").append(fields[i + 1]).append('"');
        }
        return json.append('}').toString();
    }

    /**
     * The actor's private feed address for this community. The secret is the actor's own, whatever
     * the community, so it is fetched where anyone signed in may read (an open community): a valid
     * secret must open exactly the feeds its owner may read.
     */
    private String privateFeed(Browser web, String base) {
        elsewhere();
        String open = "/c/" + elsewhereSlug;
        web.get(open + "/discussions");
        web.post(open + "/feed/private");
        String page = Browser.body(web.get(open + "/discussions"));
        Matcher m = Pattern.compile("id=\"private-feed\"[^>]*value=\"[^\"]*?feed\\.atom\\?token=([^\"&]+)\"").matcher(page);
        assertThat(m.find()).as("private feed address shown").isTrue();
        return base + "/feed.atom?token=" + m.group(1);
    }

    /** A discussion in a community of its own, whose id is tried under the others' addresses. */
    private long elsewhere() {
        if (elsewhere == null) {
            Browser founder = accounts.signedIn(accounts.member("Elsewhere"));
            elsewhereSlug = CommunityFixtures.create(founder, "Elsewhere " + System.nanoTime(), "OPEN");
            elsewhere = Discussing.start(founder, elsewhereSlug, "Elsewhere talk", "Not under another address.");
        }
        return elsewhere;
    }

    private Fixture build(String privacy, String status) {
        boolean group = privacy.startsWith("GROUP_");
        AccessMatrix.Cast cast = group ? AccessMatrix.workingGroup(accounts, mailbox, privacy.substring(6))
                : AccessMatrix.community(accounts, mailbox, privacy, false);
        String slug = cast.slug();

        // The writer is a member who is none of the actors, so every actor acts on someone else's text.
        Member writer = accounts.member("Writer");
        if (group) {
            CommunityFixtures.join(accounts.signedIn(writer), cast.parent());
        }
        AccessMatrix.inviteAndAccept(accounts, mailbox, cast.adminWeb(), slug, writer);
        Browser writerWeb = accounts.signedIn(writer);
        String discussionTitle = "Public talk " + System.nanoTime();
        long discussion = Discussing.start(writerWeb, slug, discussionTitle, "Anyone who may read sees this.");
        String membersOnlyTitle = "Members talk " + System.nanoTime();
        String membersOnlyTag = "secret" + System.nanoTime() % 1_000_000_000L;
        long membersOnly = Discussing.start(writerWeb, slug, membersOnlyTitle, "Only for members.", "membersOnly", "true",
                "tags", membersOnlyTag);
        long writersComment = Discussing.comment(writerWeb, slug, discussion, "The writer comments", null);
        writerWeb.get(Discussing.thread(slug, discussion));
        writerWeb.postFiles(Discussing.thread(slug, discussion) + "/comments", java.util.List.of(new MockMultipartFile(
                "files", "notes.txt", "text/plain", "Working notes".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "body", "The writer attaches notes");
        long attachment = accounts.jdbc().queryForObject("select max(id) from discussion_attachment where discussion_id = ?",
                Long.class, discussion);
        String announcementTitle = "Notice " + System.nanoTime();
        Discussing.announce(cast.adminWeb(), slug, announcementTitle, "For every member.");
        if (status.equals("ARCHIVED")) {
            cast.archive();
        }
        long communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        return new Fixture(slug, communityId, cast.browsers(accounts), cast.apis(accounts, port), discussion,
                discussionTitle, membersOnly, membersOnlyTitle, membersOnlyTag, announcementTitle, writersComment, attachment,
                writer.displayName());
    }
}
