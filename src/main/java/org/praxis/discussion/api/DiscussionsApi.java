package org.praxis.discussion.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.community.CommunityCatalog;
import org.praxis.discussion.AttachmentFile;
import org.praxis.discussion.DiscussionAttachments;
import org.praxis.discussion.DiscussionBoard;
import org.praxis.discussion.DiscussionComments;
import org.praxis.discussion.DiscussionKind;
import org.praxis.discussion.DiscussionSummary;
import org.praxis.discussion.DiscussionText;
import org.praxis.discussion.FileUpload;
import org.praxis.discussion.web.FileUploads;
import org.praxis.discussion.ReactionKind;
import org.praxis.discussion.RevisionView;
import org.praxis.discussion.ThreadPage;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.ResultPage;
import org.praxis.shared.web.IdempotentRequests;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discussions, announcements, comments and reactions over the API, under the same rules as the
 * pages. Posting a discussion or a comment is safe to retry with an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping(path = "/api/v1/communities/{slug}/discussions", produces = "application/json")
@Tag(name = "Discussions", description = "Discussions, announcements, comments and reactions")
class DiscussionsApi {

    /** A discussion (or, with kind ANNOUNCEMENT, an announcement) to start or the new text of one. */
    /** {@code personalDataConfirmed}: publish even though the text seems to hold personal data (after a 400 saying so). */
    record DiscussionBody(DiscussionKind kind, String title, String body, List<String> tags, Boolean membersOnly,
                          Boolean personalDataConfirmed) {

        DiscussionText text() {
            return new DiscussionText(title, body, tags, membersOnly, Boolean.TRUE.equals(personalDataConfirmed));
        }
    }

    /** A comment, or a reply to the comment {@code replyTo}. */
    record CommentBody(String body, Long replyTo, Boolean personalDataConfirmed) {
    }

    /** A post held for a moderator: it is published when approved (202 Accepted). */
    record Held(long heldId, boolean held) {
    }

    /** Pin or lock (moderators); an absent field is left as it is. */
    record FlagsBody(Boolean pinned, Boolean locked) {
    }

    /** What was created, and where to read it. */
    record Created(long id, String url) {
    }

    private final CommunityCatalog catalog;
    private final DiscussionBoard board;
    private final DiscussionComments comments;
    private final IdempotentRequests idempotency;
    private final JsonMapper json;
    private final DiscussionAttachments attachments;

