package org.praxis.library.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved version of a page: its title and text, who saved it and when. The newest is the current text. */
@Entity
@Table(name = "library_page_revision")
public class PageRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long pageId;
    private long editorId;
    private String title;
    private String body;
    private Instant savedAt;

    protected PageRevision() {
    }

    public PageRevision(long pageId, long editorId, String title, String body, Instant savedAt) {
        this.pageId = pageId;
        this.editorId = editorId;
        this.title = title;
        this.body = body;
        this.savedAt = savedAt;
    }

    public Long getId() { return id; }
    public long getPageId() { return pageId; }
    public long getEditorId() { return editorId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getSavedAt() { return savedAt; }
}
