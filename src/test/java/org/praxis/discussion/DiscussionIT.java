package org.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.praxis.discussion.Discussing.comment;
import static org.praxis.discussion.Discussing.start;
import static org.praxis.discussion.Discussing.thread;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** Members talking in a community: discussions, comments and replies, edits, removals, pins, locks and reactions. */
@PraxisIntegrationTest
class DiscussionIT {

    @Autowired TestAccounts accounts;

    Browser admin;
    Browser amina;
    Browser bruno;
    Member aminaAccount;
    Member brunoAccount;
    String slug;

    @BeforeEach
    void publicCommunityWithTwoMembers() {
        admin = accounts.signedIn(accounts.member("Admin"));
        slug = CommunityFixtures.create(admin, "Talk " + System.nanoTime(), "PUBLIC");
        aminaAccount = accounts.member("Amina");
        brunoAccount = accounts.member("Bruno");
        amina = accounts.signedIn(aminaAccount);
        bruno = accounts.signedIn(brunoAccount);
        CommunityFixtures.join(amina, slug);
        CommunityFixtures.join(bruno, slug);
    }

    @Test
    void memberStartsDiscussionAndOthersCommentAndReply() {
        long id = start(amina, slug, "Targeting in rural areas", "How do you **reach** remote households?",
                "tags", "targeting, Rural areas");
        assertThat(Browser.body(bruno.get("/c/" + slug + "/discussions"))).contains("Targeting in rural areas")
                .contains("rural areas").contains(">New<");

        long first = comment(bruno, slug, id, "We use mobile registration.", null);
        long reply = comment(amina, slug, id, "Does it work offline?", first);
        long deeper = comment(bruno, slug, id, "Yes, it syncs later.", reply);

        String page = Browser.body(amina.get(thread(slug, id)));
        assertThat(page).contains("<strong>reach</strong>").contains("We use mobile registration.")
                .contains("id=\"comment-" + reply + "\"").contains("id=\"comment-" + deeper + "\"")
                .contains("3 comments");
        // A reply to a reply is shown under the same top-level comment and quotes what it answers.
        assertThat(page.substring(page.indexOf("id=\"comment-" + deeper + "\""))).contains("In reply to")
                .contains("Does it work offline?");
        assertThat(accounts.jdbc().queryForObject("select comment_count from discussion where id = ?", Integer.class, id))
                .isEqualTo(3);
    }

    @Test
    void memberSeesHowManyCommentsAreNewSinceTheirLastVisit() {
        long id = start(amina, slug, "Unread markers", "Tell me what is new.");
        amina.get(thread(slug, id));
        comment(bruno, slug, id, "One", null);
        comment(bruno, slug, id, "Two", null);
        long third = comment(bruno, slug, id, "Three", null);

        assertThat(Browser.body(amina.get("/c/" + slug + "/discussions"))).contains("3 new comments since your last visit");
        String page = Browser.body(amina.get(thread(slug, id)));
        assertThat(page).contains("3 new comments since your last visit").contains("comment-new");
        assertThat(Browser.body(amina.get("/c/" + slug + "/discussions"))).doesNotContain("new comments since your last visit");
        assertThat(Browser.body(amina.get(thread(slug, id)))).doesNotContain("comment-new").contains("comment-" + third);
    }

    @Test
    void ownCommentsAreNotNewsToTheirAuthor() {
        long id = start(amina, slug, "Own comments", "Text");
        bruno.get(thread(slug, id));
        comment(bruno, slug, id, "My own words", null);
        String page = Browser.body(bruno.get(thread(slug, id)));
        assertThat(page).doesNotContain("new comment").doesNotContain("comment-new");
        assertThat(Browser.body(bruno.get("/c/" + slug + "/discussions"))).doesNotContain("new comment");
        comment(amina, slug, id, "An answer", null);
        assertThat(Browser.body(bruno.get("/c/" + slug + "/discussions"))).contains("1 new comment since your last visit");
    }

