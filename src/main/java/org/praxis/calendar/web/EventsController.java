package org.praxis.calendar.web;

import java.time.Clock;

import org.praxis.calendar.CalendarFeeds;
import org.praxis.calendar.PlatformEvents;
import org.praxis.policy.Actor;
import org.praxis.shared.PraxisProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform's Events page, and a member's personal calendar feed: its page (make, replace or
 * revoke the private address) and the feed itself.
 */
@Controller
class EventsController {

    private final PlatformEvents platform;
    private final CalendarFeeds feeds;
    private final IcsWriter ics;
    private final PraxisProperties properties;
    private final Clock clock;

    EventsController(PlatformEvents platform, CalendarFeeds feeds, IcsWriter ics, PraxisProperties properties, Clock clock) {
        this.platform = platform;
        this.feeds = feeds;
        this.ics = ics;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/events")
    String events(Actor actor, Model model) {
        model.addAttribute("events", platform.upcoming(actor));
        return "calendar/events";
    }

    @GetMapping("/calendar/feed")
    String feedPage(Actor actor, Model model) {
        if (!actor.signedIn()) {
            throw new org.praxis.shared.NotAllowedException("calendar feed");
        }
        model.addAttribute("hasFeed", feeds.hasSecret(actor));
        return "calendar/feed";
    }

    @PostMapping("/calendar/feed")
    String newFeed(Actor actor, RedirectAttributes redirect) {
        String secret = feeds.newSecret(actor);
        redirect.addFlashAttribute("personalFeed", properties.link("/calendar/personal.ics?token=" + secret));
        return "redirect:/calendar/feed";
    }

    @PostMapping("/calendar/feed/revoke")
    String revoke(Actor actor, RedirectAttributes redirect) {
        feeds.revoke(actor);
        redirect.addFlashAttribute("notice", "calendar.feed.revoked");
        return "redirect:/calendar/feed";
    }

    @GetMapping("/calendar/personal.ics")
    ResponseEntity<String> personal(@RequestParam(required = false) String token) {
        Actor reader = feeds.reader(token);
        var entries = feeds.personal(reader);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(IcsWriter.CONTENT_TYPE))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(ics.write("Praxis", entries, clock.instant()));
    }
}
