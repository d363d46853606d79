package org.praxis.account.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation people belong to (agency, NGO, university, ministry); members name it on their profile. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** The name folded to lower case with spaces collapsed, so one organisation is one record. */
    private String nameKey;
    private Instant createdAt;

    protected Institution() {
    }

    public Institution(String name, Instant now) {
        this.name = name;
        this.nameKey = keyOf(name);
        this.createdAt = now;
    }

    public static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
}
