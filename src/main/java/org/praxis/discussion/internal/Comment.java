package org.praxis.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment on a discussion. A reply names the comment it answers ({@code replyToId}) and the
 * top-level comment it is shown under ({@code rootId}): one level of nesting is shown, and a
 * reply to a reply quotes its parent.
 */
@Entity
@Table(name = "discussion_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long discussionId;
    private long authorId;
    private Long replyToId;
    private Long rootId;
    private String body;
    private Instant createdAt;
    private Instant editedAt;
    private Instant removedAt;
    private Long removedBy;
    private String removalReason;

    protected Comment() {
    }

    public Comment(long discussionId, long authorId, Comment replyTo, String body, Instant now) {
        this.discussionId = discussionId;
        this.authorId = authorId;
        if (replyTo != null) {
            this.replyToId = replyTo.getId();
            this.rootId = replyTo.getRootId() != null ? replyTo.getRootId() : replyTo.getId();
        }
        this.body = body;
        this.createdAt = now;
    }

    public void edit(String body, Instant now) {
        this.body = body;
        this.editedAt = now;
    }

    public void remove(long by, String reason, Instant now) {
        this.removedAt = now;
        this.removedBy = by;
        this.removalReason = reason;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Long getId() { return id; }
    public long getDiscussionId() { return discussionId; }
    public long getAuthorId() { return authorId; }
    public Long getReplyToId() { return replyToId; }
    public Long getRootId() { return rootId; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
    public Instant getRemovedAt() { return removedAt; }
}
