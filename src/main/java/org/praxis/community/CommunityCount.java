package org.praxis.community;

import org.praxis.community.internal.Communities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether the platform has any community yet (the demo data only fills an empty platform). */
@Service
public class CommunityCount {

    private final Communities communities;

    public CommunityCount(Communities communities) {
        this.communities = communities;
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return communities.count() == 0;
    }
}
