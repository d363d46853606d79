package org.praxis.account.web;

import java.util.Locale;

import org.praxis.account.SignUpCommand;
import org.praxis.account.StaffSetup;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-time page, reached from the console link, that creates the first staff account. */
@Controller
class SetupController {

    private final StaffSetup setup;

    SetupController(StaffSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup")
    String form(@RequestParam(name = "token", required = false) String token,
                @ModelAttribute("form") SignUpController.SignUpForm form, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("linkValid", setup.isLinkValid(token));
        return "account/setup";
    }

    @PostMapping("/setup")
    String create(@RequestParam(name = "token", required = false) String token,
                  @ModelAttribute("form") SignUpController.SignUpForm form, BindingResult result, Model model,
                  Locale locale, RedirectAttributes redirect) {
        model.addAttribute("token", token);
        try {
            if (!setup.createStaff(token, new SignUpCommand(form.getEmail(), form.getPassword(), form.getDisplayName()),
                    locale)) {
                model.addAttribute("linkValid", false);
                return "account/setup";
            }
        } catch (InvalidInputException e) {
            form.setPassword(null);
            FormErrors.bind(result, e);
            model.addAttribute("linkValid", true);
            return "account/setup";
        }
        redirect.addFlashAttribute("notice", "setup.done");
        return "redirect:/signin";
    }
}
