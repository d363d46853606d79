package org.praxis.account.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A person's account: how they sign in, and the profile others see. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    /** The e-mail in lower case: the unique key, so "Ana@x.org" and "ana@x.org" are one account. */
    private String emailKey;
    private String passwordHash;
    private String displayName;
    private String realName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    private String country;
    private String bio;
    private String preferredLanguage;
    private boolean staff;
    private Instant emailVerifiedAt;
    private Instant suspendedAt;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_language", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "lang_code")
    @OrderBy
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_interest", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "interest")
    @OrderBy
    private Set<String> interests = new LinkedHashSet<>();

    protected Account() {
    }

    public Account(String email, String passwordHash, String displayName, String preferredLanguage, Instant now) {
        this.email = email;
        this.emailKey = keyOf(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static String keyOf(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Listed accounts appear in the directory: their e-mail is confirmed and they are not suspended. */
    public boolean isListed() {
        return emailVerifiedAt != null && suspendedAt == null && deletedAt == null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /**
     * Keeps the row, which content still points at, and nothing personal in it: the e-mail becomes
     * a unique address that cannot receive mail (the real one may sign up again), and no password
     * matches the hash.
     */
    public void erase(Instant now) {
        this.email = "deleted-" + id + "@deleted.invalid";
        this.emailKey = this.email;
        this.passwordHash = "!deleted";
        this.displayName = "-";
        this.realName = null;
        this.institution = null;
        this.country = null;
        this.bio = null;
        this.staff = false;
        this.languages.clear();
        this.interests.clear();
        this.updatedAt = now;
        this.deletedAt = now;
    }

    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    public void updateProfile(String displayName, String realName, Institution institution, String country,
                              Set<String> languages, Set<String> interests, String bio, Instant now) {
        this.displayName = displayName;
        this.realName = realName;
        this.institution = institution;
        this.country = country;
        this.languages.clear();
        this.languages.addAll(languages);
        this.interests.clear();
        this.interests.addAll(interests);
        this.bio = bio;
        this.updatedAt = now;
    }

    public void choosePreferredLanguage(String language) {
        this.preferredLanguage = language;
    }

    public void suspend(Instant now) {
        this.suspendedAt = now;
    }

    public void restore() {
        this.suspendedAt = null;
    }

    public void makeStaff() {
        this.staff = true;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getRealName() { return realName; }
    public Institution getInstitution() { return institution; }
    public String getCountry() { return country; }
    public String getBio() { return bio; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public boolean isStaff() { return staff; }
    public Instant getEmailVerifiedAt() { return emailVerifiedAt; }
    public Instant getSuspendedAt() { return suspendedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<String> getLanguages() { return languages; }
    public Set<String> getInterests() { return interests; }
}
