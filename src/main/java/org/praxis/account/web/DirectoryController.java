package org.praxis.account.web;

import java.util.Locale;

import org.praxis.account.DirectoryQuery;
import org.praxis.account.MemberDirectory;
import org.praxis.policy.Actor;
import org.praxis.shared.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The member directory and institution pages. */
@Controller
class DirectoryController {

    private final MemberDirectory directory;

    DirectoryController(MemberDirectory directory) {
        this.directory = directory;
    }

    /** With htmx, only the results are sent back as the person types; without it, the whole page. */
    @GetMapping("/members")
    String members(Actor actor, @RequestParam(required = false) String q,
                   @RequestParam(required = false) Long institution, @RequestParam(required = false) String country,
                   @RequestParam(required = false) String topic, @RequestParam(defaultValue = "0") int page,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        DirectoryQuery query = new DirectoryQuery(q, institution, country, topic);
        model.addAttribute("results", directory.search(actor, query, page, MemberDirectory.PAGE_SIZE));
        model.addAttribute("query", query);
        model.addAttribute("institutions", directory.institutions(actor));
        model.addAttribute("countries", ProfileController.countries(locale));
        model.addAttribute("locale", locale);
        return htmx != null ? "account/members :: results" : "account/members";
    }

    /** The header's search box: for now it searches members; later issues widen it to all content. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String q,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addAttribute("q", q == null ? "" : q);
        return "redirect:/members";
    }

    @GetMapping("/institutions")
    String institutions(Actor actor, Model model) {
        model.addAttribute("institutions", directory.institutions(actor));
        return "account/institutions";
    }

    @GetMapping("/institutions/{id}")
    String institution(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("institution", directory.institution(actor, id));
        ResultPage<?> members = directory.search(actor, new DirectoryQuery(null, id, null, null), page,
                MemberDirectory.PAGE_SIZE);
        model.addAttribute("results", members);
        return "account/institution";
    }

}
