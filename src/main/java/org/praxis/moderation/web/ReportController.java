package org.praxis.moderation.web;

import jakarta.servlet.http.HttpServletResponse;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.moderation.ReportCategory;
import org.praxis.moderation.ReportForm;
import org.praxis.moderation.Reports;
import org.praxis.moderation.TargetType;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report form: for a discussion, comment, file, page or event of a community, for a member
 * seen there, or for a profile outside any community (then staff receive it).
 */
@Controller
class ReportController {

    private final Reports reports;
    private final CommunityCatalog catalog;

    ReportController(Reports reports, CommunityCatalog catalog) {
        this.reports = reports;
        this.catalog = catalog;
    }

    @GetMapping("/c/{slug}/report")
    String form(Actor actor, @PathVariable String slug, @RequestParam TargetType type, @RequestParam long id,
                @RequestParam(required = false) Long parent, Model model) {
        CommunityPage community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("form", reports.form(actor, community.facts(), slug, community.moderatorAvailability(), type, id, parent));
        model.addAttribute("action", "/c/" + slug + "/report");
        return "moderation/report";
    }

    @PostMapping("/c/{slug}/report")
    String submit(Actor actor, @PathVariable String slug, @RequestParam TargetType type, @RequestParam long id,
                  @RequestParam(required = false) Long parent, @RequestParam(required = false) ReportCategory category,
                  @RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        CommunityPage community = catalog.page(actor, slug);
        try {
            boolean filed = reports.submit(actor, community.facts(), slug, type, id, parent, category, note);
            redirect.addFlashAttribute("notice", filed ? "report.thanks" : "report.already");
            ReportForm form = reports.form(actor, community.facts(), slug, community.moderatorAvailability(), type, id, parent);
            return "redirect:" + form.path();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("community", community);
            model.addAttribute("form", reports.form(actor, community.facts(), slug, community.moderatorAvailability(), type,
                    id, parent));
            model.addAttribute("action", "/c/" + slug + "/report");
            model.addAttribute("category", category);
            model.addAttribute("note", note);
            model.addAttribute("errors", FormErrors.byField(e));
            return "moderation/report";
        }
    }

    @GetMapping("/members/{id}/report")
    String profileForm(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("form", reports.form(actor, null, null, null, TargetType.PROFILE, id, null));
        model.addAttribute("action", "/members/" + id + "/report");
        return "moderation/report";
    }

    @PostMapping("/members/{id}/report")
    String profileSubmit(Actor actor, @PathVariable long id, @RequestParam(required = false) ReportCategory category,
                         @RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        try {
            boolean filed = reports.submit(actor, null, null, TargetType.PROFILE, id, null, category, note);
            redirect.addFlashAttribute("notice", filed ? "report.thanks" : "report.already");
            return "redirect:/members/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("form", reports.form(actor, null, null, null, TargetType.PROFILE, id, null));
            model.addAttribute("action", "/members/" + id + "/report");
            model.addAttribute("category", category);
            model.addAttribute("note", note);
            model.addAttribute("errors", FormErrors.byField(e));
            return "moderation/report";
        }
    }
}
