package org.praxis.library.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.praxis.account.Languages;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.community.TopicList;
import org.praxis.library.CommunityFiles;
import org.praxis.library.FileDetails;
import org.praxis.library.Licence;
import org.praxis.library.LibraryFilter;
import org.praxis.library.PublicLibrary;
import org.praxis.library.PublicationText;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.NotAllowedException;
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
 * The platform's public library (browse, filter, read, download: open to everyone) and the form
 * with which a community's admins share one of its files there.
 */
@Controller
class LibraryController {

    /** How a document is described in the library, as typed; the year is checked by the service. */
    static class PublishForm {
        private String title;
        private String authors;
        private String year;
        private String publisher;
        private String summary;
        private String language;
        private Licence licence;
        private List<Long> topicIds;

        PublicationText text() {
            Integer parsed = null;
            if (year != null && !year.isBlank()) {
                try {
                    parsed = Integer.valueOf(year.strip());
                } catch (NumberFormatException e) {
                    parsed = -1;
                }
            }
            return new PublicationText(title, authors, parsed, publisher, summary, language, licence, topicIds);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getAuthors() { return authors; }
        public void setAuthors(String authors) { this.authors = authors; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getPublisher() { return publisher; }
        public void setPublisher(String publisher) { this.publisher = publisher; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
        public Licence getLicence() { return licence; }
        public void setLicence(Licence licence) { this.licence = licence; }
        public List<Long> getTopicIds() { return topicIds; }
        public void setTopicIds(List<Long> topicIds) { this.topicIds = topicIds; }
    }

    private final PublicLibrary library;
    private final CommunityCatalog catalog;
    private final CommunityFiles files;
    private final TopicList topics;

    LibraryController(PublicLibrary library, CommunityCatalog catalog, CommunityFiles files, TopicList topics) {
        this.library = library;
        this.catalog = catalog;
        this.files = files;
        this.topics = topics;
    }

    @GetMapping("/library")
    String browse(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Long topic,
                  @RequestParam(required = false) String language, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        LibraryFilter filter = new LibraryFilter(q, topic, language == null || language.isBlank() ? null : language, year);
        model.addAttribute("filter", filter);
        model.addAttribute("results", library.browse(actor, filter, page));
        model.addAttribute("topics", topics.all(LocaleContextHolder.getLocale()));
        model.addAttribute("languages", library.languages().stream()
                .map(code -> new Languages.Choice(code, Languages.displayName(code, LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("years", library.years());
        return "library/library";
    }

    @GetMapping("/library/{id}")
    String publication(Actor actor, @PathVariable long id, Model model) {
        var p = library.get(actor, id);
        model.addAttribute("p", p);
        model.addAttribute("languageName", p.language() == null ? null
                : Languages.displayName(p.language(), LocaleContextHolder.getLocale()));
        return "library/publication";
    }

    @GetMapping("/library/{id}/download")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) {
        return FileController.send(library.download(id));
    }

    @GetMapping("/c/{slug}/files/{id}/publish")
    String publishForm(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        FileDetails details = files.details(actor, community.facts(), id);
        PublishForm form = new PublishForm();
        library.ofFile(actor, id).ifPresentOrElse(p -> {
            form.setTitle(p.title());
            form.setAuthors(p.authors());
            form.setYear(p.year() == null ? null : String.valueOf(p.year()));
            form.setPublisher(p.publisher());
            form.setSummary(p.summary());
            form.setLanguage(p.language());
            form.setLicence(p.licence());
            form.setTopicIds(p.topics().stream().map(t -> t.id()).toList());
        }, () -> {
            form.setTitle(details.file().title());
            form.setSummary(details.description());
            form.setLanguage(details.file().language());
            form.setLicence(Licence.CC_BY_4);
        });
        model.addAttribute("form", form);
        return publishPage(actor, community, details, model);
    }

    @PostMapping("/c/{slug}/files/{id}/publish")
    String publish(Actor actor, @PathVariable String slug, @PathVariable long id, @ModelAttribute("form") PublishForm form,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CommunityPage community = catalog.frame(actor, slug);
        if (result.hasErrors()) {
            // A licence or topic that is not one of the choices.
            response.setStatus(422);
            return publishPage(actor, community, files.details(actor, community.facts(), id), model);
        }
        try {
            long publication = library.publish(actor, community.facts(), id, form.text());
            redirect.addFlashAttribute("notice", "library.published");
            return "redirect:/library/" + publication;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            response.setStatus(422);
            return publishPage(actor, community, files.details(actor, community.facts(), id), model);
        }
    }

    @PostMapping("/c/{slug}/files/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        library.withdraw(actor, catalog.facts(actor, slug), id);
        redirect.addFlashAttribute("notice", "library.withdrawn");
        return "redirect:/c/" + slug + "/files/" + id;
    }

    private String publishPage(Actor actor, CommunityPage community, FileDetails details, Model model) {
        if (!library.canPublish(actor, community.facts())) {
            throw new NotAllowedException("publish a file");
        }
        model.addAttribute("community", community);
        model.addAttribute("tab", "files");
        model.addAttribute("f", details);
        model.addAttribute("licences", Licence.values());
        model.addAttribute("topics", topics.all(LocaleContextHolder.getLocale()));
        model.addAttribute("languages", Languages.choices(LocaleContextHolder.getLocale()));
        return "library/publish";
    }
}
