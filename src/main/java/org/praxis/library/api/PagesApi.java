package org.praxis.library.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.community.CommunityCatalog;
import org.praxis.library.CommunityPages;
import org.praxis.library.PageComparison;
import org.praxis.library.PageMove;
import org.praxis.library.PageRevisionView;
import org.praxis.library.PageText;
import org.praxis.library.PageTree;
import org.praxis.library.PageView;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A community's pages over the API, under the same rules as the web pages: the tree, a page,
 * creating, editing, moving and deleting (admins and moderators), and the history with its
 * comparisons and restores.
 */
@RestController
@RequestMapping(path = "/api/v1/communities/{slug}/pages", produces = "application/json")
@Tag(name = "Pages", description = "A community's tree of pages, their history and restores")
class PagesApi {

    /** A page to create (parentId: the page it goes under, absent for the top level) or the new text of one. */
    record PageBody(String title, String body, Boolean membersOnly, Long parentId) {

        PageText text() {
            return new PageText(title, body, membersOnly, parentId);
        }
    }

    /** Where to move a page: under parentId (absent for the top level), at position among its siblings (0 first; absent: last). */
    record MoveBody(Long parentId, Integer position) {
    }

    /** What was created, and where to read it. */
    record Created(long id, String url) {
    }

    private final CommunityCatalog catalog;
    private final CommunityPages pages;

    PagesApi(CommunityCatalog catalog, CommunityPages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping
    @Operation(summary = "The pages the caller may read, as a tree")
    PageTree tree(Actor actor, @PathVariable String slug) {
        return pages.tree(actor, catalog.facts(actor, slug));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create a page (admins and moderators), last among its siblings")
    ResponseEntity<Created> create(Actor actor, @PathVariable String slug, @RequestBody PageBody body) {
        long id = pages.create(actor, catalog.facts(actor, slug), body.text());
        String url = "/api/v1/communities/" + slug + "/pages/" + id;
        return ResponseEntity.created(URI.create(url)).body(new Created(id, url));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A page: its text as HTML parts with embedded lists, its trail and its children; "
            + "the Markdown source only for those who may edit it")
    PageView read(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return pages.read(actor, catalog.facts(actor, slug), id);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Edit a page's title, text or members-only flag (an absent flag is left as it is); "
            + "the new text is kept as a new version; parentId is ignored (see /position)")
    ResponseEntity<Void> edit(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody PageBody body) {
        pages.edit(actor, catalog.facts(actor, slug), id, new PageText(body.title(), body.body(), body.membersOnly(), null));
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{id}/position", consumes = "application/json")
    @Operation(summary = "Move a page under another (never under itself or a page below it) or to the top level")
    ResponseEntity<Void> move(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody MoveBody body) {
        pages.move(actor, catalog.facts(actor, slug), id, new PageMove(body.parentId(), body.position()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a page and its history; the pages under it take its place")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String slug, @PathVariable long id) {
        pages.delete(actor, catalog.facts(actor, slug), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/revisions")
    @Operation(summary = "Every saved version of a page, newest (the current text) first")
    List<PageRevisionView> revisions(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return pages.revisions(actor, catalog.facts(actor, slug), id);
    }

    @GetMapping("/{id}/revisions/{revisionId}/diff")
    @Operation(summary = "A saved version compared line by line with the current text")
    PageComparison compare(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable long revisionId) {
        return pages.compare(actor, catalog.facts(actor, slug), id, revisionId);
    }

    @PostMapping("/{id}/revisions/{revisionId}/restore")
    @Operation(summary = "Bring a saved version back as the current text (a new version)")
    ResponseEntity<Void> restore(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable long revisionId) {
        CommunityFacts community = catalog.facts(actor, slug);
        pages.restore(actor, community, id, revisionId);
        return ResponseEntity.noContent().build();
    }
}
