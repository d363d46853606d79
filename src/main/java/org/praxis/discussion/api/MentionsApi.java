package org.praxis.discussion.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.community.CommunityCatalog;
import org.praxis.discussion.Mentions;
import org.praxis.policy.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Suggestions for @mentions over the API. */
@RestController
@Tag(name = "Discussions")
class MentionsApi {

    private final CommunityCatalog catalog;
    private final Mentions mentions;

    MentionsApi(CommunityCatalog catalog, Mentions mentions) {
        this.catalog = catalog;
        this.mentions = mentions;
    }

    @GetMapping(path = "/api/v1/communities/{slug}/mention-candidates", produces = "application/json")
    @Operation(summary = "Members of the community whose name contains q, for those who may see its members; "
            + "mention one by writing [@Name](/members/ID)")
    List<Mentions.Candidate> candidates(Actor actor, @PathVariable String slug, @RequestParam(defaultValue = "") String q) {
        return mentions.candidates(actor, catalog.facts(actor, slug), q);
    }
}
