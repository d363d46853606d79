package org.praxis.library.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.praxis.account.Languages;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.library.CommunityFiles;
import org.praxis.library.FileDetails;
import org.praxis.library.FileLimits;
import org.praxis.library.StoredFile;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.Downloads;
import org.praxis.shared.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Files tab: folders and files, uploading several files at once (with a progress bar when
 * JavaScript runs, a plain form otherwise), a file's page with its versions and preview, and the
 * downloads. Only members read files; everyone else who may see the community is told so.
 */
@Controller
class FileController {

    /** Form pages answer 422 when what was sent is refused, so the upload script can tell. */
    private static final int REFUSED = 422;

    private final CommunityCatalog catalog;
    private final CommunityFiles files;
    private final FileLimits limits;
    private final org.praxis.library.PublicLibrary library;

    FileController(CommunityCatalog catalog, CommunityFiles files, FileLimits limits, org.praxis.library.PublicLibrary library) {
        this.catalog = catalog;
        this.files = files;
        this.limits = limits;
        this.library = library;
    }

    @ModelAttribute("fileLimits")
    FileLimits fileLimits() {
        return limits;
    }

    @GetMapping("/c/{slug}/files")
    String list(Actor actor, @PathVariable String slug, @RequestParam(required = false) Long folder,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("folderForm", new FileForms.FolderForm());
        return listPage(actor, slug, folder, page, model);
    }

    private String listPage(Actor actor, String slug, Long folder, int page, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("tab", "files");
        model.addAttribute("shared", library.sharedBy(actor, community.facts()));
        if (!files.canRead(actor, community.facts())) {
            return "library/files-members-only";
        }
        model.addAttribute("listing", files.list(actor, community.facts(), folder, page));
        return "library/files";
    }

