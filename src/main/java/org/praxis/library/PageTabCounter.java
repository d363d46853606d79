package org.praxis.library;

import java.util.Map;

import org.praxis.community.CommunityTab;
import org.praxis.community.TabCounter;
import org.springframework.stereotype.Component;

/** The counter of the Pages tab: the pages this reader finds in the tree. */
@Component
class PageTabCounter implements TabCounter {

    private final CommunityPages pages;

    PageTabCounter(CommunityPages pages) {
        this.pages = pages;
    }

    @Override
    public Map<CommunityTab, Long> count(long communityId, boolean seesMembersOnly) {
        return Map.of(CommunityTab.PAGES, pages.count(communityId, seesMembersOnly));
    }
}
