package org.praxis.discussion.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member's last visit to a discussion: how many comments there were, and the newest one seen. */
@Entity
@Table(name = "discussion_visit")
@IdClass(Visit.Key.class)
public class Visit {

    /** The member and the discussion. */
    public record Key(Long accountId, Long discussionId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long accountId;
    @Id
    private Long discussionId;
    private int seenComments;
    private long lastSeenCommentId;
    private Instant visitedAt;

    protected Visit() {
    }

    public Visit(long accountId, long discussionId) {
        this.accountId = accountId;
        this.discussionId = discussionId;
    }

    /** Whether anything changed since the visit recorded here. */
    public boolean saw(int comments, long lastCommentId) {
        return seenComments == comments && lastSeenCommentId == lastCommentId;
    }

    public void see(int comments, long lastCommentId, Instant now) {
        this.seenComments = comments;
        this.lastSeenCommentId = lastCommentId;
        this.visitedAt = now;
    }

    public Long getDiscussionId() { return discussionId; }
    public int getSeenComments() { return seenComments; }
    public long getLastSeenCommentId() { return lastSeenCommentId; }
}
