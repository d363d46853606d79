package org.praxis.discussion.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.praxis.discussion.DiscussionKind;

/**
 * A discussion or an announcement in one community: its opening post, flags, and the counters
 * that comments keep (how many, the newest one) so lists need no counting.
 */
@Entity
@Table(name = "discussion")
public class Discussion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long communityId;
    private long authorId;
    @Enumerated(EnumType.STRING)
    private DiscussionKind kind;
    private String title;
    private String body;
    private boolean membersOnly;
    private boolean pinned;
    private boolean locked;
    private int commentCount;
    private long lastCommentId;
    private Instant createdAt;
    private Instant lastActivityAt;
    private Instant editedAt;
    private Instant removedAt;
    private Long removedBy;
    private String removalReason;
    @ElementCollection
    @CollectionTable(name = "discussion_tag", joinColumns = @JoinColumn(name = "discussion_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    protected Discussion() {
    }

    public Discussion(long communityId, long authorId, DiscussionKind kind, String title, String body,
                      boolean membersOnly, Set<String> tags, Instant now) {
        this.communityId = communityId;
        this.authorId = authorId;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.membersOnly = membersOnly;
        this.tags.addAll(tags);
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    public void edit(String title, String body, boolean membersOnly, Set<String> tags, Instant now) {
        this.title = title;
        this.body = body;
        this.membersOnly = membersOnly;
        this.tags.clear();
        this.tags.addAll(tags);
        this.editedAt = now;
    }

    public void remove(long by, String reason, Instant now) {
        this.removedAt = now;
        this.removedBy = by;
        this.removalReason = reason;
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Long getId() { return id; }
    /** Moves the discussion, with its comments and attachments, to another community. */
    public void moveTo(long otherCommunityId) {
        this.communityId = otherCommunityId;
    }

    public long getCommunityId() { return communityId; }
    public long getAuthorId() { return authorId; }
    public DiscussionKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public boolean isMembersOnly() { return membersOnly; }
    public boolean isPinned() { return pinned; }
    public boolean isLocked() { return locked; }
    public int getCommentCount() { return commentCount; }
    public long getLastCommentId() { return lastCommentId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Instant getEditedAt() { return editedAt; }
    public Instant getRemovedAt() { return removedAt; }
    public String getRemovalReason() { return removalReason; }
    public Set<String> getTags() { return tags; }
}
