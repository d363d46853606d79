package org.praxis.moderation.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.moderation.CodeOfConduct;
import org.praxis.moderation.LogQuery;
import org.praxis.moderation.ModerationAction;
import org.praxis.moderation.ModerationActions;
import org.praxis.moderation.ModerationLog;
import org.praxis.moderation.ModerationSettings;
import org.praxis.moderation.PersonalDataMode;
import org.praxis.moderation.Premoderation;
import org.praxis.moderation.Reports;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.praxis.shared.web.ViewerZone;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Manage › Reports (the queue and each reported thing), Manage › Moderation log, and Manage › Moderation settings. */
@Controller
class ModerationController {

    private final Reports reports;
    private final ModerationActions actions;
    private final ModerationLog log;
    private final ModerationSettings settings;
    private final CodeOfConduct conduct;
    private final org.praxis.discussion.HeldPosts heldPosts;
    private final CommunityCatalog catalog;

    ModerationController(Reports reports, ModerationActions actions, ModerationLog log, ModerationSettings settings,
                         CodeOfConduct conduct, org.praxis.discussion.HeldPosts heldPosts, CommunityCatalog catalog) {
        this.conduct = conduct;
        this.heldPosts = heldPosts;
        this.reports = reports;
        this.actions = actions;
        this.log = log;
        this.settings = settings;
        this.catalog = catalog;
    }

    @GetMapping("/c/{slug}/manage/reports")
    String queue(Actor actor, @PathVariable String slug, Model model, HttpServletRequest request) {
        CommunityPage community = frame(actor, slug, model, "reports");
        model.addAttribute("items", reports.queue(actor, community.facts()));
        model.addAttribute("held", heldPosts.waiting(actor, community.facts()));
        model.addAttribute("responseHours", settings.responseHours(community.id()).orElse(null));
        model.addAttribute("times", new ViewerZone.Times(ViewerZone.of(request)));
        return "moderation/queue";
    }

    @GetMapping("/c/{slug}/manage/reports/{id}")
    String report(Actor actor, @PathVariable String slug, @PathVariable long id, Model model, HttpServletRequest request) {
        CommunityPage community = frame(actor, slug, model, "reports");
        model.addAttribute("report", reports.open(actor, community.facts(), id));
        model.addAttribute("times", new ViewerZone.Times(ViewerZone.of(request)));
        return "moderation/case";
    }

