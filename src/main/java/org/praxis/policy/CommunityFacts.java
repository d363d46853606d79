package org.praxis.policy;

/**
 * The facts about a community that its rules depend on. {@code createdBy} matters only while
 * staff have not approved the community: until then only its creator (and staff) may see it.
 * A working group has the id of its parent community; its status is the parent's when the
 * parent is archived.
 */
public record CommunityFacts(long id, CommunityAccess access, CommunityStatus status, StaffApproval staffApproval,
                             Long createdBy, Long parentId) {

    public CommunityFacts {
        if (staffApproval == null) {
            throw new IllegalArgumentException("staff approval required");
        }
    }

    /** An approved community, as every community is when staff approval is not required. */
    public CommunityFacts(long id, CommunityAccess access, CommunityStatus status) {
        this(id, access, status, StaffApproval.APPROVED, null, null);
    }

    public CommunityFacts(long id, CommunityAccess access, CommunityStatus status, StaffApproval staffApproval,
                          Long createdBy) {
        this(id, access, status, staffApproval, createdBy, null);
    }

    /** A working group (approved with its parent). */
    public static CommunityFacts workingGroup(long id, CommunityAccess access, CommunityStatus status, long parentId) {
        return new CommunityFacts(id, access, status, StaffApproval.APPROVED, null, parentId);
    }

    public boolean approved() {
        return staffApproval.approved();
    }

    public boolean isWorkingGroup() {
        return parentId != null;
    }
}
