package org.praxis.community;

import java.util.List;

import org.praxis.community.internal.Communities;
import org.praxis.community.internal.Community;
import org.praxis.community.internal.CommunityImage;
import org.praxis.community.internal.CommunityImages;
import org.praxis.community.internal.CommunityPictures;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityAccess;
import org.praxis.policy.CommunityStatus;
import org.praxis.policy.JoinMode;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins change: description, languages, banner and logo, privacy (with its effect on pending requests) and status. */
@Service
public class CommunitySettings {

    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final Communities communities;
    private final CommunityMembership membership;
    private final AccessPolicy policy;
    private final java.time.Clock clock;
    private final CommunityCatalog catalog;
    private final CommunityImages images;
    private final org.springframework.context.ApplicationEventPublisher events;

    public CommunitySettings(Communities communities, CommunityMembership membership, AccessPolicy policy,
                             java.time.Clock clock, CommunityCatalog catalog, CommunityImages images,
                             org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.catalog = catalog;
        this.images = images;
        this.communities = communities;
        this.membership = membership;
        this.policy = policy;
        this.clock = clock;
    }

    /** The current settings, as the form shows them. */
    @Transactional(readOnly = true)
    public CommunityEdit current(Actor actor, String slug) {
        Community community = manageable(actor, slug, false);
        CommunityAccess access = community.access();
        return new CommunityEdit(community.getName(), community.getShortDescription(), community.getDescription(),
                access.privacy(), access.joinMode() == JoinMode.APPROVAL && access.contentPublic(),
                community.getEligibility(), community.getModeratorAvailability(), List.copyOf(community.getTopicIds()),
                community.getLanguages());
    }

    @Transactional
    public void update(Actor actor, String slug, CommunityEdit edit) {
        Community community = manageable(actor, slug, true);
        String name = InputErrors.clean(edit.name());
        String shortDescription = InputErrors.clean(edit.shortDescription());
        String description = InputErrors.clean(edit.description());
        String eligibility = InputErrors.clean(edit.eligibility());
        String availability = InputErrors.clean(edit.moderatorAvailability());
        InputErrors errors = new InputErrors();
        errors.required("name", name, CommunityCatalog.NAME_MAX);
        errors.required("shortDescription", shortDescription, CommunityCatalog.SHORT_MAX);
        errors.optional("description", description, CommunityCatalog.DESCRIPTION_MAX);
        errors.optional("eligibility", eligibility, CommunityCatalog.ELIGIBILITY_MAX);
        errors.optional("moderatorAvailability", availability, CommunityCatalog.AVAILABILITY_MAX);
        if (edit.privacy() == null) {
            errors.add("privacy", "input.required");
        } else if (community.isWorkingGroup() && !org.praxis.policy.Privacy.forWorkingGroups().contains(edit.privacy())) {
            errors.add("privacy", "workingGroup.privacyNotAllowed");
        }
        catalog.checkTopics(errors, edit.topicIds());
        java.util.Set<String> languages = CommunityCatalog.languagesOf(errors, edit.languages());
        errors.throwIfAny();

        CommunityAccess before = community.access();
        CommunityAccess after = CommunityAccess.of(edit.privacy(), edit.approval());
        community.describe(name, shortDescription, description, eligibility, availability);
        community.chooseTopics(CommunityCatalog.topicIdsOf(edit.topicIds()));
        community.chooseLanguages(languages);
        community.setAccess(after);
        if (!before.equals(after)) {
            membership.followAccessChange(actor, community.facts());
        }
    }

    /** Hides the tabs admins do not use (About always stays); the others are shown again. */
    @Transactional
    public void hideTabs(Actor actor, String slug, java.util.Collection<CommunityTab> hidden) {
        Community community = manageable(actor, slug, true);
        community.hideTabs(hidden == null ? List.of() : hidden.stream().filter(java.util.Objects::nonNull).toList());
    }

    /**
     * Replaces the banner or logo with the upload, decoded and re-encoded. A refused upload
     * (empty, too large, not a PNG, JPEG or GIF) changes nothing.
     */
    @Transactional
    public void setImage(Actor actor, String slug, CommunityImageKind kind, byte[] upload) {
        Community community = manageable(actor, slug, true);
        CommunityPictures.Encoded encoded = CommunityPictures.encode(kind, upload);
        images.findByCommunityIdAndKind(community.getId(), kind).ifPresentOrElse(
                existing -> existing.replace(encoded.content(), encoded.contentType(), clock.instant()),
                () -> images.save(new CommunityImage(community.getId(), kind, encoded.content(),
                        encoded.contentType(), clock.instant())));
    }

    @Transactional
    public void removeImage(Actor actor, String slug, CommunityImageKind kind) {
        Community community = manageable(actor, slug, true);
        images.deleteImage(community.getId(), kind);
    }

    /** Archived communities are read-only; admins and staff can reactivate them. */
    @Transactional
    public void changeStatus(Actor actor, String slug, CommunityStatus status) {
        Community community = communities.findBySlug(slug).orElseThrow(() -> new NotFoundException("community"));
        Relation relation = membership.relation(actor, community.facts());
        policy.communities().requireSee(actor, community.facts(), relation);
        if (!policy.communities().canChangeStatus(actor, community.facts(), relation)) {
            throw new NotAllowedException("change status");
        }
        if (status != CommunityStatus.ARCHIVED && status != CommunityStatus.ACTIVE) {
            new InputErrors().add("status", "community.status.unknown").throwIfAny();
        }
        if (status == CommunityStatus.ACTIVE && community.isWorkingGroup() && community.getParent().getStatus().isReadOnly()) {
            new InputErrors().add("status", "workingGroup.parentArchived").throwIfAny();
        }
        CommunityStatus before = community.effectiveStatus(clock.instant());
        community.changeStatus(status);
        audit.info("account {} set community {} to {}", actor.accountId(), community.getId(), status);
        if (status == CommunityStatus.ACTIVE) {
            // Reactivating (from archived or inactive) starts a new year of life.
            community.touch(clock.instant());
        }
        if (before != status) {
            events.publishEvent(new CommunityEvents.CommunityStatusChanged(community.getId(), community.getName(),
                    community.getSlug(), status, actor.accountId(), clock.instant()));
        }
    }

    /** The community, if the actor may see it (404 otherwise) and manage it (403 otherwise). */
    private Community manageable(Actor actor, String slug, boolean mustBeWritable) {
        Community community = communities.findBySlug(slug).orElseThrow(() -> new NotFoundException("community"));
        Relation relation = membership.relation(actor, community.facts());
        policy.communities().requireSee(actor, community.facts(), relation);
        boolean allowed = mustBeWritable
                ? policy.communities().canEditSettings(actor, community.facts(), relation)
                : policy.communities().canManage(actor, community.facts(), relation);
        if (!allowed) {
            throw new NotAllowedException("manage community");
        }
        return community;
    }
}
