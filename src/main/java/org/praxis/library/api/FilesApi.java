package org.praxis.library.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.community.CommunityCatalog;
import org.praxis.library.CommunityFiles;
import org.praxis.library.FileDetails;
import org.praxis.library.FileSummary;
import org.praxis.library.FileText;
import org.praxis.library.FolderView;
import org.praxis.library.StoredFile;
import org.praxis.library.Upload;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.ResultPage;
import org.praxis.shared.web.Downloads;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A community's files over the API, for members only, under the same rules as the Files tab. */
@RestController
@RequestMapping(path = "/api/v1/communities/{slug}/files", produces = "application/json")
@Tag(name = "Files", description = "A community's working documents, folders and versions (members only)")
class FilesApi {

    /** A folder's name. */
    record FolderBody(String name) {
    }

    /** What was created, and where to read it. */
    record Created(List<Long> ids) {
    }

    /** The number of the version just uploaded. */
    record VersionCreated(int version) {
    }

    private final CommunityCatalog catalog;
    private final CommunityFiles files;

    FilesApi(CommunityCatalog catalog, CommunityFiles files) {
        this.catalog = catalog;
        this.files = files;
    }

    @GetMapping
    @Operation(summary = "The community's files, latest change first, in one folder or all")
    ResultPage<FileSummary> list(Actor actor, @PathVariable String slug, @RequestParam(required = false) Long folder,
                                 @RequestParam(defaultValue = "0") int page) {
        return files.list(actor, catalog.facts(actor, slug), folder, page).files();
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Share files (multipart fields files, title, description, language, folderId)")
    ResponseEntity<Created> upload(Actor actor, @PathVariable String slug,
                                   @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
                                   @RequestParam(required = false) String title,
                                   @RequestParam(required = false) String description,
                                   @RequestParam(required = false) String language,
                                   @RequestParam(required = false) Long folderId) {
        CommunityFacts community = catalog.facts(actor, slug);
        List<Upload> list = uploads == null ? List.of() : uploads.stream()
                .map(f -> new Upload(f.getOriginalFilename(), f.getSize(), f::getInputStream)).toList();
        List<Long> ids = files.upload(actor, community, new FileText(title, description, language, folderId), list);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + slug + "/files/" + ids.get(0))).body(new Created(ids));
    }

    @GetMapping("/folders")
    @Operation(summary = "The community's folders")
    List<FolderView> folders(Actor actor, @PathVariable String slug) {
        return files.list(actor, catalog.facts(actor, slug), null, 0).folders();
    }

    @PostMapping(path = "/folders", consumes = "application/json")
    @Operation(summary = "Create a folder (moderators and admins)")
    ResponseEntity<FolderView> createFolder(Actor actor, @PathVariable String slug, @RequestBody FolderBody body) {
        long id = files.createFolder(actor, catalog.facts(actor, slug), body.name());
        return ResponseEntity.created(URI.create("/api/v1/communities/" + slug + "/files?folder=" + id))
                .body(new FolderView(id, body.name().strip(), 0));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A file with its versions and what the caller may do")
    FileDetails details(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return files.details(actor, catalog.facts(actor, slug), id);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Change a file's title, description, language and folder")
    ResponseEntity<Void> describe(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestBody FileText body) {
        files.describe(actor, catalog.facts(actor, slug), id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/versions", consumes = "multipart/form-data")
    @Operation(summary = "Upload a new version (multipart field file); older versions stay")
    ResponseEntity<VersionCreated> version(Actor actor, @PathVariable String slug, @PathVariable long id,
                                           @RequestParam(name = "file", required = false) MultipartFile file) {
        Upload upload = file == null ? null : new Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
        int version = files.uploadVersion(actor, catalog.facts(actor, slug), id, upload);
        return ResponseEntity.created(URI.create("/api/v1/communities/" + slug + "/files/" + id + "/content?version=" + version))
                .body(new VersionCreated(version));
    }

    @GetMapping(path = "/{id}/content", produces = "*/*")
    @Operation(summary = "A version's bytes (the current one by default), counted as a download")
    ResponseEntity<InputStreamResource> content(Actor actor, @PathVariable String slug, @PathVariable long id,
                                                @RequestParam(required = false) Integer version) {
        StoredFile file = files.download(actor, catalog.facts(actor, slug), id, version);
        return Downloads.of(file.name(), file.contentType(), file.size(), file.inline(), file.content());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a file and its versions (a reason is required for someone else's file)")
    ResponseEntity<Void> remove(Actor actor, @PathVariable String slug, @PathVariable long id,
                                @RequestParam(required = false) String reason) {
        files.remove(actor, catalog.facts(actor, slug), id, reason);
        return ResponseEntity.noContent().build();
    }
}
