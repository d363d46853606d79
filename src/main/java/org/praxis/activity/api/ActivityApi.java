package org.praxis.activity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.activity.ActivityStream;
import org.praxis.activity.StreamPage;
import org.praxis.community.CommunityCatalog;
import org.praxis.policy.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Activity streams over the API, under the same rules as the pages. */
@RestController
@Tag(name = "Activity", description = "What happened in a community, and in all of the caller's communities")
class ActivityApi {

    private final ActivityStream stream;
    private final CommunityCatalog catalog;

    ActivityApi(ActivityStream stream, CommunityCatalog catalog) {
        this.stream = stream;
        this.catalog = catalog;
    }

    @GetMapping(path = "/api/v1/communities/{slug}/activity", produces = "application/json")
    @Operation(summary = "A community's stream, newest first; pass olderBefore as 'before' for the next page")
    StreamPage community(Actor actor, @PathVariable String slug, @RequestParam(required = false) Long before) {
        return stream.ofCommunity(actor, catalog.facts(actor, slug), before);
    }

    @GetMapping(path = "/api/v1/me/activity", produces = "application/json")
    @Operation(summary = "The caller's stream: what happened in every community they belong to")
    StreamPage mine(Actor actor, @RequestParam(required = false) Long before) {
        return stream.ofMember(actor, before);
    }
}
