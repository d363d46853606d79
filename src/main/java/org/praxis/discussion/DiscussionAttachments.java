package org.praxis.discussion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.Tika;
import org.praxis.discussion.internal.Attachment;
import org.praxis.discussion.internal.Attachments;
import org.praxis.discussion.internal.Comment;
import org.praxis.discussion.internal.Comments;
import org.praxis.discussion.internal.Discussion;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.storage.FileNames;
import org.praxis.shared.storage.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files attached to posts: checked (count, size, type found from the bytes), stored under keys
 * of their own, and served only to those the policy lets read them, members only.
 */
@Service
public class DiscussionAttachments {

    private static final Tika TIKA = new Tika();

    private final Attachments attachments;
    private final Comments comments;
    private final FileStore store;
    private final AttachmentLimits limits;
    private final PostRules posts;
    private final Clock clock;

    DiscussionAttachments(Attachments attachments, Comments comments, FileStore store, AttachmentLimits limits,
                          PostRules posts, Clock clock) {
        this.attachments = attachments;
        this.comments = comments;
        this.store = store;
        this.limits = limits;
        this.posts = posts;
        this.clock = clock;
    }

    /** A checked file, ready to store. */
    record Checked(String name, String contentType, byte[] bytes) {
    }

    /** Checks the files of one post, adding a message under {@code files} for the first problem found. */
    List<Checked> check(InputErrors errors, List<FileUpload> uploads) {
        List<Checked> checked = new ArrayList<>();
        List<FileUpload> files = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && u.bytes() != null && u.bytes().length > 0).toList();
        if (files.size() > limits.maxCount()) {
            errors.add("files", "attachment.tooMany", limits.maxCount());
            return List.of();
        }
        for (FileUpload file : files) {
            String name = FileNames.safe(file.name());
            if (file.bytes().length > limits.maxSize().toBytes()) {
                errors.add("files", "attachment.tooLarge", name, limits.maxSize().toMegabytes());
                return List.of();
            }
            String type = TIKA.detect(file.bytes(), name);
            if (!limits.types().contains(type)) {
                errors.add("files", "attachment.typeRefused", name);
                return List.of();
            }
            checked.add(new Checked(name, type, file.bytes()));
        }
        return checked;
    }

    /** Stores checked files for a post; if the transaction rolls back, the stored bytes go too. */
    void store(long discussionId, Long commentId, long uploaderId, List<Checked> files) {
        List<String> keys = new ArrayList<>();
        for (Checked file : files) {
            try {
                String key = store.put(new ByteArrayInputStream(file.bytes()));
                keys.add(key);
                attachments.save(new Attachment(discussionId, commentId, uploaderId, file.name(), file.contentType(),
                        file.bytes().length, key, clock.instant()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!keys.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        keys.forEach(DiscussionAttachments.this::deleteQuietly);
                    }
                }
            });
        }
    }

    /** Deletes every file a member attached, rows now and bytes once the transaction commits. */
    void removeAllBy(long uploaderId) {
        List<Attachment> theirs = attachments.findByUploaderId(uploaderId);
        attachments.deleteAll(theirs);
        List<String> keys = theirs.stream().map(Attachment::getStorageKey).toList();
        if (!keys.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.forEach(DiscussionAttachments.this::deleteQuietly);
                }
            });
        }
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            // An orphan file costs disk space only; nothing points at it.
        }
    }

    /** The attachments of the opening post (key 0) and of some comments, for a page. */
    Map<Long, List<AttachmentView>> of(long discussionId, Collection<Long> commentIds) {
        Map<Long, List<AttachmentView>> byPost = new HashMap<>();
        List<Long> ids = commentIds.isEmpty() ? List.of(-1L) : List.copyOf(commentIds);
        for (Attachment a : attachments.ofPosts(discussionId, ids)) {
            byPost.computeIfAbsent(a.getCommentId() == null ? 0L : a.getCommentId(), k -> new ArrayList<>())
                    .add(new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                            AttachmentLimits.INLINE_IMAGES.contains(a.getContentType())));
        }
        return byPost;
    }

    /**
     * An attachment's bytes, for members (and staff) who may read its discussion; 404 for
     * everyone else, for removed posts, and for ids of other discussions.
     */
    @Transactional(readOnly = true)
    public AttachmentFile open(Actor actor, CommunityFacts community, long discussionId, long attachmentId) {
        Relation relation = posts.relation(actor, community);
        Discussion d = posts.readable(actor, community, relation, discussionId);
        Attachment a = attachments.findById(attachmentId).filter(x -> x.getDiscussionId() == discussionId)
                .orElseThrow(() -> new NotFoundException("attachment"));
        if (d.isRemoved() || !posts.rules().canReadAttachments(actor, community, relation, d.isMembersOnly())) {
            throw new NotFoundException("attachment");
        }
        if (a.getCommentId() != null && comments.findById(a.getCommentId()).map(Comment::isRemoved).orElse(true)) {
            throw new NotFoundException("attachment");
        }
        try {
            return new AttachmentFile(a.getFileName(), a.getContentType(), a.getSizeBytes(),
                    AttachmentLimits.INLINE_IMAGES.contains(a.getContentType()), store.open(a.getStorageKey()));
        } catch (IOException e) {
            throw new NotFoundException("attachment file");
        }
    }
}
