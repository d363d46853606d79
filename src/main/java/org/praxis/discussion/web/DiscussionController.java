package org.praxis.discussion.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.discussion.AttachmentFile;
import org.praxis.discussion.AttachmentLimits;
import org.praxis.discussion.DiscussionAttachments;
import org.praxis.discussion.CommentView;
import org.praxis.discussion.CommentsSince;
import org.praxis.discussion.DiscussionBoard;
import org.praxis.discussion.DiscussionComments;
import org.praxis.discussion.DiscussionKind;
import org.praxis.discussion.DiscussionText;
import org.praxis.discussion.DiscussionView;
import org.praxis.discussion.Mentions;
import org.praxis.discussion.ReactionKind;
import org.praxis.discussion.ThreadPage;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Discussions and Announcements tabs, a discussion's page with its comments, and the forms
 * to write, edit, remove, pin, lock and react. Each works without JavaScript.
 */
@Controller
class DiscussionController {

    /** A discussion or announcement as typed; tags are one comma-separated line. */
    static class DiscussionForm {
        private String title;
        private String body;
        private String tags;
        private boolean membersOnly;
        private boolean personalDataConfirmed;
        private List<MultipartFile> files;

        static DiscussionForm of(DiscussionView view) {
            DiscussionForm form = new DiscussionForm();
            form.title = view.title();
            form.body = view.body();
            form.tags = String.join(", ", view.tags());
            form.membersOnly = view.membersOnly();
            return form;
        }

        DiscussionText toText() {
            List<String> tagList = tags == null ? List.of() : Arrays.asList(tags.split(","));
            return new DiscussionText(title, body, tagList, membersOnly, personalDataConfirmed);
        }

        /** The personal-data warning binds to this name; there is nothing to type in it. */
        public String getPersonalData() { return null; }
        public boolean isPersonalDataConfirmed() { return personalDataConfirmed; }
        public void setPersonalDataConfirmed(boolean confirmed) { this.personalDataConfirmed = confirmed; }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public String getTags() { return tags; }
        public void setTags(String tags) { this.tags = tags; }
        public boolean isMembersOnly() { return membersOnly; }
        public void setMembersOnly(boolean membersOnly) { this.membersOnly = membersOnly; }
        public List<MultipartFile> getFiles() { return files; }
        public void setFiles(List<MultipartFile> files) { this.files = files; }
    }

    /** A comment or reply as typed. */
    static class CommentForm {
        private String body;
        private Long replyTo;
        private boolean personalDataConfirmed;
        private List<MultipartFile> files;

        /** The personal-data warning binds to this name; there is nothing to type in it. */
        public String getPersonalData() { return null; }
        public boolean isPersonalDataConfirmed() { return personalDataConfirmed; }
        public void setPersonalDataConfirmed(boolean confirmed) { this.personalDataConfirmed = confirmed; }

        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public Long getReplyTo() { return replyTo; }
        public void setReplyTo(Long replyTo) { this.replyTo = replyTo; }
        public List<MultipartFile> getFiles() { return files; }
        public void setFiles(List<MultipartFile> files) { this.files = files; }
    }

    private final CommunityCatalog catalog;
    private final DiscussionBoard board;
    private final DiscussionComments comments;
    private final DiscussionAttachments attachments;
    private final AttachmentLimits limits;
    private final Mentions mentions;
    private final MessageSource messages;

    DiscussionController(CommunityCatalog catalog, DiscussionBoard board, DiscussionComments comments,
                         DiscussionAttachments attachments, AttachmentLimits limits, Mentions mentions,
                         MessageSource messages) {
        this.mentions = mentions;
        this.messages = messages;
        this.attachments = attachments;
        this.limits = limits;
        this.catalog = catalog;
        this.board = board;
        this.comments = comments;
    }

    /** The limits shown next to every file field. */
    @ModelAttribute("attachmentLimits")
    AttachmentLimits attachmentLimits() {
        return limits;
    }

    @GetMapping("/c/{slug}/discussions")
    String discussions(Actor actor, @PathVariable String slug, @RequestParam(required = false) String tag,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        return list(actor, slug, DiscussionKind.DISCUSSION, tag, page, model);
    }

    @GetMapping("/c/{slug}/announcements")
    String announcements(Actor actor, @PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        return list(actor, slug, DiscussionKind.ANNOUNCEMENT, null, page, model);
    }

