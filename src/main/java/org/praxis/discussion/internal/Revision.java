package org.praxis.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The text an edit replaced (a discussion's when {@code commentId} is null), kept for moderators. */
@Entity
@Table(name = "discussion_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long discussionId;
    private Long commentId;
    private long editorId;
    private String title;
    private String body;
    private Instant replacedAt;

    protected Revision() {
    }

    public Revision(long discussionId, Long commentId, long editorId, String title, String body, Instant replacedAt) {
        this.discussionId = discussionId;
        this.commentId = commentId;
        this.editorId = editorId;
        this.title = title;
        this.body = body;
        this.replacedAt = replacedAt;
    }

    public Long getId() { return id; }
    public long getEditorId() { return editorId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getReplacedAt() { return replacedAt; }
}
