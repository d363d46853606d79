package org.praxis.community.web;

import org.praxis.community.CommunityApprovals;
import org.praxis.community.CommunityCatalog;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff overview of every community, and the approval of new ones. */
@Controller
class StaffCommunitiesController {

    private final CommunityCatalog catalog;
    private final CommunityApprovals approvals;

    StaffCommunitiesController(CommunityCatalog catalog, CommunityApprovals approvals) {
        this.catalog = catalog;
        this.approvals = approvals;
    }

    @GetMapping("/staff/communities")
    String overview(Actor actor, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        model.addAttribute("results", catalog.overview(actor, q, page));
        model.addAttribute("q", q);
        return "staff/communities";
    }

    @GetMapping("/staff/communities/pending")
    String pending(Actor actor, Model model) {
        model.addAttribute("pending", approvals.pending(actor));
        model.addAttribute("approvalRequired", approvals.required(actor));
        return "staff/pending-communities";
    }

    @PostMapping("/staff/communities/approval-setting")
    String changeSetting(Actor actor, @RequestParam(defaultValue = "false") boolean required,
                         RedirectAttributes redirect) {
        approvals.require(actor, required);
        redirect.addFlashAttribute("notice", required ? "staff.approval.on" : "staff.approval.off");
        return "redirect:/staff/communities/pending";
    }

    @PostMapping("/staff/communities/{id}/approve")
    String approve(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", approvals.approve(actor, id)
                ? "staff.approval.approved" : "staff.approval.alreadyDecided");
        return "redirect:/staff/communities/pending";
    }

    @PostMapping("/staff/communities/{id}/reject")
    String reject(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notice", approvals.reject(actor, id, reason)
                    ? "staff.approval.rejected" : "staff.approval.alreadyDecided");
            return "redirect:/staff/communities/pending";
        } catch (InvalidInputException e) {
            model.addAttribute("rejectId", id);
            model.addAttribute("rejectReason", reason);
            model.addAttribute("rejectError", e.problems().get(0));
            return pending(actor, model);
        }
    }
}