    private String list(Actor actor, String slug, DiscussionKind kind, String tag, int page, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("kind", kind);
        model.addAttribute("tag", tag);
        model.addAttribute("results", board.list(actor, community.facts(), kind, tag, page));
        model.addAttribute("canWrite", kind == DiscussionKind.ANNOUNCEMENT
                ? board.canAnnounce(actor, community.facts()) : board.canStart(actor, community.facts()));
        model.addAttribute("tab", tabOf(kind));
        return "discussion/list";
    }

    @GetMapping({"/c/{slug}/discussions/new", "/c/{slug}/announcements/new"})
    String newForm(Actor actor, @PathVariable String slug, Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("form", new DiscussionForm());
        return writePage(actor, slug, kindOf(request), model);
    }

    @PostMapping({"/c/{slug}/discussions/new", "/c/{slug}/announcements/new"})
    String start(Actor actor, @PathVariable String slug, @ModelAttribute("form") DiscussionForm form,
                 BindingResult result, Model model, jakarta.servlet.http.HttpServletRequest request,
                 org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        DiscussionKind kind = kindOf(request);
        CommunityPage community = catalog.frame(actor, slug);
        try {
            DiscussionBoard.Submission submitted = board.start(actor, community.facts(), kind, form.toText(),
                    FileUploads.of(form.getFiles()));
            if (submitted.held()) {
                redirect.addFlashAttribute("notice", "post.held");
                return "redirect:/c/" + slug + (kind == DiscussionKind.ANNOUNCEMENT ? "/announcements" : "/discussions");
            }
            return "redirect:/c/" + slug + "/discussions/" + submitted.id();
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return writePage(actor, slug, kind, model);
        }
    }

    private String writePage(Actor actor, String slug, DiscussionKind kind, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        boolean allowed = kind == DiscussionKind.ANNOUNCEMENT ? board.canAnnounce(actor, community.facts())
                : board.canStart(actor, community.facts());
        if (!allowed) {
            board.refuseWrite(community.facts());
        }
        model.addAttribute("community", community);
        model.addAttribute("kind", kind);
        model.addAttribute("editing", false);
        model.addAttribute("tab", tabOf(kind));
        return "discussion/write";
    }

    @GetMapping("/c/{slug}/discussions/{id}")
    String thread(Actor actor, @PathVariable String slug, @PathVariable long id,
                  @RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                  @RequestParam(required = false) Long replyTo, Model model, HttpServletRequest request) {
        CommentForm form = new CommentForm();
        form.setReplyTo(replyTo);
        return threadPage(actor, slug, id, after, before, form, model, request);
    }

    private String threadPage(Actor actor, String slug, long id, Long after, Long before, CommentForm form, Model model,
                              HttpServletRequest request) {
        CommunityPage community = catalog.frame(actor, slug);
        ThreadPage thread = board.open(actor, community.facts(), id, after, before);
        model.addAttribute("community", community);
        model.addAttribute("thread", thread);
        CsrfToken csrf = thread.discussion().can().react() ? (CsrfToken) request.getAttribute(CsrfToken.class.getName()) : null;
        model.addAttribute("commentList", CommentListHtml.render(new CommentListHtml.Page(request.getContextPath(),
                community.slug(), thread.discussion(), after, before, csrf, messages, RequestContextUtils.getLocale(request),
                ZoneId.systemDefault()), thread.comments()));
        model.addAttribute("d", thread.discussion());
        model.addAttribute("after", after);
        model.addAttribute("before", before);
        model.addAttribute("reactionKinds", ReactionKind.values());
        CommentView.Quote replyingTo = form.getReplyTo() == null ? null
                : comments.quote(actor, community.facts(), id, form.getReplyTo()).orElse(null);
        if (replyingTo == null) {
            form.setReplyTo(null);
        }
        model.addAttribute("replyingTo", replyingTo);
        model.addAttribute("commentForm", form);
        model.addAttribute("tab", tabOf(thread.discussion().kind()));
        return "discussion/thread";
    }

