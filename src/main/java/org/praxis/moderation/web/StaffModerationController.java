package org.praxis.moderation.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.community.CommunityCatalog;
import org.praxis.moderation.LogQuery;
import org.praxis.moderation.ModerationAction;
import org.praxis.moderation.ModerationLog;
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

/** Staff: every community's report queue, reports about profiles outside communities, and the whole moderation log. */
@Controller
class StaffModerationController {

    private final Reports reports;
    private final ModerationLog log;
    private final CommunityCatalog catalog;

    StaffModerationController(Reports reports, ModerationLog log, CommunityCatalog catalog) {
        this.reports = reports;
        this.log = log;
        this.catalog = catalog;
    }

    @GetMapping("/staff/reports")
    String queue(Actor actor, Model model, HttpServletRequest request) {
        model.addAttribute("items", reports.allQueues(actor));
        model.addAttribute("times", new ViewerZone.Times(ViewerZone.of(request)));
        model.addAttribute("staff", true);
        return "moderation/queue";
    }

    /** A report of a community opens in that community's queue; one about a profile outside communities, here. */
    @GetMapping("/staff/reports/{id}")
    String report(Actor actor, @PathVariable long id, Model model, HttpServletRequest request) {
        Long communityId = reports.communityOf(actor, id);
        if (communityId != null) {
            return "redirect:/c/" + catalog.slugOf(actor, communityId) + "/manage/reports/" + id;
        }
        model.addAttribute("report", reports.openUnscoped(actor, id));
        model.addAttribute("times", new ViewerZone.Times(ViewerZone.of(request)));
        model.addAttribute("staff", true);
        return "moderation/case";
    }

    @PostMapping("/staff/reports/{id}/dismiss")
    String dismiss(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String note,
                   RedirectAttributes redirect) {
        reports.dismiss(actor, null, id, note);
        redirect.addFlashAttribute("notice", "report.dismissed");
        return "redirect:/staff/reports";
    }

    @GetMapping("/staff/moderation-log")
    String log(Actor actor, @RequestParam(required = false) ModerationAction action,
               @RequestParam(required = false) Long by, @RequestParam(required = false) Long member,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
               HttpServletResponse response) {
        ViewerZone.Times times = new ViewerZone.Times(ViewerZone.of(request));
        LogQuery query = new LogQuery(action, by, member, from, to, times.zone());
        model.addAttribute("query", query);
        model.addAttribute("actions", ModerationAction.values());
        model.addAttribute("times", times);
        model.addAttribute("base", "/staff/moderation-log");
        model.addAttribute("staff", true);
        try {
            model.addAttribute("log", log.readAll(actor, query, page));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("errors", FormErrors.byField(e));
        }
        return "moderation/log";
    }
}
