package org.praxis.community;

import org.praxis.policy.Privacy;

/** Community directory filters and order; each filter is optional. */
public record DirectoryFilter(String name, Privacy privacy, Long topicId, Sort sort, boolean mineOnly) {

    /** Orders of the directory. */
    public enum Sort { ACTIVITY, NEWEST, NAME }
}
