package org.praxis.discussion.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.praxis.discussion.AttachmentView;
import org.praxis.discussion.CommentView;
import org.praxis.discussion.CommentsSince;
import org.praxis.discussion.DiscussionView;
import org.praxis.discussion.ReactionCount;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriUtils;
import org.unbescape.html.HtmlEscape;

/**
 * The comments of one thread page as HTML, written here rather than by the template engine.
 * A page holds up to 50 comments with their replies, and each comment has a dozen links, labels
 * and conditions: evaluated one by one by Thymeleaf they cost most of the page's time (about two
 * thirds, profiled under load). The markup is what the template wrote before;
 * {@code CommentListHtmlTest} checks it piece by piece, and the browser tests check it in use.
 */
final class CommentListHtml {

    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What every comment of the page shares: where it is, what the reader may do, in which language. */
    record Page(String contextPath, String slug, DiscussionView discussion, Long after, Long before, CsrfToken csrf,
                MessageSource messages, Locale locale, ZoneId zone) {
    }

    private final Page page;
    private final StringBuilder out = new StringBuilder(32 * 1024);
    private final String formerMember;

    private CommentListHtml(Page page) {
        this.page = page;
        this.formerMember = message("discussion.formerMember");
    }

    static String render(Page page, List<CommentView> comments) {
        return new CommentListHtml(page).list(comments);
    }

    /**
     * Comments that arrived while a page was open, one list item each, for its script to place:
     * a top-level comment at the end of the list, a reply ({@code data-root} names its top-level
     * comment) at the end of that comment's replies.
     */
    static String renderArrivals(Page page, List<CommentsSince.Arrival> arrivals) {
        return new CommentListHtml(page).arrivals(arrivals);
    }

    private String arrivals(List<CommentsSince.Arrival> arrivals) {
        out.append("<ol class=\"list-unstyled live-arrivals\">");
        for (CommentsSince.Arrival a : arrivals) {
            if (a.rootId() == null) {
                out.append("<li class=\"comment-item\">");
            } else {
                out.append("<li data-root=\"").append(a.rootId()).append("\">");
            }
            comment(a.comment());
            out.append("</li>\n");
        }
        return out.append("</ol>").toString();
    }

    private String list(List<CommentView> comments) {
        out.append("<ol class=\"list-unstyled comment-list\">");
        for (CommentView c : comments) {
            out.append("<li class=\"comment-item\">");
            comment(c);
            if (!c.replies().isEmpty()) {
                out.append("<ol class=\"list-unstyled replies\">");
                for (CommentView r : c.replies()) {
                    out.append("<li>");
                    comment(r);
                    out.append("</li>");
                }
                out.append("</ol>");
            }
            out.append("</li>\n");
        }
        return out.append("</ol>").toString();
    }

    private void comment(CommentView c) {
        out.append("<article class=\"comment").append(c.isNew() ? " comment-new" : "").append("\" id=\"comment-")
                .append(c.id()).append("\">\n<p class=\"small text-body-secondary mb-1\">");
        if (c.author().id() != null) {
            out.append("<a href=\"").append(attr(page.contextPath() + "/members/" + c.author().id()))
                    .append("\" class=\"fw-semibold\">").append(text(c.author().displayName())).append("</a>");
        } else {
            out.append("<span>").append(text(formerMember)).append("</span>");
        }
        out.append(" · <time datetime=\"").append(c.createdAt()).append("\">").append(shown(c.createdAt())).append("</time>");
        if (c.editedAt() != null && !c.removed()) {
            out.append(" <span class=\"edited-mark\">").append(text(message("discussion.editedMark"))).append("</span>");
        }
        if (c.isNew()) {
            out.append(" <span class=\"badge text-bg-primary\">").append(text(message("discussion.unreadMark"))).append("</span>");
        }
        out.append("</p>\n");
        if (c.quote() != null) {
            CommentView.Quote q = c.quote();
            String name = q.authorName() != null ? q.authorName() : formerMember;
            out.append("<blockquote class=\"comment-quote small\"><p class=\"mb-0\"><span>")
                    .append(text(message("discussion.inReplyTo", name))).append("</span> <a href=\"#comment-")
                    .append(q.commentId()).append("\">")
                    .append(text(q.removed() ? message("discussion.commentRemoved") : q.excerpt())).append("</a></p></blockquote>\n");
        }
        if (c.removed()) {
            out.append("<p class=\"fst-italic text-body-secondary removed-comment\">")
                    .append(text(message("discussion.commentRemoved"))).append("</p>\n");
        } else {
            out.append("<div class=\"comment-body\">").append(c.bodyHtml()).append("</div>\n");
            attachments(c.attachments());
            reactions(c);
            actions(c);
        }
        out.append("</article>");
    }

