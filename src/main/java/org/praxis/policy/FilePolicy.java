package org.praxis.policy;

/**
 * The rules for a community's files (working documents): members only, in every privacy, OPEN
 * included; staff see everything. Non-members get 404 for a file, so its existence is not
 * revealed. Members upload while the community is not archived.
 */
public final class FilePolicy {

    private final CommunityPolicy communities;

    FilePolicy(CommunityPolicy communities) {
        this.communities = communities;
    }

    /** The Files tab, a file's page, its versions, preview, thumbnail and downloads. */
    public boolean canRead(Actor actor, CommunityFacts c, Relation r) {
        return communities.canSee(actor, c, r) && (r.isMember() || actor.staff());
    }

    public boolean canUpload(Actor actor, CommunityFacts c, Relation r) {
        return r.mayPost() && writable(c);
    }

    /**
     * Title, description, folder and new versions: the uploader while a member, and moderators,
     * admins and staff, while the community is not archived.
     */
    public boolean canEdit(Actor actor, CommunityFacts c, Relation r, long uploaderId) {
        return writable(c) && ((actor.is(uploaderId) && r.mayPost()) || moderates(actor, r));
    }

    /**
     * The uploader removes their own file while a member; moderators, admins and staff remove
     * anyone's, with a reason, even in an archived community: a harmful file must be able to go.
     */
    public boolean canRemove(Actor actor, CommunityFacts c, Relation r, long uploaderId) {
        return (writable(c) && actor.is(uploaderId) && r.isMember()) || moderates(actor, r);
    }

    /** Removing someone else's file needs a reason. */
    public boolean needsRemovalReason(Actor actor, long uploaderId) {
        return !actor.is(uploaderId);
    }

    /** Folders: moderators and admins (and staff) organise them. */
    public boolean canManageFolders(Actor actor, CommunityFacts c, Relation r) {
        return writable(c) && moderates(actor, r);
    }

    /** Sharing a file in the platform's public library speaks for the community: its admins (and staff). */
    public boolean canPublish(Actor actor, CommunityFacts c, Relation r) {
        return writable(c) && (r.hasRole(Role.ADMIN) || actor.staff());
    }

    /** Taking a document out of the public library: admins and staff, even in an archived community. */
    public boolean canWithdraw(Actor actor, CommunityFacts c, Relation r) {
        return r.hasRole(Role.ADMIN) || actor.staff();
    }

    private static boolean moderates(Actor actor, Relation r) {
        return r.hasRole(Role.MODERATOR) || actor.staff();
    }

    private static boolean writable(CommunityFacts c) {
        return c.approved() && !c.status().isReadOnly();
    }
}
