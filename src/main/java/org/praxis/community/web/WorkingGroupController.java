package org.praxis.community.web;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.NewWorkingGroup;
import org.praxis.community.WorkingGroups;
import org.praxis.policy.Actor;
import org.praxis.policy.Privacy;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Manage -> Working groups: every group of the community for its admins, and the form to create one. */
@Controller
class WorkingGroupController {

    /** The creation form as typed. */
    static class WorkingGroupForm {
        private String name;
        private String shortDescription;
        private Privacy privacy = Privacy.PUBLIC;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getShortDescription() { return shortDescription; }
        public void setShortDescription(String shortDescription) { this.shortDescription = shortDescription; }
        public Privacy getPrivacy() { return privacy; }
        public void setPrivacy(Privacy privacy) { this.privacy = privacy; }
    }

    private final CommunityCatalog catalog;
    private final WorkingGroups workingGroups;

    WorkingGroupController(CommunityCatalog catalog, WorkingGroups workingGroups) {
        this.catalog = catalog;
        this.workingGroups = workingGroups;
    }

    @GetMapping("/c/{slug}/manage/groups")
    String list(Actor actor, @PathVariable String slug, @ModelAttribute("form") WorkingGroupForm form, Model model) {
        return page(actor, slug, model);
    }

    @PostMapping("/c/{slug}/manage/groups")
    String create(Actor actor, @PathVariable String slug, @ModelAttribute("form") WorkingGroupForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(actor, slug, model);
        }
        try {
            String group = workingGroups.create(actor, slug, new NewWorkingGroup(form.getName(),
                    form.getShortDescription(), form.getPrivacy()));
            redirect.addFlashAttribute("notice", "workingGroup.created");
            return "redirect:/c/" + group;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return page(actor, slug, model);
        }
    }

    @PostMapping("/c/{slug}/manage/groups/{group}/delete")
    String delete(Actor actor, @PathVariable String slug, @PathVariable String group, RedirectAttributes redirect) {
        workingGroups.delete(actor, slug, group);
        redirect.addFlashAttribute("notice", "workingGroup.deleted");
        return "redirect:/c/" + slug + "/manage/groups";
    }

    private String page(Actor actor, String slug, Model model) {
        var community = catalog.page(actor, slug);
        if (!community.canOverseeWorkingGroups()) {
            throw new NotAllowedException("manage working groups");
        }
        model.addAttribute("community", community);
        model.addAttribute("privacies", Privacy.forWorkingGroups());
        model.addAttribute("tab", "manage");
        model.addAttribute("section", "groups");
        return "community/groups";
    }
}
