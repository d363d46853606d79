package org.praxis.community;

import org.praxis.policy.Privacy;

/** Community directory filters and order; each filter is optional. {@code language} is an ISO 639-1 code. */
public record DirectoryFilter(String name, Privacy privacy, Long topicId, String language, Sort sort,
                              boolean mineOnly) {

    /** Orders of the directory. */
    public enum Sort { ACTIVITY, NEWEST, NAME, MEMBERS }
}
