package org.praxis.community.web;

import java.io.IOException;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityImageFile;
import org.praxis.community.CommunityImageKind;
import org.praxis.community.CommunitySettings;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A community's banner and logo: served under the access policy, uploaded and removed by its admins. */
@Controller
class CommunityImagesController {

    private final CommunityCatalog catalog;
    private final CommunitySettings settings;

    CommunityImagesController(CommunityCatalog catalog, CommunitySettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * A browser may keep a picture everyone may see, but asks again each time (a cheap 304 with
     * the ETag), so that a privacy change takes effect at once; pictures only some may see are
     * never kept.
     */
    @GetMapping("/c/{slug}/images/{kind:banner|logo}")
    ResponseEntity<byte[]> image(Actor actor, @PathVariable String slug, @PathVariable String kind) {
        CommunityImageFile image = catalog.image(actor, slug, CommunityImageKind.fromPath(kind))
                .orElseThrow(() -> new NotFoundException("community image"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(image.restricted() ? CacheControl.noStore().cachePrivate()
                        : CacheControl.noCache().cachePrivate())
                .eTag(Long.toString(image.version()))
                .body(image.content());
    }

    /**
     * The form's action carries the CSRF token, as a hidden field would be lost when the upload
     * cannot be parsed. Uploads plainly over the limit never get here: see {@link OversizedImageUploads}.
     */
    @PostMapping("/c/{slug}/manage/images/{kind:banner|logo}")
    String upload(Actor actor, @PathVariable String slug, @PathVariable String kind,
                  @RequestParam(name = "image", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            settings.setImage(actor, slug, CommunityImageKind.fromPath(kind), file == null ? null : file.getBytes());
        } catch (InvalidInputException e) {
            var problem = e.problems().get(0);
            redirect.addFlashAttribute("imageError", problem.code());
            redirect.addFlashAttribute("imageErrorArgs", problem.args());
            redirect.addFlashAttribute("imageErrorKind", kind);
            return settingsPage(slug);
        }
        redirect.addFlashAttribute("notice", "communityImage.saved." + kind);
        return settingsPage(slug);
    }

    @PostMapping("/c/{slug}/manage/images/{kind:banner|logo}/delete")
    String remove(Actor actor, @PathVariable String slug, @PathVariable String kind, RedirectAttributes redirect) {
        settings.removeImage(actor, slug, CommunityImageKind.fromPath(kind));
        redirect.addFlashAttribute("notice", "communityImage.removed." + kind);
        return settingsPage(slug);
    }

    private static String settingsPage(String slug) {
        return "redirect:/c/" + slug + "/manage/settings#images";
    }
}