    @Test
    void authorEditsAndModeratorsSeeTheEarlierText() {
        long id = start(amina, slug, "First title", "First text");
        long c = comment(amina, slug, id, "First comment", null);
        amina.get(thread(slug, id) + "/edit");
        amina.post(thread(slug, id) + "/edit", "title", "Better title", "body", "Better text");
        amina.get(thread(slug, id) + "/comments/" + c + "/edit");
        amina.post(thread(slug, id) + "/comments/" + c + "/edit", "body", "Better comment");

        String page = Browser.body(bruno.get(thread(slug, id)));
        assertThat(page).contains("Better title").contains("Better comment").contains("(edited)")
                .doesNotContain("First text");
        assertThat(bruno.get(thread(slug, id) + "/history").getResponse().getStatus()).as("members do not see history")
                .isEqualTo(403);
        assertThat(bruno.get(thread(slug, id) + "/edit").getResponse().getStatus()).as("nor edit others").isEqualTo(403);
        assertThat(Browser.body(admin.get(thread(slug, id) + "/history"))).contains("First title").contains("First text");
        assertThat(Browser.body(admin.get(thread(slug, id) + "/history?comment=" + c))).contains("First comment");
    }

    @Test
    void removedCommentKeepsItsPlaceAndModeratorsGiveAReason() {
        long id = start(amina, slug, "Removals", "Text");
        long mine = comment(bruno, slug, id, "Oops, wrong thread", null);
        long other = comment(amina, slug, id, "Something off-topic", null);
        comment(bruno, slug, id, "A reply to it", other);

        bruno.get(thread(slug, id));
        bruno.post(thread(slug, id) + "/comments/" + mine + "/remove");
        admin.get(thread(slug, id));
        assertThat(admin.post(thread(slug, id) + "/comments/" + other + "/remove").getResponse().getStatus())
                .as("a moderator's removal needs a reason").isEqualTo(400);
        admin.post(thread(slug, id) + "/comments/" + other + "/remove", "reason", "Off-topic");

        String page = Browser.body(amina.get(thread(slug, id)));
        assertThat(page).doesNotContain("Oops, wrong thread").doesNotContain("Something off-topic")
                .contains("Comment removed").contains("A reply to it");
        assertThat(accounts.jdbc().queryForObject("select removal_reason from discussion_comment where id = ?",
                String.class, other)).isEqualTo("Off-topic");
        bruno.get(thread(slug, id));
        assertThat(bruno.post(thread(slug, id) + "/comments/" + other + "/remove", "reason", "x").getResponse()
                .getStatus()).as("members do not remove others' comments").isIn(302, 403);
    }

    @Test
    void removedDiscussionLeavesTheListAndItsPage() {
        long id = start(amina, slug, "To be removed", "Text");
        amina.get(thread(slug, id));
        amina.post(thread(slug, id) + "/remove");
        assertThat(Browser.body(bruno.get("/c/" + slug + "/discussions"))).doesNotContain("To be removed");
        assertThat(bruno.get(thread(slug, id)).getResponse().getStatus()).isEqualTo(404);
        assertThat(admin.get(thread(slug, id)).getResponse().getStatus()).as("moderators still see it").isEqualTo(200);
    }

    @Test
    void moderatorsPinAndLock() {
        long older = start(amina, slug, "Older but pinned", "Text");
        start(amina, slug, "Newer", "Text");
        admin.get(thread(slug, older));
        admin.post(thread(slug, older) + "/pin", "on", "true");
        String list = Browser.body(bruno.get("/c/" + slug + "/discussions"));
        assertThat(list.indexOf("Older but pinned")).isLessThan(list.indexOf(">Newer<"));

        admin.post(thread(slug, older) + "/lock", "on", "true");
        assertThat(Discussing.commentAnswer(bruno, slug, older, "Can I?", null).getResponse().getStatus())
                .as("members cannot comment on a locked discussion").isEqualTo(403);
        assertThat(Browser.body(bruno.get(thread(slug, older)))).contains("only moderators can comment");
        comment(admin, slug, older, "Moderators can.", null);
        bruno.get(thread(slug, older));
        assertThat(bruno.post(thread(slug, older) + "/pin", "on", "false").getResponse().getStatus())
                .as("members cannot pin").isEqualTo(403);
    }

    @Test
    void announcementsArePostedByModeratorsAndCounted() {
        assertThat(Discussing.startAnswer(amina, slug, "announcements", "Not mine to say", "x").getResponse().getStatus())
                .isEqualTo(403);
        long id = Discussing.announce(admin, slug, "Webinar on Friday", "Join us.");
        String tab = Browser.body(amina.get("/c/" + slug + "/announcements"));
        assertThat(tab).contains("Webinar on Friday");
        assertThat(Browser.body(amina.get("/c/" + slug + "/discussions"))).doesNotContain("Webinar on Friday");
        comment(amina, slug, id, "I will be there.", null);
        String landing = Browser.body(amina.get("/c/" + slug));
        assertThat(landing).containsPattern("Announcements\\s*</span>\\s*<span[^>]*>1</span>");
    }

