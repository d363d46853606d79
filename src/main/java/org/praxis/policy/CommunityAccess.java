package org.praxis.policy;

/**
 * Who may see a community and how one gets in, as separate facts: whether it is hidden from
 * those outside it, how one joins, and whether its content is public. The five privacy levels
 * set them together; combinations the rules do not allow are refused here.
 */
public record CommunityAccess(boolean hidden, JoinMode joinMode, boolean contentPublic) {

    public CommunityAccess {
        if (joinMode == null) {
            throw new IllegalArgumentException("join mode required");
        }
        if (hidden && joinMode != JoinMode.INVITATION) {
            throw new IllegalArgumentException("a hidden community is joined by invitation only");
        }
        if (contentPublic && joinMode == JoinMode.INVITATION) {
            throw new IllegalArgumentException("a community with public content is open to join");
        }
    }

    /** OPEN joins instantly unless {@code approval}; the other levels ignore it. */
    public static CommunityAccess of(Privacy privacy, boolean approval) {
        return switch (privacy) {
            case OPEN -> new CommunityAccess(false, approval ? JoinMode.APPROVAL : JoinMode.FREE, true);
            case PUBLIC -> new CommunityAccess(false, JoinMode.FREE, false);
            case SEMI_PRIVATE -> new CommunityAccess(false, JoinMode.APPROVAL, false);
            case PRIVATE -> new CommunityAccess(false, JoinMode.INVITATION, false);
            case PRIVATE_HIDDEN -> new CommunityAccess(true, JoinMode.INVITATION, false);
        };
    }

    public static CommunityAccess of(Privacy privacy) {
        return of(privacy, false);
    }

    public Privacy privacy() {
        if (contentPublic) {
            return Privacy.OPEN;
        }
        return switch (joinMode) {
            case FREE -> Privacy.PUBLIC;
            case APPROVAL -> Privacy.SEMI_PRIVATE;
            case INVITATION -> hidden ? Privacy.PRIVATE_HIDDEN : Privacy.PRIVATE;
        };
    }
}