    @PostMapping("/c/{slug}/manage/held/{id}/approve")
    String approve(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        CommunityPage community = catalog.page(actor, slug);
        try {
            heldPosts.approve(actor, community.facts(), id);
            redirect.addFlashAttribute("notice", "held.approved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("notice", e.problems().get(0).code());
        }
        return "redirect:/c/" + slug + "/manage/reports";
    }

    @PostMapping("/c/{slug}/manage/held/{id}/reject")
    String reject(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CommunityPage community = catalog.page(actor, slug);
        try {
            heldPosts.reject(actor, community.facts(), id, reason);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("heldErrors", java.util.Map.of(id, FormErrors.byField(e)));
            return queue(actor, slug, model, request);
        }
        redirect.addFlashAttribute("notice", "held.rejected");
        return "redirect:/c/" + slug + "/manage/reports";
    }

    @PostMapping("/c/{slug}/manage/reports/{id}/dismiss")
    String dismiss(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String note,
                   RedirectAttributes redirect) {
        CommunityPage community = catalog.page(actor, slug);
        reports.dismiss(actor, community.facts(), id, note);
        redirect.addFlashAttribute("notice", "report.dismissed");
        return "redirect:/c/" + slug + "/manage/reports";
    }

    @PostMapping("/c/{slug}/manage/reports/{id}/act")
    String act(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestParam ModerationActions.Kind kind,
               @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String days,
               @RequestParam(required = false) String to, Model model,
               HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CommunityPage community = catalog.page(actor, slug);
        try {
            org.praxis.policy.CommunityFacts destination = kind == ModerationActions.Kind.MOVE && to != null && !to.isBlank()
                    ? catalog.facts(actor, to) : null;
            actions.act(actor, community.facts(), id, kind, reason, parseDays(days), destination);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            frame(actor, slug, model, "reports");
            model.addAttribute("report", reports.open(actor, community.facts(), id));
            model.addAttribute("times", new ViewerZone.Times(ViewerZone.of(request)));
            model.addAttribute("failedKind", kind);
            model.addAttribute("reason", reason);
            model.addAttribute("days", days);
            model.addAttribute("errors", FormErrors.byField(e));
            return "moderation/case";
        }
        redirect.addFlashAttribute("notice", "report.done." + kind.name());
        return "redirect:/c/" + slug + "/manage/reports";
    }

    @GetMapping("/c/{slug}/manage/moderation-log")
    String log(Actor actor, @PathVariable String slug, @RequestParam(required = false) ModerationAction action,
               @RequestParam(required = false) Long by, @RequestParam(required = false) Long member,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
               HttpServletResponse response) {
        CommunityPage community = frame(actor, slug, model, "moderation-log");
        ViewerZone.Times times = new ViewerZone.Times(ViewerZone.of(request));
        LogQuery query = new LogQuery(action, by, member, from, to, times.zone());
        model.addAttribute("query", query);
        model.addAttribute("actions", ModerationAction.values());
        model.addAttribute("times", times);
        model.addAttribute("base", "/c/" + slug + "/manage/moderation-log");
        try {
            model.addAttribute("log", log.read(actor, community.facts(), query, page));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", FormErrors.byField(e));
        }
        return "moderation/log";
    }

    @GetMapping("/c/{slug}/conduct")
    String conduct(Actor actor, @PathVariable String slug, Model model) {
        CommunityPage community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("principles", conduct.principlesHtml(actor, community.facts()));
        return "moderation/conduct";
    }

    @GetMapping("/conduct")
    String platformConduct() {
        return "moderation/conduct";
    }

    @GetMapping("/c/{slug}/manage/moderation")
    String settings(Actor actor, @PathVariable String slug, Model model) {
        CommunityPage community = frame(actor, slug, model, "moderation");
        if (!settings.canEdit(actor, community.facts())) {
            throw new org.praxis.shared.NotAllowedException("moderation settings");
        }
        model.addAttribute("responseHours", settings.responseHours(community.id()).map(String::valueOf).orElse(""));
        model.addAttribute("principles", conduct.principles(actor, community.facts()));
        model.addAttribute("guard", settings.guard(community.id()));
        return "moderation/settings";
    }

    @PostMapping("/c/{slug}/manage/moderation")
    String saveSettings(Actor actor, @PathVariable String slug, @RequestParam(defaultValue = "") String responseHours,
                        @RequestParam(defaultValue = "") String principles,
                        @RequestParam(required = false) PersonalDataMode personalData,
                        @RequestParam(required = false) Premoderation premoderation, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        CommunityPage community = catalog.page(actor, slug);
        try {
            settings.save(actor, community.facts(), responseHours, principles, personalData, premoderation);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            frame(actor, slug, model, "moderation");
            model.addAttribute("responseHours", responseHours);
            model.addAttribute("principles", principles);
            model.addAttribute("guard", new ModerationSettings.Guard(personalData == null ? PersonalDataMode.WARN : personalData,
                    premoderation == null ? Premoderation.NONE : premoderation));
            model.addAttribute("errors", FormErrors.byField(e));
            return "moderation/settings";
        }
        redirect.addFlashAttribute("notice", "moderation.settings.saved");
        return "redirect:/c/" + slug + "/manage/moderation";
    }

    /** Days of a suspension as typed; anything that is not a whole number is left for the rules to refuse. */
    static Integer parseDays(String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private CommunityPage frame(Actor actor, String slug, Model model, String section) {
        CommunityPage community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("tab", "manage");
        model.addAttribute("section", section);
        model.addAttribute("staff", false);
        return community;
    }
}
