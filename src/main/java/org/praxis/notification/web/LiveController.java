package org.praxis.notification.web;

import org.praxis.discussion.DiscussionAccess;
import org.praxis.notification.live.LiveConnections;
import org.praxis.policy.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live-update stream of a signed-in member's pages (Server-Sent Events): their own
 * account's signals, and a discussion's when the page shows one they may read.
 */
@Controller
class LiveController {

    private final LiveConnections connections;
    private final DiscussionAccess discussions;

    LiveController(LiveConnections connections, DiscussionAccess discussions) {
        this.connections = connections;
        this.discussions = discussions;
    }

    /**
     * Visitors get 401 with no body rather than the sign-in redirect of member pages: the
     * browser's EventSource then stops, and the sign-in page does not remember the stream as
     * the page to return to. A discussion the member may not read answers 404, as its page does.
     */
    @GetMapping("/live")
    ResponseEntity<SseEmitter> live(Actor actor, @RequestParam(required = false) Long discussion) {
        if (!actor.signedIn()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore()).build();
        }
        if (discussion != null && !discussions.canRead(actor, discussion)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore().cachePrivate())
                // Tells nginx not to buffer the stream.
                .header("X-Accel-Buffering", "no")
                .body(connections.open(actor, discussion));
    }
}
