package org.praxis.community.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.praxis.policy.CommunityAccess;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.CommunityStatus;
import org.praxis.policy.JoinMode;
import org.praxis.policy.StaffApproval;

/** A community of practice. Its privacy is stored as the separate facts the rules speak of. */
@Entity
@Table(name = "community")
public class Community {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    private String shortDescription;
    private String description;
    private String eligibility;
    private String moderatorAvailability;
    private boolean hidden;
    @Enumerated(EnumType.STRING)
    private JoinMode joinMode;
    private boolean contentPublic;
    @Enumerated(EnumType.STRING)
    private CommunityStatus status;
    private Long createdBy;
    private Instant createdAt;
    private Instant lastActivityAt;
    @Enumerated(EnumType.STRING)
    private StaffApproval staffApproval = StaffApproval.APPROVED;
    private String staffDecisionReason;
    /** When its admins were last told it is about to become inactive. */
    private Instant inactivityWarnedAt;

    /** The parent community of a working group; null for a community. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "parent_id")
    private Community parent;

    private String conceptOverview;
    private String conceptPurpose;
    private String conceptEngagement;

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "community_activity",
            joinColumns = @jakarta.persistence.JoinColumn(name = "community_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    private java.util.List<CalendarLine> calendar = new java.util.ArrayList<>();

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "community_topic",
            joinColumns = @jakarta.persistence.JoinColumn(name = "community_id"))
    @jakarta.persistence.Column(name = "topic_id")
    private java.util.Set<Long> topicIds = new java.util.HashSet<>();

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "community_hidden_tab",
            joinColumns = @jakarta.persistence.JoinColumn(name = "community_id"))
    @jakarta.persistence.Column(name = "tab")
    @Enumerated(EnumType.STRING)
    private java.util.Set<org.praxis.community.CommunityTab> hiddenTabs = java.util.EnumSet.noneOf(org.praxis.community.CommunityTab.class);

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "community_language",
            joinColumns = @jakarta.persistence.JoinColumn(name = "community_id"))
    @jakarta.persistence.Column(name = "lang_code")
    private java.util.Set<String> languages = new java.util.HashSet<>();

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "community_screening_question",
            joinColumns = @jakarta.persistence.JoinColumn(name = "community_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    @jakarta.persistence.Column(name = "question")
    private java.util.List<String> screeningQuestions = new java.util.ArrayList<>();

    protected Community() {
    }

    public Community(String slug, String name, String shortDescription, String description, String eligibility,
                     String moderatorAvailability, CommunityAccess access, long createdBy, Instant now) {
        this.slug = slug;
        this.name = name;
        this.shortDescription = shortDescription;
        this.description = description;
        this.eligibility = eligibility;
        this.moderatorAvailability = moderatorAvailability;
        setAccess(access);
        this.status = CommunityStatus.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** A working group inside {@code parent}, which must not be a working group itself. */
    public static Community workingGroup(Community parent, String slug, String name, String shortDescription,
                                         CommunityAccess access, long createdBy, Instant now) {
        if (parent.getParent() != null) {
            throw new IllegalArgumentException("working groups are one level deep");
        }
        if (access.contentPublic()) {
            throw new IllegalArgumentException("a working group's content is for its members");
        }
        Community group = new Community(slug, name, shortDescription, null, null, null, access, createdBy, now);
        group.parent = parent;
        return group;
    }

    public CommunityAccess access() {
        return new CommunityAccess(hidden, joinMode, contentPublic);
    }

    /** Nothing new for a year makes an active community inactive; it behaves as active otherwise. */
    public static final java.time.Duration INACTIVE_AFTER = java.time.Duration.ofDays(365);

    public CommunityStatus effectiveStatus(Instant now) {
        CommunityStatus own = status();
        return own == CommunityStatus.ACTIVE && lastActivityAt.isBefore(now.minus(INACTIVE_AFTER))
                ? CommunityStatus.INACTIVE : own;
    }

    /** An archived parent makes its working groups read-only too. */
    private CommunityStatus status() {
        return parent != null && parent.getStatus().isReadOnly() ? CommunityStatus.ARCHIVED : status;
    }

    public CommunityFacts facts() {
        return new CommunityFacts(id, access(), status(), staffApproval, createdBy, parent == null ? null : parent.getId());
    }

    /** A new community made while the platform requires approval waits for staff (see CommunityPolicy#canSee). */
    public void awaitStaffApproval() {
        this.staffApproval = StaffApproval.PENDING;
    }

    public StaffApproval getStaffApproval() { return staffApproval; }
    public String getStaffDecisionReason() { return staffDecisionReason; }
    public Long getCreatedBy() { return createdBy; }

    public java.util.List<String> getScreeningQuestions() { return screeningQuestions; }

    public void askScreeningQuestions(java.util.List<String> questions) {
        screeningQuestions.clear();
        screeningQuestions.addAll(questions);
    }

    public Community getParent() { return parent; }

    public boolean isWorkingGroup() { return parent != null; }

    public void touch(Instant now) {
        if (now.isAfter(lastActivityAt)) {
            lastActivityAt = now;
        }
    }

    public void setAccess(CommunityAccess access) {
        this.hidden = access.hidden();
        this.joinMode = access.joinMode();
        this.contentPublic = access.contentPublic();
    }

    public void describe(String name, String shortDescription, String description, String eligibility,
                         String moderatorAvailability) {
        this.name = name;
        this.shortDescription = shortDescription;
        this.description = description;
        this.eligibility = eligibility;
        this.moderatorAvailability = moderatorAvailability;
    }

    public void writeConceptNote(String overview, String purpose, String engagement,
                                 java.util.List<CalendarLine> lines) {
        this.conceptOverview = overview;
        this.conceptPurpose = purpose;
        this.conceptEngagement = engagement;
        this.calendar.clear();
        this.calendar.addAll(lines);
    }

    public String getConceptOverview() { return conceptOverview; }
    public String getConceptPurpose() { return conceptPurpose; }
    public String getConceptEngagement() { return conceptEngagement; }
    public java.util.List<CalendarLine> getCalendar() { return calendar; }

    public void chooseTopics(java.util.Collection<Long> ids) {
        topicIds.clear();
        topicIds.addAll(ids);
    }

    public java.util.Set<Long> getTopicIds() {
        return topicIds;
    }

    public java.util.Set<org.praxis.community.CommunityTab> getHiddenTabs() {
        return hiddenTabs;
    }

    public void hideTabs(java.util.Collection<org.praxis.community.CommunityTab> tabs) {
        hiddenTabs.clear();
        tabs.stream().filter(org.praxis.community.CommunityTab::hideable).forEach(hiddenTabs::add);
    }

    /** ISO 639-1 codes of the languages the community works in. */
    public void chooseLanguages(java.util.Collection<String> codes) {
        languages.clear();
        languages.addAll(codes);
    }

    /** The languages, in code order. */
    public java.util.List<String> getLanguages() {
        return languages.stream().sorted().toList();
    }

    public void changeStatus(CommunityStatus status) {
        this.status = status;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getShortDescription() { return shortDescription; }
    public String getDescription() { return description; }
    public String getEligibility() { return eligibility; }
    public String getModeratorAvailability() { return moderatorAvailability; }
    public CommunityStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Instant getInactivityWarnedAt() { return inactivityWarnedAt; }
}