    @PostMapping("/c/{slug}/discussions/{id}/comments")
    String comment(Actor actor, @PathVariable String slug, @PathVariable long id,
                   @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model,
                   HttpServletRequest request, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            DiscussionComments.Posted posted = comments.post(actor, community.facts(), id, form.getReplyTo(), form.getBody(),
                    FileUploads.of(form.getFiles()), form.isPersonalDataConfirmed());
            if (posted.held()) {
                redirect.addFlashAttribute("notice", "post.held");
                return "redirect:" + threadUrl(slug, id, null, null);
            }
            return "redirect:" + threadUrl(slug, id, posted.threadId() - 1, null) + "#comment-" + posted.id();
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            Long page = form.getReplyTo() == null ? Long.valueOf(Long.MAX_VALUE) : null;
            Long after = form.getReplyTo() == null ? null : comments.threadOf(actor, community.facts(), id, form.getReplyTo()) - 1;
            return threadPage(actor, slug, id, after, page, form, model, request);
        }
    }

    /**
     * The comments posted after one, as the thread page shows them, for the page's live-update
     * script: the same check as opening the page (404 for those who may not read it). Never
     * cached: it is members' content and changes with every comment.
     */
    @GetMapping("/c/{slug}/discussions/{id}/comments/after/{commentId}")
    ResponseEntity<String> commentsAfter(Actor actor, @PathVariable String slug, @PathVariable long id,
                                         @PathVariable long commentId, HttpServletRequest request) {
        CommunityFacts community = catalog.facts(actor, slug);
        CommentsSince since = board.since(actor, community, id, commentId);
        CsrfToken csrf = since.discussion().can().react() ? (CsrfToken) request.getAttribute(CsrfToken.class.getName()) : null;
        String html = CommentListHtml.renderArrivals(new CommentListHtml.Page(request.getContextPath(), slug,
                since.discussion(), null, null, csrf, messages, RequestContextUtils.getLocale(request), ZoneId.systemDefault()),
                since.arrivals());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-More-Comments", String.valueOf(since.more()))
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    @GetMapping("/c/{slug}/discussions/{id}/edit")
    String editForm(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        DiscussionView view = board.forEditing(actor, community.facts(), id);
        model.addAttribute("form", DiscussionForm.of(view));
        return editPage(community, view, model);
    }

    @PostMapping("/c/{slug}/discussions/{id}/edit")
    String edit(Actor actor, @PathVariable String slug, @PathVariable long id, @ModelAttribute("form") DiscussionForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            board.edit(actor, community.facts(), id, form.toText());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return editPage(community, board.forEditing(actor, community.facts(), id), model);
        }
        redirect.addFlashAttribute("notice", "discussion.saved");
        return "redirect:/c/" + slug + "/discussions/" + id;
    }

    private String editPage(CommunityPage community, DiscussionView view, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("kind", view.kind());
        model.addAttribute("editing", true);
        model.addAttribute("discussionId", view.id());
        model.addAttribute("tab", tabOf(view.kind()));
        return "discussion/write";
    }

    @GetMapping("/c/{slug}/discussions/{id}/comments/{commentId}/edit")
    String editCommentForm(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable long commentId,
                           Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        CommentForm form = new CommentForm();
        form.setBody(comments.forEditing(actor, community.facts(), id, commentId));
        return editCommentPage(community, id, commentId, form, model);
    }

    @PostMapping("/c/{slug}/discussions/{id}/comments/{commentId}/edit")
    String editComment(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable long commentId,
                       @ModelAttribute("commentForm") CommentForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            comments.edit(actor, community.facts(), id, commentId, form.getBody(), form.isPersonalDataConfirmed());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return editCommentPage(community, id, commentId, form, model);
        }
        redirect.addFlashAttribute("notice", "discussion.commentSaved");
        return "redirect:" + threadUrl(slug, id, comments.threadOf(actor, community.facts(), id, commentId) - 1, null)
                + "#comment-" + commentId;
    }

    private String editCommentPage(CommunityPage community, long id, long commentId, CommentForm form, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("commentForm", form);
        model.addAttribute("discussionId", id);
        model.addAttribute("commentId", commentId);
        model.addAttribute("tab", "discussions");
        return "discussion/edit-comment";
    }

    @PostMapping("/c/{slug}/discussions/{id}/remove")
    String remove(Actor actor, @PathVariable String slug, @PathVariable long id,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        DiscussionKind kind = board.kindOf(actor, community.facts(), id);
        board.remove(actor, community.facts(), id, reason);
        redirect.addFlashAttribute("notice", "discussion.removed");
        return "redirect:/c/" + slug + "/" + (kind == DiscussionKind.ANNOUNCEMENT ? "announcements" : "discussions");
    }

    @GetMapping("/c/{slug}/discussions/{id}/comments/{commentId}/remove")
    String removeCommentForm(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable long commentId,
                             @RequestParam(required = false) Long after, @RequestParam(required = false) Long before,
                             Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("removal", comments.forRemoval(actor, community.facts(), id, commentId));
        model.addAttribute("discussionId", id);
        model.addAttribute("after", after);
        model.addAttribute("before", before);
        model.addAttribute("tab", "discussions");
        return "discussion/remove-comment";
    }

    @PostMapping("/c/{slug}/discussions/{id}/comments/{commentId}/remove")
    String removeComment(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable long commentId,
                         @RequestParam(required = false) String reason, @RequestParam(required = false) Long after,
                         @RequestParam(required = false) Long before, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        comments.remove(actor, community.facts(), id, commentId, reason);
        redirect.addFlashAttribute("notice", "discussion.commentRemoved");
        return "redirect:" + threadUrl(slug, id, after, before) + "#comment-" + commentId;
    }

    @PostMapping("/c/{slug}/discussions/{id}/{flag:pin|lock}")
    String flag(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable String flag,
                @RequestParam(defaultValue = "false") boolean on, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        if (flag.equals("pin")) {
            board.pin(actor, community.facts(), id, on);
        } else {
            board.lock(actor, community.facts(), id, on);
        }
        redirect.addFlashAttribute("notice", "discussion." + flag + (on ? "ned" : "Removed"));
        return "redirect:/c/" + slug + "/discussions/" + id;
    }

    @PostMapping("/c/{slug}/discussions/{id}/react")
    String react(Actor actor, @PathVariable String slug, @PathVariable long id,
                 @RequestParam(defaultValue = "0") long comment, @RequestParam ReactionKind kind,
                 @RequestParam(required = false) Boolean on, @RequestParam(required = false) Long after,
                 @RequestParam(required = false) Long before) {
        CommunityPage community = catalog.frame(actor, slug);
        comments.react(actor, community.facts(), id, comment, kind, on);
        return "redirect:" + threadUrl(slug, id, after, before) + (comment == 0 ? "" : "#comment-" + comment);
    }

    @GetMapping("/c/{slug}/discussions/{id}/history")
    String history(Actor actor, @PathVariable String slug, @PathVariable long id,
                   @RequestParam(required = false) Long comment, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("revisions", board.revisions(actor, community.facts(), id, comment));
        model.addAttribute("discussionId", id);
        model.addAttribute("commentId", comment);
        model.addAttribute("tab", "discussions");
        return "discussion/history";
    }

    /**
     * An attachment, for members who may read its discussion. Images are shown in place; any
     * other file is sent as a download. The type was found from the bytes when it was stored.
     */
    @GetMapping("/c/{slug}/discussions/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(Actor actor, @PathVariable String slug, @PathVariable long id,
                                                   @PathVariable long attachmentId) {
        AttachmentFile file = attachments.open(actor, catalog.facts(actor, slug), id, attachmentId);
        return FileUploads.download(file);
    }

    /** Members to suggest after an @ while writing, as JSON for the page's script. */
    @GetMapping(path = "/c/{slug}/mention-candidates", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    List<Mentions.Candidate> mentionCandidates(Actor actor, @PathVariable String slug,
                                               @RequestParam(defaultValue = "") String q) {
        return mentions.candidates(actor, catalog.facts(actor, slug), q);
    }

    static String threadUrl(String slug, long id, Long after, Long before) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/c/{slug}/discussions/{id}");
        if (after != null && after > 0) {
            url.queryParam("after", after);
        } else if (before != null) {
            url.queryParam("before", before);
        }
        return url.buildAndExpand(slug, id).encode().toUriString();
    }

    private static DiscussionKind kindOf(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().contains("/announcements/") ? DiscussionKind.ANNOUNCEMENT : DiscussionKind.DISCUSSION;
    }

    private static String tabOf(DiscussionKind kind) {
        return kind == DiscussionKind.ANNOUNCEMENT ? "announcements" : "discussions";
    }
}
