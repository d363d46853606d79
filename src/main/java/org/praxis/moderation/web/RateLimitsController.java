package org.praxis.moderation.web;

import org.praxis.moderation.RateLimitTuning;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.limits.LimitScope;
import org.praxis.shared.limits.LimitedAction;
import org.praxis.shared.limits.RateLimit;
import org.praxis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: the rate limits, each with a form to change it or put its default back. */
@Controller
class RateLimitsController {

    /** A limit as typed: text, so that whatever was typed comes back with its message. */
    static class LimitForm {
        private String count;
        private String windowMinutes;
        public String getCount() { return count; }
        public void setCount(String count) { this.count = count; }
        public String getWindowMinutes() { return windowMinutes; }
        public void setWindowMinutes(String windowMinutes) { this.windowMinutes = windowMinutes; }
    }

    private final RateLimitTuning tuning;

    RateLimitsController(RateLimitTuning tuning) {
        this.tuning = tuning;
    }

    @GetMapping("/staff/limits")
    String list(Actor actor, Model model) {
        model.addAttribute("limits", tuning.limits(actor));
        return "moderation/rate-limits";
    }

    @GetMapping("/staff/limits/{action}/{scope}")
    String form(Actor actor, @PathVariable LimitedAction action, @PathVariable LimitScope scope, Model model) {
        RateLimit limit = tuning.limit(actor, action, scope);
        LimitForm form = new LimitForm();
        form.setCount(Integer.toString(limit.count()));
        form.setWindowMinutes(Integer.toString(limit.windowMinutes()));
        model.addAttribute("form", form);
        model.addAttribute("limit", limit);
        return "moderation/rate-limit";
    }

    @PostMapping("/staff/limits/{action}/{scope}")
    String change(Actor actor, @PathVariable LimitedAction action, @PathVariable LimitScope scope,
                  @ModelAttribute("form") LimitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            tuning.change(actor, action, scope, form.getCount(), form.getWindowMinutes());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            model.addAttribute("limit", tuning.limit(actor, action, scope));
            return "moderation/rate-limit";
        }
        redirect.addFlashAttribute("notice", "limit.staff.changed");
        return "redirect:/staff/limits";
    }

    @PostMapping("/staff/limits/{action}/{scope}/restore")
    String restore(Actor actor, @PathVariable LimitedAction action, @PathVariable LimitScope scope,
                   RedirectAttributes redirect) {
        tuning.restore(actor, action, scope);
        redirect.addFlashAttribute("notice", "limit.staff.restored");
        return "redirect:/staff/limits";
    }
}
