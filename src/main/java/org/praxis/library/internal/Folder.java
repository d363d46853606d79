package org.praxis.library.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A folder of a community's files; its name is unique in the community, whatever its case. */
@Entity
@Table(name = "library_folder")
public class Folder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long communityId;
    private String name;
    private String nameKey;
    private Instant createdAt;

    protected Folder() {
    }

    public Folder(long communityId, String name, Instant now) {
        this.communityId = communityId;
        rename(name);
        this.createdAt = now;
    }

    public static String keyOf(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public void rename(String name) {
        this.name = name;
        this.nameKey = keyOf(name);
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public String getName() { return name; }
}
