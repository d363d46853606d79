package org.praxis.library.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A working document of a community: what members call it and say about it. Its bytes are in
 * its versions; {@code currentVersion} is the one downloaded by default. A removed file keeps
 * its row (who removed it and why), not its bytes.
 */
@Entity
@Table(name = "library_file")
// Only changed columns are written, so a change never puts back a download count read earlier.
@org.hibernate.annotations.DynamicUpdate
public class LibraryFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long communityId;
    private Long folderId;
    private String title;
    private String description;
    private String language;
    private long uploaderId;
    private int currentVersion;
    private long downloadCount;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant removedAt;
    private Long removedBy;
    private String removalReason;

    protected LibraryFile() {
    }

    public LibraryFile(long communityId, Long folderId, String title, String description, String language,
                       long uploaderId, Instant now) {
        this.communityId = communityId;
        this.folderId = folderId;
        this.title = title;
        this.description = description;
        this.language = language;
        this.uploaderId = uploaderId;
        this.currentVersion = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(Long folderId, String title, String description, String language, Instant now) {
        this.folderId = folderId;
        this.title = title;
        this.description = description;
        this.language = language;
        this.updatedAt = now;
    }

    public int nextVersion(Instant now) {
        currentVersion++;
        updatedAt = now;
        return currentVersion;
    }

    public void remove(long by, String reason, Instant now) {
        removedAt = now;
        removedBy = by;
        removalReason = reason;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public Long getFolderId() { return folderId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getLanguage() { return language; }
    public long getUploaderId() { return uploaderId; }
    public int getCurrentVersion() { return currentVersion; }
    public long getDownloadCount() { return downloadCount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