    DiscussionsApi(CommunityCatalog catalog, DiscussionBoard board, DiscussionComments comments,
                   IdempotentRequests idempotency, JsonMapper json, DiscussionAttachments attachments) {
        this.attachments = attachments;
        this.catalog = catalog;
        this.board = board;
        this.comments = comments;
        this.idempotency = idempotency;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Discussions (or announcements, with kind=ANNOUNCEMENT), pinned first, then by latest activity")
    ResultPage<DiscussionSummary> list(Actor actor, @PathVariable String slug,
                                       @RequestParam(defaultValue = "DISCUSSION") DiscussionKind kind,
                                       @RequestParam(required = false) String tag,
                                       @RequestParam(defaultValue = "0") int page) {
        return board.list(actor, catalog.facts(actor, slug), kind, tag, page);
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Start a discussion (members) or post an announcement (moderators); retry safely with Idempotency-Key")
    ResponseEntity<?> start(Actor actor, @PathVariable String slug, @RequestBody DiscussionBody body,
                            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        CommunityFacts community = catalog.facts(actor, slug);
        return idempotency.once(actor.accountId(), key, request("POST discussions " + slug, body), () -> {
            DiscussionBoard.Submission submitted = board.start(actor, community,
                    body.kind() == null ? DiscussionKind.DISCUSSION : body.kind(), body.text());
            return answer(slug, submitted);
        });
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Start a discussion or post an announcement with files (multipart fields kind, title, body, "
            + "tags, membersOnly, files); retry safely with Idempotency-Key")
    ResponseEntity<?> startWithFiles(Actor actor, @PathVariable String slug,
                                     @RequestParam(required = false) DiscussionKind kind,
                                     @RequestParam(required = false) String title, @RequestParam(required = false) String body,
                                     @RequestParam(required = false) List<String> tags,
                                     @RequestParam(required = false) Boolean membersOnly,
                                     @RequestParam(required = false) Boolean personalDataConfirmed,
                                     @RequestParam(name = "files", required = false) List<MultipartFile> files,
                                     @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        CommunityFacts community = catalog.facts(actor, slug);
        DiscussionBody text = new DiscussionBody(kind, title, body, tags, membersOnly, personalDataConfirmed);
        List<FileUpload> uploads = FileUploads.of(files);
        return idempotency.once(actor.accountId(), key, request("POST discussions " + slug, text) + FileUploads.fingerprint(uploads),
                () -> {
                    return answer(slug, board.start(actor, community, kind == null ? DiscussionKind.DISCUSSION : kind, text.text(),
                            uploads));
                });
    }

    @GetMapping("/{id}")
    @Operation(summary = "A discussion with a page of comments: the first, the one after 'after', or the one before 'before'")
    ThreadPage get(Actor actor, @PathVariable String slug, @PathVariable long id,
                   @RequestParam(required = false) Long after, @RequestParam(required = false) Long before) {
        return board.open(actor, catalog.facts(actor, slug), id, after, before);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Edit a discussion (its author while a member, moderators); the replaced text is kept")
    ResponseEntity<Void> edit(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody DiscussionBody body) {
        board.edit(actor, catalog.facts(actor, slug), id, body.text());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a discussion; removing someone else's needs a reason, which they are told")
    ResponseEntity<Void> remove(Actor actor, @PathVariable String slug, @PathVariable long id,
                                @RequestParam(required = false) String reason) {
        board.remove(actor, catalog.facts(actor, slug), id, reason);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{id}/flags", consumes = "application/json")
    @Operation(summary = "Pin or lock a discussion (moderators)")
    ResponseEntity<Void> flags(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody FlagsBody body) {
        CommunityFacts community = catalog.facts(actor, slug);
        if (body.pinned() != null) {
            board.pin(actor, community, id, body.pinned());
        }
        if (body.locked() != null) {
            board.lock(actor, community, id, body.locked());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Texts that edits replaced, newest first, of the discussion or of one comment (moderators)")
    List<RevisionView> revisions(Actor actor, @PathVariable String slug, @PathVariable long id,
                                 @RequestParam(required = false) Long comment) {
        return board.revisions(actor, catalog.facts(actor, slug), id, comment);
    }

    @PostMapping(path = "/{id}/comments", consumes = "application/json")
    @Operation(summary = "Comment, or reply to a comment; retry safely with Idempotency-Key")
    ResponseEntity<?> comment(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody CommentBody body,
                              @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        CommunityFacts community = catalog.facts(actor, slug);
        return idempotency.once(actor.accountId(), key, request("POST comments " + slug + " " + id, body), () -> {
            return answer(slug, id, comments.post(actor, community, id, body.replyTo(), body.body(), List.of(),
                    Boolean.TRUE.equals(body.personalDataConfirmed())));
        });
    }

    @PostMapping(path = "/{id}/comments", consumes = "multipart/form-data")
    @Operation(summary = "Comment or reply with files (multipart fields body, replyTo, files); retry safely with Idempotency-Key")
    ResponseEntity<?> commentWithFiles(Actor actor, @PathVariable String slug, @PathVariable long id,
                                       @RequestParam(required = false) String body, @RequestParam(required = false) Long replyTo,
                                       @RequestParam(required = false) Boolean personalDataConfirmed,
                                       @RequestParam(name = "files", required = false) List<MultipartFile> files,
                                       @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        CommunityFacts community = catalog.facts(actor, slug);
        List<FileUpload> uploads = FileUploads.of(files);
        return idempotency.once(actor.accountId(), key,
                request("POST comments " + slug + " " + id, new CommentBody(body, replyTo, personalDataConfirmed))
                        + FileUploads.fingerprint(uploads),
                () -> answer(slug, id, comments.post(actor, community, id, replyTo, body, uploads,
                        Boolean.TRUE.equals(personalDataConfirmed))));
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "An attachment's bytes, for members who may read the discussion")
    ResponseEntity<InputStreamResource> attachment(Actor actor, @PathVariable String slug, @PathVariable long id,
                                                   @PathVariable long attachmentId) {
        AttachmentFile file = attachments.open(actor, catalog.facts(actor, slug), id, attachmentId);
        return FileUploads.download(file);
    }

    @PutMapping(path = "/{id}/comments/{commentId}", consumes = "application/json")
    @Operation(summary = "Edit a comment (its author while a member, moderators); the replaced text is kept")
    ResponseEntity<Void> editComment(Actor actor, @PathVariable String slug, @PathVariable long id,
                                     @PathVariable long commentId, @RequestBody CommentBody body) {
        comments.edit(actor, catalog.facts(actor, slug), id, commentId, body.body(), Boolean.TRUE.equals(body.personalDataConfirmed()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/comments/{commentId}")
    @Operation(summary = "Remove a comment; it stays in the thread as 'comment removed'")
    ResponseEntity<Void> removeComment(Actor actor, @PathVariable String slug, @PathVariable long id,
                                       @PathVariable long commentId, @RequestParam(required = false) String reason) {
        comments.remove(actor, catalog.facts(actor, slug), id, commentId, reason);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/reactions/{kind}")
    @Operation(summary = "React to the discussion (comment=0) or a comment; reacting twice leaves one reaction")
    ResponseEntity<Void> react(Actor actor, @PathVariable String slug, @PathVariable long id,
                               @PathVariable ReactionKind kind, @RequestParam(defaultValue = "0") long comment) {
        comments.react(actor, catalog.facts(actor, slug), id, comment, kind, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/reactions/{kind}")
    @Operation(summary = "Take a reaction back")
    ResponseEntity<Void> unreact(Actor actor, @PathVariable String slug, @PathVariable long id,
                                 @PathVariable ReactionKind kind, @RequestParam(defaultValue = "0") long comment) {
        comments.react(actor, catalog.facts(actor, slug), id, comment, kind, false);
        return ResponseEntity.noContent().build();
    }

    private String request(String what, Object body) {
        return what + "\n" + json.writeValueAsString(body);
    }

    private static ResponseEntity<?> answer(String slug, DiscussionBoard.Submission submitted) {
        if (submitted.held()) {
            return ResponseEntity.accepted().body(new Held(submitted.heldId(), true));
        }
        String url = "/api/v1/communities/" + slug + "/discussions/" + submitted.id();
        return ResponseEntity.created(URI.create(url)).body(new Created(submitted.id(), url));
    }

    private static ResponseEntity<?> answer(String slug, long discussionId, DiscussionComments.Posted posted) {
        if (posted.held()) {
            return ResponseEntity.accepted().body(new Held(posted.heldId(), true));
        }
        String url = "/api/v1/communities/" + slug + "/discussions/" + discussionId + "?after=" + (posted.threadId() - 1);
        return ResponseEntity.created(URI.create(url)).body(new Created(posted.id(), url));
    }
}
