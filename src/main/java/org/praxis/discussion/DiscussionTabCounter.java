package org.praxis.discussion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.praxis.community.CommunityTab;
import org.praxis.community.TabCounter;
import org.springframework.stereotype.Component;

/** The counters of the Announcements and Discussions tabs. */
@Component
class DiscussionTabCounter implements TabCounter {

    private final DiscussionBoard board;

    DiscussionTabCounter(DiscussionBoard board) {
        this.board = board;
    }

    @Override
    public Map<CommunityTab, Long> count(long communityId, boolean seesMembersOnly) {
        Map<DiscussionKind, Long> counts = board.counts(List.of(communityId), seesMembersOnly).getOrDefault(communityId, Map.of());
        Map<CommunityTab, Long> tabs = new EnumMap<>(CommunityTab.class);
        tabs.put(CommunityTab.DISCUSSIONS, counts.getOrDefault(DiscussionKind.DISCUSSION, 0L));
        tabs.put(CommunityTab.ANNOUNCEMENTS, counts.getOrDefault(DiscussionKind.ANNOUNCEMENT, 0L));
        return tabs;
    }
}
