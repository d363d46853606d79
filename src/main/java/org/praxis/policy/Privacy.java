package org.praxis.policy;

/** The five privacy levels people choose from; each sets the fields of {@link CommunityAccess} together. */
public enum Privacy {
    OPEN, PUBLIC, SEMI_PRIVATE, PRIVATE, PRIVATE_HIDDEN
}
