package org.praxis.community.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.praxis.community.CommunityImageKind;

/** A community's banner or logo, already re-encoded by us; never the bytes as uploaded. */
@Entity
@Table(name = "community_image")
public class CommunityImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    @Enumerated(EnumType.STRING)
    private CommunityImageKind kind;
    private byte[] content;
    private String contentType;
    private Instant updatedAt;

    protected CommunityImage() {
    }

    public CommunityImage(long communityId, CommunityImageKind kind, byte[] content, String contentType, Instant now) {
        this.communityId = communityId;
        this.kind = kind;
        replace(content, contentType, now);
    }

    public void replace(byte[] content, String contentType, Instant now) {
        this.content = content;
        this.contentType = contentType;
        this.updatedAt = now;
    }

    public Long getCommunityId() { return communityId; }
    public CommunityImageKind getKind() { return kind; }
    public byte[] getContent() { return content; }
    public String getContentType() { return contentType; }
    public Instant getUpdatedAt() { return updatedAt; }
}
