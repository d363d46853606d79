package org.praxis.community;

import java.util.Map;

/**
 * Counts what a tab of a community holds. Modules that own a tab's content implement it, so
 * the community page shows their counters without depending on them.
 */
public interface TabCounter {

    /** Counters of some tabs for one reader; {@code seesMembersOnly} when the reader sees members-only items. */
    Map<CommunityTab, Long> count(long communityId, boolean seesMembersOnly);
}
