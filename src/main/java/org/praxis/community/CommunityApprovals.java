package org.praxis.community;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.praxis.account.MemberCard;
import org.praxis.account.MemberDirectory;
import org.praxis.community.CommunityEvents.CommunityReviewed;
import org.praxis.community.internal.Communities;
import org.praxis.community.internal.Community;
import org.praxis.community.internal.PlatformSetting;
import org.praxis.community.internal.PlatformSettings;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.StaffApproval;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff approval of new communities: the platform setting that turns it on, the queue of
 * communities waiting, and the decisions (the creator is told by e-mail).
 */
@Service
public class CommunityApprovals {

    public static final int REASON_MAX = 500;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final Communities communities;
    private final PlatformSettings settings;
    private final MemberDirectory directory;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CommunityApprovals(Communities communities, PlatformSettings settings, MemberDirectory directory,
                              AccessPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.communities = communities;
        this.settings = settings;
        this.directory = directory;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Whether new communities wait for staff approval, for the staff who change it. */
    @Transactional(readOnly = true)
    public boolean required(Actor actor) {
        requireStaff(actor);
        return settings.isOn(PlatformSetting.COMMUNITY_APPROVAL_REQUIRED);
    }

    /** Turns approval of new communities on or off; communities already waiting keep waiting for a decision. */
    @Transactional
    public void require(Actor actor, boolean required) {
        requireStaff(actor);
        PlatformSetting setting = settings.findById(PlatformSetting.COMMUNITY_APPROVAL_REQUIRED)
                .orElseGet(() -> new PlatformSetting(PlatformSetting.COMMUNITY_APPROVAL_REQUIRED));
        setting.change(Boolean.toString(required), actor.accountId(), clock.instant());
        settings.save(setting);
        audit.info("staff {} set new communities need approval: {}", actor.accountId(), required);
    }

    @Transactional(readOnly = true)
    public List<PendingCommunity> pending(Actor actor) {
        requireStaff(actor);
        List<Community> waiting = communities.findByStaffApprovalOrderByCreatedAtAscIdAsc(StaffApproval.PENDING);
        Map<Long, MemberCard> creators = directory.cards(waiting.stream().map(Community::getCreatedBy).distinct().toList());
        return waiting.stream().map(c -> new PendingCommunity(c.getId(), c.getSlug(), c.getName(),
                c.getShortDescription(), c.access().privacy(), creators.get(c.getCreatedBy()), c.getCreatedAt())).toList();
    }

    /** Approves a waiting community: it becomes visible under its privacy. False when it was already decided. */
    @Transactional
    public boolean approve(Actor actor, long communityId) {
        return decide(actor, communityId, StaffApproval.APPROVED, null);
    }

    /** Rejects a waiting community with a reason for its creator; it stays visible only to them and staff. */
    @Transactional
    public boolean reject(Actor actor, long communityId, String reason) {
        requireStaff(actor);
        String cleaned = InputErrors.clean(reason);
        new InputErrors().required("reason", cleaned, REASON_MAX).throwIfAny();
        return decide(actor, communityId, StaffApproval.REJECTED, cleaned);
    }

    /** Why staff rejected a community, for those who may see it; empty otherwise. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> rejection(Actor actor, String slug) {
        return communities.findBySlug(slug)
                .filter(c -> c.getStaffApproval() == StaffApproval.REJECTED)
                // A rejected community is seen by its creator and staff only; relations do not matter then.
                .filter(c -> policy.communities().canSee(actor, c.facts(), org.praxis.policy.Relation.none()))
                .map(Community::getStaffDecisionReason);
    }

    private boolean decide(Actor actor, long communityId, StaffApproval outcome, String reason) {
        requireStaff(actor);
        Community community = communities.findById(communityId).orElseThrow(() -> new NotFoundException("community"));
        if (communities.review(communityId, outcome, reason) == 0) {
            return false;
        }
        audit.info("staff {} {} community {}", actor.accountId(), outcome == StaffApproval.APPROVED ? "approved" : "rejected",
                communityId);
        events.publishEvent(new CommunityReviewed(communityId, community.getCreatedBy(), community.getName(),
                community.getSlug(), outcome == StaffApproval.APPROVED, reason));
        return true;
    }

    private void requireStaff(Actor actor) {
        if (!policy.communities().canReviewNewCommunities(actor)) {
            throw new NotAllowedException("review new communities");
        }
    }
}