    @Test
    void reactionsAreCountedOncePerMember() {
        long id = start(amina, slug, "Reactions", "Text");
        long c = comment(amina, slug, id, "Thanks for reading", null);
        bruno.get(thread(slug, id));
        bruno.post(thread(slug, id) + "/react", "comment", String.valueOf(c), "kind", "THANKS", "on", "true");
        bruno.post(thread(slug, id) + "/react", "comment", String.valueOf(c), "kind", "THANKS", "on", "true");
        admin.get(thread(slug, id));
        admin.post(thread(slug, id) + "/react", "comment", String.valueOf(c), "kind", "THANKS", "on", "true");
        admin.post(thread(slug, id) + "/react", "kind", "LIKE", "on", "true");
        assertThat(accounts.jdbc().queryForObject("select count(*) from discussion_reaction where discussion_id = ? "
                + "and comment_id = ? and kind = 'THANKS'", Long.class, id, c)).isEqualTo(2);
        String page = Browser.body(bruno.get(thread(slug, id)));
        assertThat(page).containsPattern("aria-pressed=\"true\">\\s*<span>Thanks</span>\\s*<span class=\"reaction-count\">2</span>");
        bruno.post(thread(slug, id) + "/react", "comment", String.valueOf(c), "kind", "THANKS", "on", "false");
        assertThat(accounts.jdbc().queryForObject("select count(*) from discussion_reaction where discussion_id = ? "
                + "and comment_id = ?", Long.class, id, c)).isEqualTo(1);
    }

    @Test
    void longThreadsOpenAPageAtATimeFromEitherEnd() {
        long id = start(amina, slug, "Long thread", "Text");
        for (int i = 1; i <= 120; i++) {
            accounts.jdbc().update("insert into discussion_comment (discussion_id, author_id, body, created_at) "
                    + "values (?, ?, ?, current_timestamp)", id, aminaAccount.id(), "Comment number " + i + ".");
        }
        String first = Browser.body(bruno.get(thread(slug, id)));
        assertThat(first).contains("Comment number 1.").contains("Comment number 50.").doesNotContain("Comment number 51.")
                .contains("Newer comments").doesNotContain("Older comments");
        String last = Browser.body(bruno.get(thread(slug, id) + "?before=" + Long.MAX_VALUE));
        assertThat(last).contains("Comment number 120.").contains("Comment number 71.").doesNotContain("Comment number 70.")
                .contains("Older comments").doesNotContain("Newer comments");
    }

    @Test
    void replyLinkOpensTheCommentFormReplyingToThatComment() {
        long id = start(amina, slug, "Replies by link", "Text");
        long c = comment(bruno, slug, id, "Question for you", null);
        String page = Browser.body(amina.get(thread(slug, id) + "?replyTo=" + c));
        assertThat(page).contains("Replying to " + brunoAccount.displayName()).contains("Question for you")
                .contains("name=\"replyTo\" value=\"" + c + "\"").contains("Post the reply");
        assertThat(Browser.body(amina.get(thread(slug, id) + "?replyTo=999999999"))).as("an unknown comment is ignored")
                .doesNotContain("Replying to").contains("Post the comment");
    }

    @Test
    void removingAskForAReasonOnlyWhenItIsSomeoneElsesComment() {
        long id = start(amina, slug, "Confirm removal", "Text");
        long c = comment(bruno, slug, id, "To remove", null);
        assertThat(Browser.body(bruno.get(thread(slug, id) + "/comments/" + c + "/remove")))
                .contains("Your comment will show as removed").doesNotContain("id=\"remove-reason\"");
        assertThat(Browser.body(admin.get(thread(slug, id) + "/comments/" + c + "/remove")))
                .contains("id=\"remove-reason\"").contains("To remove");
        assertThat(amina.get(thread(slug, id) + "/comments/" + c + "/remove").getResponse().getStatus())
                .as("another member may not").isEqualTo(403);
    }

    @Test
    void pressingAReactionAgainTakesItBack() {
        long id = start(amina, slug, "Toggle", "Text");
        bruno.get(thread(slug, id));
        bruno.post(thread(slug, id) + "/react", "kind", "INSIGHTFUL");
        assertThat(reactions(id)).isEqualTo(1);
        bruno.post(thread(slug, id) + "/react", "kind", "INSIGHTFUL");
        assertThat(reactions(id)).isZero();
    }

    private long reactions(long discussionId) {
        return accounts.jdbc().queryForObject("select count(*) from discussion_reaction where discussion_id = ?",
                Long.class, discussionId);
    }
}
