package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Community pages as their editors use them: versions kept on every save, compared and
 * restored; the tree built, reordered and moved; deletion handing children up; blocks filtered
 * per reader; and hostile input refused with clear errors and nothing stored.
 */
@PraxisIntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageIT {

    @Autowired TestAccounts accounts;
    @Autowired ApplicationEvents events;
    @LocalServerPort int port;

    private String slug;
    private String base;
    private String apiBase;
    private Browser admin;
    private Browser moderator;
    private Member moderatorAccount;
    private ApiClient adminApi;
    private String otherSlug;
    private long otherPage;

    @BeforeAll
    void community() {
        Member founder = accounts.member("Page admin");
        admin = accounts.signedIn(founder);
        slug = CommunityFixtures.create(admin, "Pages " + System.nanoTime(), "OPEN");
        base = "/c/" + slug + "/pages";
        apiBase = "/api/v1/communities/" + slug + "/pages";
        moderatorAccount = CommunityFixtures.memberOf(accounts, admin, slug, "Page moderator");
        admin.get("/c/" + slug + "/members");
        admin.post("/c/" + slug + "/manage/members/" + moderatorAccount.id() + "/role", "role", "MODERATOR");
        moderator = accounts.signedIn(moderatorAccount);
        adminApi = ApiClient.as(accounts, founder, port);

        Browser elsewhere = accounts.signedIn(accounts.member("Other founder"));
        otherSlug = CommunityFixtures.create(elsewhere, "Other pages " + System.nanoTime(), "OPEN");
        otherPage = create(elsewhere, otherSlug, "Somewhere else", "Not here", null);
    }

    @Test
    void everySaveIsKeptComparedWithTheCurrentTextAndRestoredAsANewVersion() {
        long id = create(admin, slug, "Webinars", "Line one\nLine two", null);
        admin.get(base + "/" + id + "/edit");
        assertThat(admin.post(base + "/" + id + "/edit", "title", "Webinars", "body", "Line one\nLine 2")
                .getResponse().getRedirectedUrl()).isEqualTo(base + "/" + id);
        moderator.get(base + "/" + id + "/edit");
        moderator.post(base + "/" + id + "/edit", "title", "Webinars and recordings", "body", "Line one\nLine 2\nLine three");
        assertThat(body(id)).isEqualTo("Line one\nLine 2\nLine three");

        List<Long> versions = revisionIds(id);
        assertThat(versions).as("one version per save, newest first").hasSize(3);
        String history = Browser.body(admin.get(base + "/" + id + "/history"));
        assertThat(history).contains(moderatorAccount.displayName()).contains("Webinars and recordings")
                .contains(base + "/" + id + "/history/" + versions.get(2)).contains(base + "/" + id + "/history/" + versions.get(1))
                .doesNotContain(base + "/" + id + "/history/" + versions.get(0) + "\"");

        MvcResult compared = admin.get(base + "/" + id + "/history/" + versions.get(2));
        assertThat(compared.getResponse().getStatus()).isEqualTo(200);
        String diff = Browser.body(compared);
        assertThat(diff).containsPattern("<del[^>]*>.*Removed:.*Line two</span></del>")
                .containsPattern("<ins[^>]*>.*Added:.*Line 2</span></ins>")
                .containsPattern("<ins[^>]*>.*Added:.*Line three</span></ins>")
                .doesNotContainPattern("<(ins|del)[^>]*>.*Line one");
        assertThat(diff).as("the title's change is shown too").containsPattern("<del[^>]*>.*Webinars</span></del>");

        JsonNode apiDiff = adminApi.get(apiBase + "/" + id + "/revisions/" + versions.get(2) + "/diff").body();
        assertThat(apiDiff.get("changed").asBoolean()).isTrue();
        List<String> lines = new ArrayList<>();
        apiDiff.get("lines").forEach(l -> lines.add(l.get("change").asString() + " " + l.get("text").asString()));
        assertThat(lines).containsExactly("SAME Line one", "REMOVED Line two", "ADDED Line 2", "ADDED Line three");

        assertThat(admin.post(base + "/" + id + "/history/" + versions.get(2) + "/restore").getResponse().getRedirectedUrl())
                .isEqualTo(base + "/" + id);
        assertThat(body(id)).as("the old text is back").isEqualTo("Line one\nLine two");
        assertThat(title(id)).isEqualTo("Webinars");
        // Events are recorded on the test's thread: the web saves (MockMvc), not the API's (a real HTTP server).
        assertThat(events.stream(PageEvents.PageSaved.class).filter(e -> e.pageId() == id).map(PageEvents.PageSaved::created))
                .as("one event per save: the creation, two edits, a restore").containsExactly(true, false, false, false);
        List<Long> after = revisionIds(id);
        assertThat(after).as("the restore is a version of its own").hasSize(4);
        assertThat(after.subList(1, 4)).isEqualTo(versions);
        JsonNode revisions = adminApi.get(apiBase + "/" + id + "/revisions").body();
        assertThat(revisions.size()).isEqualTo(4);
        assertThat(revisions.get(0).get("current").asBoolean()).isTrue();
        assertThat(revisions.get(0).get("number").asInt()).isEqualTo(4);

        assertThat(adminApi.post(apiBase + "/" + id + "/revisions/" + versions.get(1) + "/restore", null).status()).isEqualTo(204);
        assertThat(body(id)).isEqualTo("Line one\nLine 2");
        assertThat(revisionIds(id)).hasSize(5);
    }

    @Test
    void aRevisionOfAnotherPageAnswers404() {
        long first = create(admin, slug, "First", "One", null);
        long second = create(admin, slug, "Second", "Two", null);
        long foreign = revisionIds(second).get(0);
        assertThat(admin.get(base + "/" + first + "/history/" + foreign).getResponse().getStatus()).isEqualTo(404);
        assertThat(adminApi.post(apiBase + "/" + first + "/revisions/" + foreign + "/restore", null).status()).isEqualTo(404);
        assertThat(body(first)).isEqualTo("One");
    }

    @Test
    void theTreeIsNestedReorderedMovedAndChildrenMoveUpWhenTheirPageIsDeleted() {
        String mark = " " + System.nanoTime();
        long theme = create(moderator, slug, "Theme" + mark, "Theme", null);
        long reading = create(moderator, slug, "Reading" + mark, "Reading", theme);
        long cases = create(moderator, slug, "Cases" + mark, "Cases", theme);
        long loose = create(moderator, slug, "Loose" + mark, "Loose", null);

        String tree = Browser.body(moderator.get(base));
        assertThat(tree).containsPattern("(?s)<li id=\"page-" + theme + "\".*?<ul class=\"page-branch\">\\s*<li id=\"page-" + reading
                + "\".*<li id=\"page-" + cases + "\"");
        assertThat(tree.indexOf("page-" + cases)).isLessThan(tree.indexOf("page-" + loose));

        moderator.post(base + "/" + cases + "/shift", "direction", "up");
        assertThat(position(cases)).isZero();
        assertThat(position(reading)).isEqualTo(1);

        moderator.get(base + "/" + loose + "/move");
        assertThat(moderator.post(base + "/" + loose + "/move", "parentId", String.valueOf(reading), "position", "1")
                .getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(parent(loose)).isEqualTo(reading);

        // Under its own child, under itself, under another community's page: refused next to the field.
        for (long target : new long[] {loose, reading, otherPage}) {
            moderator.get(base + "/" + theme + "/move");
            MvcResult refused = moderator.post(base + "/" + theme + "/move", "parentId", String.valueOf(target));
            assertThat(refused.getResponse().getStatus()).as("move under " + target).isEqualTo(200);
            assertThat(Browser.body(refused)).containsPattern("id=\"parentId-error\"[^>]*>(A page cannot go under itself|Choose a page of this community)");
            assertThat(parent(theme)).as("not moved").isNull();
        }
        moderator.get(base + "/" + theme + "/move");
        assertThat(Browser.body(moderator.post(base + "/" + theme + "/move", "parentId", "", "position", "0")))
                .containsPattern("id=\"position-error\"[^>]*>The position starts at 1");
        ApiClient moderatorApi = ApiClient.as(accounts, moderatorAccount, port);
        ApiClient.Answer cycle = moderatorApi.call("PUT", apiBase + "/" + theme + "/position", "{\"parentId\":" + loose + "}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.contentType()).startsWith("application/problem+json");
        assertThat(cycle.body().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
        assertThat(moderatorApi.call("PUT", apiBase + "/" + theme + "/position", "{\"parentId\":" + otherPage + "}").status())
                .isEqualTo(400);
        assertThat(parent(theme)).isNull();
        assertThat(moderatorApi.call("PUT", apiBase + "/" + loose + "/position", "{\"parentId\":null,\"position\":0}").status())
                .isEqualTo(204);
        assertThat(parent(loose)).isNull();
        assertThat(position(loose)).isZero();

        moderator.get(base + "/" + theme + "/delete");
        assertThat(moderator.post(base + "/" + theme + "/delete").getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(accounts.jdbc().queryForObject("select count(*) from library_page where id = ?", Long.class, theme)).isZero();
        assertThat(accounts.jdbc().queryForObject("select count(*) from library_page_revision where page_id = ?", Long.class, theme))
                .isZero();
        assertThat(events.stream(PageEvents.PageDeleted.class).filter(e -> e.pageId() == theme)).hasSize(1);
        assertThat(parent(cases)).as("children move up").isNull();
        assertThat(parent(reading)).isNull();
        assertThat(position(cases)).as("into the deleted page's place, in their order").isLessThan(position(reading));
    }

    @Test
    void scriptsInMarkdownNeverReachThePage() {
        long id = create(admin, slug, "Hostile", "<script>alert('x')</script>\n\n[click](javascript:alert(2))\n\n"
                + "<img src=x onerror=alert(3)>\n\n**Bold** stays", null);
        String page = Browser.body(accounts.browser().get(base + "/" + id));
        assertThat(page).as("the tags are shown as text, never as elements").doesNotContain("<script>alert")
                .doesNotContain("javascript:").doesNotContainPattern("<img[^>]*onerror").contains("&lt;script&gt;")
                .contains("<strong>Bold</strong>");
        JsonNode api = adminApi.get(apiBase + "/" + id).body();
        assertThat(api.get("parts").toString()).doesNotContain("<script").doesNotContain("javascript:");
    }

    @Test
    void emptyTitlesHugeTextsAndForeignParentsAreRefusedAndNothingIsStored() {
        long before = pageCount();
        admin.get(base + "/new");
        MvcResult empty = admin.post(base + "/new", "title", "   ", "body", "Text");
        assertThat(empty.getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(empty)).containsPattern("id=\"title-error\"[^>]*>Please fill in this field");
        MvcResult huge = admin.post(base + "/new", "title", "Huge", "body", "x".repeat(CommunityPages.BODY_MAX + 1));
        assertThat(Browser.body(huge)).containsPattern("id=\"body-error\"[^>]*>Please use at most 100,000 characters");
        MvcResult foreign = admin.post(base + "/new", "title", "Astray", "body", "Text", "parentId", String.valueOf(otherPage));
        assertThat(Browser.body(foreign)).containsPattern("id=\"parentId-error\"[^>]*>Choose a page of this community");

        ApiClient.Answer apiEmpty = adminApi.post(apiBase, "{\"title\":\"\",\"body\":\"Text\"}");
        assertThat(apiEmpty.status()).isEqualTo(400);
        assertThat(apiEmpty.contentType()).startsWith("application/problem+json");
        assertThat(apiEmpty.body().get("type").asString()).endsWith("/problems/invalid-input");
        assertThat(apiEmpty.body().get("errors").get(0).get("field").asString()).isEqualTo("title");
        ApiClient.Answer apiForeign = adminApi.post(apiBase, "{\"title\":\"Astray\",\"body\":\"x\",\"parentId\":" + otherPage + "}");
        assertThat(apiForeign.status()).isEqualTo(400);
        assertThat(apiForeign.body().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
        assertThat(adminApi.post(apiBase, "{\"title\":\"Huge\",\"body\":\"" + "y".repeat(CommunityPages.BODY_MAX + 1) + "\"}")
                .status()).isEqualTo(400);
        assertThat(adminApi.post(apiBase, "{\"title\":").status()).as("malformed JSON").isEqualTo(400);
        assertThat(adminApi.post(apiBase, "{\"title\":\"" + "t".repeat(CommunityPages.TITLE_MAX + 1) + "\"}").status())
                .as("title too long").isEqualTo(400);
        assertThat(adminApi.post(apiBase, "{\"title\":\"Bell\\u0007\"}").status()).as("control characters").isEqualTo(400);
        assertThat(pageCount()).as("nothing stored").isEqualTo(before);

        long id = create(admin, slug, "Kept", "Kept text", null);
        admin.get(base + "/" + id + "/edit");
        MvcResult emptyEdit = admin.post(base + "/" + id + "/edit", "title", "", "body", "Changed");
        assertThat(Browser.body(emptyEdit)).containsPattern("id=\"title-error\"");
        assertThat(adminApi.call("PUT", apiBase + "/" + id, "{\"title\":\"\",\"body\":\"Changed\"}").status()).isEqualTo(400);
        assertThat(body(id)).isEqualTo("Kept text");
        assertThat(revisionIds(id)).hasSize(1);
    }

    @Test
    void blocksListWhatEachReaderMaySeeAndUnknownBlocksShowNothing() {
        long id = create(admin, slug, "With blocks", "Before\n\n{{test-notes label=\"Reports\"}}\n\n{{nothing-here}}\n\nAfter", null);
        String visitor = Browser.body(accounts.browser().get(base + "/" + id));
        assertThat(visitor).contains("Before").contains("After").contains(PageBlocksForTests.OPEN_NOTE)
                .contains("Reports in community").doesNotContain(PageBlocksForTests.SIGNED_IN_NOTE)
                .doesNotContain(PageBlocksForTests.STAFF_NOTE).doesNotContain("nothing-here").doesNotContain("javascript:");
        assertThat(visitor).as("an unsafe address is shown as text, not a link")
                .containsPattern("<span>" + PageBlocksForTests.SCRIPTED_NOTE + "</span>");

        Member user = accounts.member("Block reader");
        String signedIn = Browser.body(accounts.signedIn(user).get(base + "/" + id));
        assertThat(signedIn).contains(PageBlocksForTests.SIGNED_IN_NOTE + user.id()).doesNotContain(PageBlocksForTests.STAFF_NOTE);

        Member staff = accounts.staff("Block staff");
        assertThat(Browser.body(accounts.signedIn(staff).get(base + "/" + id))).contains(PageBlocksForTests.STAFF_NOTE);

        JsonNode api = ApiClient.as(accounts, user, port).get(apiBase + "/" + id).body();
        assertThat(api.get("parts").toString()).contains(PageBlocksForTests.SIGNED_IN_NOTE + user.id())
                .doesNotContain(PageBlocksForTests.STAFF_NOTE);
        assertThat(api.has("body")).as("the Markdown source is for editors only").isFalse();
        assertThat(adminApi.get(apiBase + "/" + id).body().get("body").asString()).contains("{{test-notes");
    }

    @Test
    void aMembersOnlyPageHidesItselfAndThePagesUnderItFromNonMembersEverywhere() {
        String mark = " " + System.nanoTime();
        long inner = create(admin, slug, "Inner" + mark, "Members only", null);
        admin.get(base + "/" + inner + "/edit");
        admin.post(base + "/" + inner + "/edit", "title", "Inner" + mark, "body", "Members only", "membersOnly", "true");
        long under = create(admin, slug, "Under inner" + mark, "Not flagged itself", inner);
        long open = create(admin, slug, "Open" + mark, "For all", null);

        Browser visitor = accounts.browser();
        String tree = Browser.body(visitor.get(base));
        assertThat(tree).contains("Open" + mark).doesNotContain("Inner" + mark).doesNotContain("Under inner" + mark);
        assertThat(visitor.get(base + "/" + under).getResponse().getStatus()).isEqualTo(404);
        assertThat(visitor.get(base + "/" + under + "/history").getResponse().getStatus()).isEqualTo(404);
        ApiClient outsider = ApiClient.as(accounts, accounts.member("Outsider"), port);
        assertThat(outsider.get(apiBase).body().toString()).contains("Open" + mark).doesNotContain("Inner" + mark);
        assertThat(outsider.get(apiBase + "/" + under).status()).isEqualTo(404);
        assertThat(outsider.get(apiBase + "/" + under + "/revisions").status()).isEqualTo(404);

        MvcResult member = moderator.get(base + "/" + under);
        assertThat(member.getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(member)).as("the trail names the hidden parent to members")
                .containsPattern("breadcrumb-item\"><a href=\"" + base + "/" + inner + "\">Inner" + mark);
        assertThat(member.getResponse().getHeader("Cache-Control")).as("members-only answers are never cached")
                .contains("no-store");
        assertThat(Browser.body(moderator.get(base + "/" + inner))).contains("Under inner" + mark);
        assertThat(Browser.body(visitor.get(base + "/" + open))).doesNotContain("Inner" + mark);
    }

    @Test
    void theEditFormExplainsTheBlockSyntax() {
        assertThat(Browser.body(admin.get(base + "/new"))).contains("{{files folder=\"Reports\"}}").contains("{{events}}");
    }

    @Test
    void deletingAMembersOnlyPageKeepsThePagesUnderItFromNonMembers() {
        admin.get(base + "/new");
        String internal = admin.post(base + "/new", "title", "Internal", "body", "For members", "membersOnly", "true")
                .getResponse().getRedirectedUrl();
        long internalId = Long.parseLong(internal.substring(internal.lastIndexOf('/') + 1));
        long budget = create(admin, slug, "Budget " + System.nanoTime(), "Figures", internalId);
        Browser visitor = accounts.browser();
        assertThat(visitor.get(base + "/" + budget).getResponse().getStatus()).isEqualTo(404);
        admin.get(base + "/" + internalId + "/delete");
        admin.post(base + "/" + internalId + "/delete");
        assertThat(visitor.get(base + "/" + budget).getResponse().getStatus()).as("still hidden after its parent went")
                .isEqualTo(404);
        assertThat(admin.get(base + "/" + budget).getResponse().getStatus()).isEqualTo(200);
    }

    private static long create(Browser editor, String slug, String title, String body, Long parent) {
        editor.get("/c/" + slug + "/pages/new");
        MvcResult result = parent == null
                ? editor.post("/c/" + slug + "/pages/new", "title", title, "body", body)
                : editor.post("/c/" + slug + "/pages/new", "title", title, "body", body, "parentId", parent.toString());
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("page %s created", title).startsWith("/c/" + slug + "/pages/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String body(long id) {
        return accounts.jdbc().queryForObject("select body from library_page where id = ?", String.class, id);
    }

    private String title(long id) {
        return accounts.jdbc().queryForObject("select title from library_page where id = ?", String.class, id);
    }

    private Long parent(long id) {
        return accounts.jdbc().queryForObject("select parent_id from library_page where id = ?", Long.class, id);
    }

    private int position(long id) {
        return accounts.jdbc().queryForObject("select position from library_page where id = ?", Integer.class, id);
    }

    private long pageCount() {
        return accounts.jdbc().queryForObject("select count(*) from library_page", Long.class);
    }

    private List<Long> revisionIds(long id) {
        return accounts.jdbc().queryForList("select id from library_page_revision where page_id = ? order by id desc", Long.class, id);
    }
}
