package org.praxis.discussion;

import org.praxis.community.CommunityActivity;
import org.praxis.discussion.DiscussionEvents.CommentPosted;
import org.praxis.discussion.DiscussionEvents.DiscussionStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the community when something was posted there, which keeps it from counting as inactive. */
@Component
class CommunityActivityReports {

    private final CommunityActivity activity;

    CommunityActivityReports(CommunityActivity activity) {
        this.activity = activity;
    }

    @ApplicationModuleListener
    void on(DiscussionStarted event) {
        activity.record(event.communityId(), event.at());
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        activity.record(event.communityId(), event.at());
    }
}