    @PostMapping("/c/{slug}/files/folders")
    String createFolder(Actor actor, @PathVariable String slug, @ModelAttribute("folderForm") FileForms.FolderForm form,
                        BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            long id = files.createFolder(actor, community.facts(), form.getName());
            redirect.addFlashAttribute("notice", "file.folderCreated");
            return "redirect:/c/" + slug + "/files?folder=" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            response.setStatus(REFUSED);
            return listPage(actor, slug, null, 0, model);
        }
    }

    @PostMapping("/c/{slug}/files/folders/{folderId}/rename")
    String renameFolder(Actor actor, @PathVariable String slug, @PathVariable long folderId,
                        @ModelAttribute("folderForm") FileForms.FolderForm form, BindingResult result, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            files.renameFolder(actor, community.facts(), folderId, form.getName());
            redirect.addFlashAttribute("notice", "file.folderRenamed");
            return "redirect:/c/" + slug + "/files?folder=" + folderId;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            response.setStatus(REFUSED);
            return listPage(actor, slug, folderId, 0, model);
        }
    }

    @PostMapping("/c/{slug}/files/folders/{folderId}/delete")
    String deleteFolder(Actor actor, @PathVariable String slug, @PathVariable long folderId, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        files.deleteFolder(actor, community.facts(), folderId);
        redirect.addFlashAttribute("notice", "file.folderDeleted");
        return "redirect:/c/" + slug + "/files";
    }

    @GetMapping("/c/{slug}/files/upload")
    String uploadForm(Actor actor, @PathVariable String slug, @RequestParam(required = false) Long folder, Model model) {
        FileForms.UploadForm form = new FileForms.UploadForm();
        form.setFolderId(folder);
        model.addAttribute("form", form);
        return uploadPage(actor, slug, model);
    }

    @PostMapping("/c/{slug}/files/upload")
    String upload(Actor actor, @PathVariable String slug, @ModelAttribute("form") FileForms.UploadForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            List<Long> ids = files.upload(actor, community.facts(), form.text(), FileForms.uploads(form.getFiles()));
            redirect.addFlashAttribute("notice", ids.size() == 1 ? "file.uploadedOne" : "file.uploadedMany");
            return ids.size() == 1 ? "redirect:/c/" + slug + "/files/" + ids.get(0)
                    : "redirect:/c/" + slug + "/files" + (form.getFolderId() == null ? "" : "?folder=" + form.getFolderId());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            response.setStatus(REFUSED);
            return uploadPage(actor, slug, model);
        }
    }

    private String uploadPage(Actor actor, String slug, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        if (!files.canUpload(actor, community.facts())) {
            files.list(actor, community.facts(), null, 0);
            throw new org.praxis.shared.NotAllowedException("upload a file");
        }
        model.addAttribute("community", community);
        model.addAttribute("tab", "files");
        model.addAttribute("folders", files.folders(actor, community.facts()));
        model.addAttribute("languages", Languages.choices(LocaleContextHolder.getLocale()));
        return "library/upload";
    }

    @GetMapping("/c/{slug}/files/{id}")
    String file(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        model.addAttribute("versionForm", new FileForms.VersionForm());
        return filePage(actor, slug, id, model);
    }

    private String filePage(Actor actor, String slug, long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        FileDetails details = files.details(actor, community.facts(), id);
        model.addAttribute("community", community);
        model.addAttribute("tab", "files");
        model.addAttribute("f", details);
        model.addAttribute("publication", library.ofFile(actor, id).orElse(null));
        model.addAttribute("canPublish", library.canPublish(actor, community.facts()));
        model.addAttribute("languageName", details.file().language() == null ? null
                : Languages.displayName(details.file().language(), LocaleContextHolder.getLocale()));
        return "library/file";
    }

    @PostMapping("/c/{slug}/files/{id}/versions")
    String uploadVersion(Actor actor, @PathVariable String slug, @PathVariable long id,
                         @ModelAttribute("versionForm") FileForms.VersionForm form, BindingResult result, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            files.uploadVersion(actor, community.facts(), id, FileForms.upload(form.getFile()));
            redirect.addFlashAttribute("notice", "file.versionUploaded");
            return "redirect:/c/" + slug + "/files/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            response.setStatus(REFUSED);
            return filePage(actor, slug, id, model);
        }
    }

    @PostMapping("/c/{slug}/files/{id}/remove")
    String remove(Actor actor, @PathVariable String slug, @PathVariable long id,
                  @ModelAttribute("versionForm") FileForms.VersionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            files.remove(actor, community.facts(), id, form.getReason());
            redirect.addFlashAttribute("notice", "file.removed");
            return "redirect:/c/" + slug + "/files";
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            response.setStatus(REFUSED);
            return filePage(actor, slug, id, model);
        }
    }

    @GetMapping("/c/{slug}/files/{id}/edit")
    String editForm(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        FileDetails details = files.details(actor, community.facts(), id);
        if (!details.can().edit()) {
            throw new org.praxis.shared.NotAllowedException("edit a file");
        }
        model.addAttribute("form", FileForms.EditForm.of(details));
        return editPage(actor, community, details, model);
    }

    @PostMapping("/c/{slug}/files/{id}/edit")
    String edit(Actor actor, @PathVariable String slug, @PathVariable long id, @ModelAttribute("form") FileForms.EditForm form,
                BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            files.describe(actor, community.facts(), id, form.text());
            redirect.addFlashAttribute("notice", "file.saved");
            return "redirect:/c/" + slug + "/files/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            response.setStatus(REFUSED);
            return editPage(actor, community, files.details(actor, community.facts(), id), model);
        }
    }

    private String editPage(Actor actor, CommunityPage community, FileDetails details, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("tab", "files");
        model.addAttribute("f", details);
        model.addAttribute("folders", files.folders(actor, community.facts()));
        model.addAttribute("languages", Languages.choices(LocaleContextHolder.getLocale()));
        return "library/file-edit";
    }

    @GetMapping("/c/{slug}/files/{id}/download")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return send(files.download(actor, catalog.facts(actor, slug), id, null));
    }

    @GetMapping("/c/{slug}/files/{id}/versions/{version}/download")
    ResponseEntity<InputStreamResource> downloadVersion(Actor actor, @PathVariable String slug, @PathVariable long id,
                                                        @PathVariable int version) {
        return send(files.download(actor, catalog.facts(actor, slug), id, version));
    }

    @GetMapping("/c/{slug}/files/{id}/preview")
    ResponseEntity<InputStreamResource> preview(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return send(files.preview(actor, catalog.facts(actor, slug), id));
    }

    @GetMapping("/c/{slug}/files/{id}/thumbnail")
    ResponseEntity<InputStreamResource> thumbnail(Actor actor, @PathVariable String slug, @PathVariable long id) {
        return send(files.thumbnail(actor, catalog.facts(actor, slug), id));
    }

    static ResponseEntity<InputStreamResource> send(StoredFile file) {
        return Downloads.of(file.name(), file.contentType(), file.size(), file.inline(), file.content());
    }
}
