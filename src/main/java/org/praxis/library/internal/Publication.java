package org.praxis.library.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A version of a community's file shared in the public library, described as a library describes a document. */
@Entity
@Table(name = "library_publication")
public class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fileId;
    private long communityId;
    private int version;
    private String title;
    private String authors;
    private Integer publicationYear;
    private String publisher;
    private String summary;
    private String language;
    private String licence;
    private String searchText;
    private long publishedBy;
    private Instant publishedAt;
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "library_publication_topic", joinColumns = @JoinColumn(name = "publication_id"))
    @Column(name = "topic_id")
    private Set<Long> topicIds = new HashSet<>();

    protected Publication() {
    }

    public Publication(long fileId, long communityId, long publishedBy, Instant now) {
        this.fileId = fileId;
        this.communityId = communityId;
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    /** Describes the document; the text searched is kept in lower case. */
    public void describe(int version, String title, String authors, Integer year, String publisher, String summary,
                         String language, String licence, Set<Long> topicIds) {
        this.version = version;
        this.title = title;
        this.authors = authors;
        this.publicationYear = year;
        this.publisher = publisher;
        this.summary = summary;
        this.language = language;
        this.licence = licence;
        this.topicIds.clear();
        this.topicIds.addAll(topicIds);
        this.searchText = String.join("\n", title, authors, publisher == null ? "" : publisher, summary == null ? "" : summary)
                .toLowerCase(Locale.ROOT);
    }

    public Long getId() { return id; }
    public long getFileId() { return fileId; }
    public long getCommunityId() { return communityId; }
    public int getVersion() { return version; }
    public String getTitle() { return title; }
    public String getAuthors() { return authors; }
    public Integer getPublicationYear() { return publicationYear; }
    public String getPublisher() { return publisher; }
    public String getSummary() { return summary; }
    public String getLanguage() { return language; }
    public String getLicence() { return licence; }
    public Instant getPublishedAt() { return publishedAt; }
    public Set<Long> getTopicIds() { return topicIds; }
}
