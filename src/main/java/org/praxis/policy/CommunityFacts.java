package org.praxis.policy;

/**
 * The facts about a community that its rules depend on. A working group has the id of its
 * parent community; its status is the parent's when the parent is archived.
 */
public record CommunityFacts(long id, CommunityAccess access, CommunityStatus status, Long parentId) {

    public CommunityFacts(long id, CommunityAccess access, CommunityStatus status) {
        this(id, access, status, null);
    }

    public boolean isWorkingGroup() {
        return parentId != null;
    }
}
