package org.praxis.discussion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.praxis.discussion.AttachmentView;
import org.praxis.discussion.Author;
import org.praxis.discussion.CommentView;
import org.praxis.discussion.DiscussionKind;
import org.praxis.discussion.DiscussionView;
import org.praxis.discussion.ReactionCount;
import org.praxis.discussion.ReactionKind;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** The comments of a thread page as the Java writer puts them in the page, for each kind of reader. */
class CommentListHtmlTest {

    private static final Instant AT = Instant.parse("2026-03-29T00:30:00Z");
    private static final DiscussionView.Permissions MEMBER = new DiscussionView.Permissions(true, true, false, false, false, false, true);
    private static final DiscussionView.Permissions VISITOR = new DiscussionView.Permissions(false, false, false, false, false, false, false);
    private static final DiscussionView.Permissions MODERATOR = new DiscussionView.Permissions(true, true, true, true, true, true, true);

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    CommentListHtmlTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aMemberGetsReactionButtonsWithTheCsrfTokenAndAReplyLinkNamingTheAuthor() {
        String html = render(MEMBER, Locale.ENGLISH, null, null, comment(7, "Kofi", List.of(
                new ReactionCount(ReactionKind.LIKE, 2, true), new ReactionCount(ReactionKind.THANKS, 0, false))));

        assertThat(html).contains("<article class=\"comment\" id=\"comment-7\">")
                .contains("<a href=\"/members/3\" class=\"fw-semibold\">Kofi</a>")
                .contains("action=\"/c/mena/discussions/42/react?comment=7\"")
                .contains("<input type=\"hidden\" name=\"_csrf\" value=\"tok-en\"/>")
                .contains("value=\"LIKE\" class=\"btn btn-sm reaction btn-secondary\" aria-pressed=\"true\"><span>Like</span> <span class=\"reaction-count\">2</span>")
                .contains("value=\"THANKS\" class=\"btn btn-sm reaction btn-outline-secondary\" aria-pressed=\"false\"><span>Thanks</span></button>")
                .contains("href=\"/c/mena/discussions/42?replyTo=7#comment-form\" aria-label=\"Reply to Kofi\">Reply</a>")
                .doesNotContain("/edit").doesNotContain("/remove").doesNotContain("/history");
    }

    @Test
    void aVisitorSeesCountsButNoFormAndNoToken() {
        String html = render(VISITOR, Locale.FRENCH, null, null, comment(7, "Kofi", List.of(
                new ReactionCount(ReactionKind.LIKE, 2, false), new ReactionCount(ReactionKind.THANKS, 0, false))));

        assertThat(html).doesNotContain("<form").doesNotContain("_csrf").doesNotContain("replyTo")
                .contains("<span class=\"badge text-bg-light reaction\">J’aime 2</span>")
                .doesNotContain("Merci");
    }

    @Test
    void aModeratorGetsEditHistoryAndRemoveLinksThatKeepThePageCursor() {
        CommentView edited = new CommentView(9, new Author(3L, "Kofi", null), "<p>x</p>", "x", AT, AT.plusSeconds(60), false,
                null, null, false, List.of(), List.of(), true, true, List.of());

        String html = render(MODERATOR, Locale.ENGLISH, 100L, null, edited);

        assertThat(html).contains("href=\"/c/mena/discussions/42/comments/9/edit\">Edit</a>")
                .contains("href=\"/c/mena/discussions/42/history?comment=9\">")
                .contains("href=\"/c/mena/discussions/42/comments/9/remove?after=100\" aria-label=\"Remove the comment of Kofi\">")
                .contains("<span class=\"edited-mark\">(edited)</span>")
                .contains("href=\"/c/mena/discussions/42?after=100&amp;replyTo=9#comment-form\"");
    }

    @Test
    void namesTextsAndFileNamesAreEscapedAndTheSanitisedBodyIsKept() {
        CommentView hostile = new CommentView(5, new Author(4L, "<script>alert(1)</script>", null), "<p><em>safe</em></p>",
                null, AT, null, false, 3L, new CommentView.Quote(3, "\"Quoted\" <b>", "a < b & c", false), false,
                List.of(), List.of(new AttachmentView(11, "x\" onerror=\"alert(1).png", "image/png", 10, true),
                new AttachmentView(12, "<report>.pdf", "application/pdf", 204_800, false)), false, false, List.of());

        String html = render(MEMBER, Locale.ENGLISH, null, null, hostile);

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<report>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<div class=\"comment-body\"><p><em>safe</em></p></div>")
                .contains("In reply to &quot;Quoted&quot; &lt;b&gt;")
                .contains("<a href=\"#comment-3\">a &lt; b &amp; c</a>")
                .contains("<img src=\"/c/mena/discussions/42/attachments/11\" alt=\"x&quot; onerror=&quot;alert(1).png\"")
                .contains("download>&lt;report&gt;.pdf</a> <span class=\"small text-body-secondary\">200 KB</span>");
    }

    @Test
    void removedCommentsKeepTheirPlaceWithoutTextOrActionsAndFormerMembersAreNamedSo() {
        CommentView removed = new CommentView(6, new Author(null, null, null), null, null, AT, null, true, null, null, false,
                List.of(new ReactionCount(ReactionKind.LIKE, 1, false)), List.of(), false, false, List.of());
        CommentView fresh = new CommentView(8, new Author(3L, "Kofi", null), "<p>new</p>", null, AT, null, false, 6L, null,
                true, List.of(), List.of(), false, false, List.of());
        CommentView top = new CommentView(6, removed.author(), null, null, AT, null, true, null, null, false, List.of(),
                List.of(), false, false, List.of(fresh));

        String html = render(MEMBER, Locale.FRENCH, null, null, top);

        assertThat(html).contains("<span>Ancien membre</span>")
                .contains("<p class=\"fst-italic text-body-secondary removed-comment\">Commentaire retiré</p>")
                .contains("<ol class=\"list-unstyled replies\"><li><article class=\"comment comment-new\" id=\"comment-8\">")
                .contains("<span class=\"badge text-bg-primary\">Nouveau</span>");
        assertThat(html.substring(0, html.indexOf("comment-8"))).doesNotContain("comment-body").doesNotContain("<form");
    }

    @Test
    void timesAreShownInTheGivenZoneWithTheInstantInTheMarkup() {
        String html = CommentListHtml.render(new CommentListHtml.Page("", "mena", discussion(VISITOR), null, null, null, messages,
                Locale.ENGLISH, ZoneId.of("Europe/Paris")), List.of(comment(1, "Kofi", List.of())));

        assertThat(html).contains("<time datetime=\"2026-03-29T00:30:00Z\">2026-03-29 01:30</time>");
    }

    private String render(DiscussionView.Permissions can, Locale locale, Long after, Long before, CommentView comment) {
        return CommentListHtml.render(new CommentListHtml.Page("", "mena", discussion(can), after, before,
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "tok-en"), messages, locale, ZoneId.of("UTC")), List.of(comment));
    }

    private static CommentView comment(long id, String author, List<ReactionCount> reactions) {
        return new CommentView(id, new Author(3L, author, null), "<p>text</p>", null, AT, null, false, null, null, false,
                reactions, List.of(), false, false, List.of());
    }

    private static DiscussionView discussion(DiscussionView.Permissions can) {
        return new DiscussionView(42, 1, DiscussionKind.DISCUSSION, "T", "<p>b</p>", null, new Author(1L, "A", null), AT,
                null, false, false, false, List.of(), 1, List.of(), List.of(), can);
    }
}
