package org.praxis.community.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic from the staff-managed list, named in both interface languages. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String nameEn;
    private String nameFr;
    private Instant createdAt;

    protected Topic() {
    }

    public Topic(String nameEn, String nameFr, Instant now) {
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.createdAt = now;
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public Long getId() { return id; }
    public String getNameEn() { return nameEn; }
    public String getNameFr() { return nameFr; }
}
