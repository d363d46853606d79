package org.praxis.library.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.community.CommunityCatalog;
import org.praxis.library.LibraryFilter;
import org.praxis.library.PublicLibrary;
import org.praxis.library.PublicationText;
import org.praxis.library.PublicationView;
import org.praxis.policy.Actor;
import org.praxis.shared.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public library over the API: browse and read for anyone with a token; admins share and withdraw their community's files. */
@RestController
@Tag(name = "Public library", description = "Documents communities shared with everyone")
class LibraryApi {

    private final PublicLibrary library;
    private final CommunityCatalog catalog;

    LibraryApi(PublicLibrary library, CommunityCatalog catalog) {
        this.library = library;
        this.catalog = catalog;
    }

    @GetMapping(path = "/api/v1/library", produces = "application/json")
    @Operation(summary = "Documents of the public library, newest first, filtered by words, topic, language and year")
    ResultPage<PublicationView> browse(Actor actor, @RequestParam(required = false) String q,
                                       @RequestParam(required = false) Long topic, @RequestParam(required = false) String language,
                                       @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page) {
        return library.browse(actor, new LibraryFilter(q, topic, language, year), page);
    }

    @GetMapping(path = "/api/v1/library/{id}", produces = "application/json")
    @Operation(summary = "One document of the public library")
    PublicationView get(Actor actor, @PathVariable long id) {
        return library.get(actor, id);
    }

    @PutMapping(path = "/api/v1/communities/{slug}/files/{id}/publication", consumes = "application/json",
            produces = "application/json")
    @Operation(summary = "Share a file's current version in the public library, or describe it again (admins)")
    PublicationView publish(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody PublicationText body) {
        return library.get(actor, library.publish(actor, catalog.facts(actor, slug), id, body));
    }

    @DeleteMapping("/api/v1/communities/{slug}/files/{id}/publication")
    @Operation(summary = "Withdraw a file from the public library (admins); the file stays in the community")
    ResponseEntity<Void> withdraw(Actor actor, @PathVariable String slug, @PathVariable long id) {
        library.withdraw(actor, catalog.facts(actor, slug), id);
        return ResponseEntity.noContent().build();
    }
}
