package org.praxis.community;

import java.util.List;

import org.praxis.account.MemberCard;
import org.praxis.policy.CommunityStatus;
import org.praxis.policy.Privacy;
import org.praxis.policy.Role;

/**
 * A community's landing page for one viewer: what it is, and what the viewer may do there. It
 * carries the community's facts (not serialised) so a page needs one lookup, not two. Picture
 * addresses are null when there is no picture; {@code languages} are ISO 639-1 codes. A working
 * group names its parent; a community lists the working groups the viewer may see.
 */
public record CommunityPage(long id, String slug, String name, String shortDescription, String descriptionHtml,
                            String eligibility, String moderatorAvailability, Privacy privacy, CommunityStatus status,
                            long members, List<MemberCard> admins, ViewerState viewerState, Role role,
                            boolean canReadContent, boolean canLeave, boolean canModerate, boolean canManage,
                            long pendingRequests, java.util.List<TopicView> topics, java.util.List<CommunityCard> sameTopic,
                            List<String> languages, String bannerUrl, String logoUrl,
                            @com.fasterxml.jackson.annotation.JsonIgnore org.praxis.policy.CommunityFacts facts,
                            ParentRef parent, java.util.List<CommunityCard> workingGroups,
                            boolean canCreateWorkingGroup, boolean canOverseeWorkingGroups, java.util.List<TabView> tabs) {

    /** The community a working group belongs to. */
    public record ParentRef(String slug, String name) {
    }

    /** Whether staff approved the community (only its creator and staff see one that is not). */
    @com.fasterxml.jackson.annotation.JsonProperty("staffApproval")
    public org.praxis.policy.StaffApproval staffApproval() {
        return facts.staffApproval();
    }
}
