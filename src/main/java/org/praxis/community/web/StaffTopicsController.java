package org.praxis.community.web;

import org.praxis.community.TopicList;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff keep the list of topics communities choose from. */
@Controller
class StaffTopicsController {

    /** A new topic in both languages. */
    static class TopicForm {
        private String nameEn;
        private String nameFr;
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getNameFr() { return nameFr; }
        public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    }

    private final TopicList topics;

    StaffTopicsController(TopicList topics) {
        this.topics = topics;
    }

    @GetMapping("/staff/topics")
    String list(Actor actor, @ModelAttribute("form") TopicForm form, Model model) {
        model.addAttribute("topics", topics.forStaff(actor));
        return "staff/topics";
    }

    @PostMapping("/staff/topics")
    String add(Actor actor, @ModelAttribute("form") TopicForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        try {
            topics.add(actor, form.getNameEn(), form.getNameFr());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            model.addAttribute("topics", topics.forStaff(actor));
            return "staff/topics";
        }
        redirect.addFlashAttribute("notice", "staff.topics.added");
        return "redirect:/staff/topics";
    }

    @PostMapping("/staff/topics/{id}/remove")
    String remove(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        topics.remove(actor, id);
        redirect.addFlashAttribute("notice", "staff.topics.removed");
        return "redirect:/staff/topics";
    }
}
