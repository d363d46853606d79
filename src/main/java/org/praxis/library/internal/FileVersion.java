package org.praxis.library.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One upload of a file's bytes. The type was found from the bytes; the name is only shown,
 * never used as a path. Pictures the server could read have a small copy for lists.
 */
@Entity
@Table(name = "library_file_version")
public class FileVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fileId;
    private int version;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private String thumbnailKey;
    private long uploaderId;
    private Instant createdAt;

    protected FileVersion() {
    }

    public FileVersion(long fileId, int version, String fileName, String contentType, long sizeBytes, String sha256,
                       String storageKey, String thumbnailKey, long uploaderId, Instant now) {
        this.fileId = fileId;
        this.version = version;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.thumbnailKey = thumbnailKey;
        this.uploaderId = uploaderId;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getFileId() { return fileId; }
    public int getVersion() { return version; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public String getThumbnailKey() { return thumbnailKey; }
    public long getUploaderId() { return uploaderId; }
    public Instant getCreatedAt() { return createdAt; }
}
