package org.praxis.library;

import java.util.Map;

import org.praxis.community.CommunityTab;
import org.praxis.community.TabCounter;
import org.springframework.stereotype.Component;

/** The counter of the Files tab, for members only: nobody else learns how many files there are. */
@Component
class FilesTabCounter implements TabCounter {

    private final CommunityFiles files;

    FilesTabCounter(CommunityFiles files) {
        this.files = files;
    }

    @Override
    public Map<CommunityTab, Long> count(long communityId, boolean seesMembersOnly) {
        return seesMembersOnly ? Map.of(CommunityTab.FILES, files.count(communityId)) : Map.of();
    }
}
