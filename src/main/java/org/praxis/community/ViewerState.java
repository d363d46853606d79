package org.praxis.community;

/** What the viewer can do to get in, shown on cards and the landing page. */
public enum ViewerState {
    MEMBER, JOIN, REQUEST, REQUESTED, INVITATION_ONLY, BANNED, SIGN_IN_TO_JOIN, ARCHIVED,
    /** Holds an open invitation: accept or decline it. */
    INVITED,
    /** The community waits for staff approval; nobody can join yet. */
    AWAITING_APPROVAL
}
