package org.praxis.activity.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.praxis.activity.ActivityKind;

/** One thing that happened in a community: who did what, and to which discussion or comment. */
@Entity
@Table(name = "activity_entry")
public class ActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long communityId;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    private long actorId;
    private Long discussionId;
    private Long commentId;
    private Instant createdAt;

    protected ActivityEntry() {
    }

    public ActivityEntry(long communityId, ActivityKind kind, long actorId, Long discussionId, Long commentId, Instant at) {
        this.communityId = communityId;
        this.kind = kind;
        this.actorId = actorId;
        this.discussionId = discussionId;
        this.commentId = commentId;
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public ActivityKind getKind() { return kind; }
    public long getActorId() { return actorId; }
    public Long getDiscussionId() { return discussionId; }
    public Long getCommentId() { return commentId; }
    public Instant getCreatedAt() { return createdAt; }
}
