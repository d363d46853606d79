package org.praxis.library.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One page of a community's tree, with its current title and text. */
@Entity
@Table(name = "library_page")
public class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long communityId;
    private Long parentId;
    private int position;
    private String title;
    private String body;
    private boolean membersOnly;
    private Instant createdAt;
    private Instant updatedAt;
    private long updatedBy;

    protected Page() {
    }

    public Page(long communityId, Long parentId, int position, String title, String body, boolean membersOnly,
                long authorId, Instant now) {
        this.communityId = communityId;
        this.parentId = parentId;
        this.position = position;
        this.title = title;
        this.body = body;
        this.membersOnly = membersOnly;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = authorId;
    }

    public void write(String title, String body, boolean membersOnly, long editorId, Instant now) {
        this.title = title;
        this.body = body;
        this.membersOnly = membersOnly;
        this.updatedBy = editorId;
        this.updatedAt = now;
    }

    public void place(Long parentId, int position) {
        this.parentId = parentId;
        this.position = position;
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public Long getParentId() { return parentId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    /** Hides the page (and the pages under it) from non-members, as its deleted parent did. */
    public void keepFromNonMembers() {
        this.membersOnly = true;
    }

    public boolean isMembersOnly() { return membersOnly; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getUpdatedBy() { return updatedBy; }
}
