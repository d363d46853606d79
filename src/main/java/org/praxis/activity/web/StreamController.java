package org.praxis.activity.web;

import org.praxis.activity.ActivityStream;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.discussion.DiscussionBoard;
import org.praxis.discussion.DiscussionKind;
import org.praxis.policy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The platform's home page (with the member's stream when signed in) and a community's Home tab. */
@Controller
class StreamController {

    private final ActivityStream stream;
    private final CommunityCatalog catalog;
    private final DiscussionBoard board;
    /** The Home tab opens with the newest announcements (pinned first), this many. */
    private static final int LATEST_ANNOUNCEMENTS = 3;

    StreamController(ActivityStream stream, CommunityCatalog catalog, DiscussionBoard board) {
        this.board = board;
        this.stream = stream;
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Actor actor, @RequestParam(required = false) Long before, Model model) {
        if (actor.signedIn()) {
            model.addAttribute("stream", stream.ofMember(actor, before));
        }
        return "activity/home";
    }

    @GetMapping("/c/{slug}/home")
    String communityHome(Actor actor, @PathVariable String slug, @RequestParam(required = false) Long before, Model model) {
        CommunityPage community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("stream", stream.ofCommunity(actor, community.facts(), before));
        if (before == null) {
            model.addAttribute("announcements", board.list(actor, community.facts(), DiscussionKind.ANNOUNCEMENT, null, 0)
                    .items().stream().limit(LATEST_ANNOUNCEMENTS).toList());
        }
        model.addAttribute("tab", "home");
        return "activity/community-home";
    }
}
