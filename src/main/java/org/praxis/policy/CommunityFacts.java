package org.praxis.policy;

/**
 * The facts about a community that its rules depend on. {@code createdBy} matters only while
 * staff have not approved the community: until then only its creator (and staff) may see it.
 */
public record CommunityFacts(long id, CommunityAccess access, CommunityStatus status, StaffApproval staffApproval,
                             Long createdBy) {

    public CommunityFacts {
        if (staffApproval == null) {
            throw new IllegalArgumentException("staff approval required");
        }
    }

    /** An approved community, as every community is when staff approval is not required. */
    public CommunityFacts(long id, CommunityAccess access, CommunityStatus status) {
        this(id, access, status, StaffApproval.APPROVED, null);
    }

    public boolean approved() {
        return staffApproval.approved();
    }
}
