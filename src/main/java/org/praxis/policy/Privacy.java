package org.praxis.policy;

import java.util.EnumSet;
import java.util.Set;

/** The five privacy levels people choose from; each sets the fields of {@link CommunityAccess} together. */
public enum Privacy {
    OPEN, PUBLIC, SEMI_PRIVATE, PRIVATE, PRIVATE_HIDDEN;

    /** A working group's content is for its members only, so it cannot be OPEN. */
    public static Set<Privacy> forWorkingGroups() {
        return EnumSet.of(PUBLIC, SEMI_PRIVATE, PRIVATE, PRIVATE_HIDDEN);
    }
}
