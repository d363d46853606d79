package org.praxis.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a discussion's opening post ({@code commentId} null) or to a comment. */
@Entity
@Table(name = "discussion_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long discussionId;
    private Long commentId;
    private long uploaderId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String storageKey;
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(long discussionId, Long commentId, long uploaderId, String fileName, String contentType,
                      long sizeBytes, String storageKey, Instant now) {
        this.discussionId = discussionId;
        this.commentId = commentId;
        this.uploaderId = uploaderId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getDiscussionId() { return discussionId; }
    public Long getCommentId() { return commentId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStorageKey() { return storageKey; }
}