    private void attachments(List<AttachmentView> files) {
        if (files.isEmpty()) {
            return;
        }
        out.append("<div class=\"attachments my-2\">");
        for (AttachmentView f : files) {
            String url = attr(discussionUrl() + "/attachments/" + f.id());
            if (f.image()) {
                out.append("<figure class=\"attachment-image mb-2\"><img src=\"").append(url).append("\" alt=\"")
                        .append(attr(f.name())).append("\" class=\"img-fluid\" loading=\"lazy\"></figure>");
            } else {
                out.append("<p class=\"attachment-file mb-1\"><a href=\"").append(url).append("\" download>")
                        .append(text(f.name())).append("</a> <span class=\"small text-body-secondary\">")
                        .append(Math.round(f.size() / 1024.0)).append(" KB</span></p>");
            }
        }
        out.append("</div>\n");
    }

    private void reactions(CommentView c) {
        out.append("<div class=\"reactions my-1\">");
        if (page.discussion().can().react()) {
            out.append("<form method=\"post\" class=\"d-flex flex-wrap gap-1\" action=\"")
                    .append(attr(discussionUrl() + "/react" + query("comment", c.id(), "after", page.after(), "before", page.before())))
                    .append("\">");
            csrfField();
            for (ReactionCount r : c.reactions()) {
                out.append("<button type=\"submit\" name=\"kind\" value=\"").append(r.kind().name())
                        .append("\" class=\"btn btn-sm reaction ").append(r.mine() ? "btn-secondary" : "btn-outline-secondary")
                        .append("\" aria-pressed=\"").append(r.mine()).append("\"><span>")
                        .append(text(message("reaction." + r.kind().name()))).append("</span>");
                if (r.count() > 0) {
                    out.append(" <span class=\"reaction-count\">").append(r.count()).append("</span>");
                }
                out.append("</button>");
            }
            out.append("</form>");
        } else {
            out.append("<p class=\"d-flex flex-wrap gap-1 mb-0\">");
            for (ReactionCount r : c.reactions()) {
                if (r.count() > 0) {
                    out.append("<span class=\"badge text-bg-light reaction\">")
                            .append(text(message("reaction." + r.kind().name()) + " " + r.count())).append("</span>");
                }
            }
            out.append("</p>");
        }
        out.append("</div>\n");
    }

    private void actions(CommentView c) {
        DiscussionView.Permissions can = page.discussion().can();
        String name = c.author().displayName() != null ? c.author().displayName() : formerMember;
        out.append("<div class=\"d-flex flex-wrap gap-2 comment-actions\">");
        if (can.comment()) {
            link("btn btn-sm btn-link", discussionUrl() + query("after", page.after(), "before", page.before(), "replyTo", c.id())
                    + "#comment-form", message("discussion.reply"), message("discussion.replyTo", name));
        }
        if (c.canEdit()) {
            link("btn btn-sm btn-link", discussionUrl() + "/comments/" + c.id() + "/edit", message("discussion.edit"), null);
        }
        if (can.seeRevisions() && c.editedAt() != null) {
            link("btn btn-sm btn-link", discussionUrl() + "/history" + query("comment", c.id()),
                    message("discussion.history.link"), null);
        }
        if (c.canDelete()) {
            link("btn btn-sm btn-link text-danger", discussionUrl() + "/comments/" + c.id() + "/remove"
                    + query("after", page.after(), "before", page.before()), message("discussion.remove"),
                    message("discussion.removeNamed", name));
        }
        // What members cannot change themselves, they report; authors and moderators edit instead.
        if (can.report() && !c.removed() && !c.canEdit()) {
            link("btn btn-sm btn-link", page.contextPath() + "/c/" + UriUtils.encodePathSegment(page.slug(),
                    java.nio.charset.StandardCharsets.UTF_8) + "/report" + query("type", "COMMENT", "id", c.id(), "parent",
                    page.discussion().id()), message("report.link"), message("report.linkNamed", name));
        }
        out.append("</div>\n");
    }

    private void link(String cssClass, String href, String label, String ariaLabel) {
        out.append("<a class=\"").append(cssClass).append("\" href=\"").append(attr(href)).append('"');
        if (ariaLabel != null) {
            out.append(" aria-label=\"").append(attr(ariaLabel)).append('"');
        }
        out.append('>').append(text(label)).append("</a>");
    }

    private void csrfField() {
        CsrfToken csrf = page.csrf();
        if (csrf != null) {
            out.append("<input type=\"hidden\" name=\"").append(attr(csrf.getParameterName())).append("\" value=\"")
                    .append(attr(csrf.getToken())).append("\"/>");
        }
    }

    private String discussionUrl() {
        return page.contextPath() + "/c/" + UriUtils.encodePathSegment(page.slug(), java.nio.charset.StandardCharsets.UTF_8)
                + "/discussions/" + page.discussion().id();
    }

    /** A query string of the pairs whose value is not null ("" when none is). */
    private static String query(Object... pairs) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                q.append(q.isEmpty() ? '?' : '&').append(pairs[i]).append('=').append(pairs[i + 1]);
            }
        }
        return q.toString();
    }

    private String shown(Instant at) {
        return SHOWN_TIME.format(at.atZone(page.zone()));
    }

    private String message(String code, Object... args) {
        return page.messages().getMessage(code, args.length == 0 ? null : args, code, page.locale());
    }

    private static String text(String s) {
        return s == null ? "" : HtmlEscape.escapeHtml4Xml(s);
    }

    private static String attr(String s) {
        return text(s);
    }
}
