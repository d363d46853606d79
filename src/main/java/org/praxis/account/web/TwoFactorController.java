package org.praxis.account.web;

import jakarta.servlet.http.HttpSession;

import org.praxis.account.TwoFactor;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Two-factor sign-in in the account settings: set up, recovery codes, turn off. */
@Controller
class TwoFactorController {

    /** The turn-off form: the password, or a code from the app. */
    static class TurnOffForm {
        private String passwordOrCode;
        public String getPasswordOrCode() { return passwordOrCode; }
        public void setPasswordOrCode(String passwordOrCode) { this.passwordOrCode = passwordOrCode; }
    }

    private static final String STATUS_PAGE = "account/two-factor";
    private static final String SETUP_PAGE = "account/two-factor-setup";
    private static final String CODES_PAGE = "account/recovery-codes";

    private final TwoFactor twoFactor;

    TwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping("/account/two-factor")
    String status(Actor actor, Model model) {
        return statusPage(actor, model, new CodeForm(), new TurnOffForm());
    }

    @PostMapping("/account/two-factor/setup")
    String startSetup(Actor actor) {
        twoFactor.startSetup(actor);
        return "redirect:/account/two-factor/setup";
    }

    @GetMapping("/account/two-factor/setup")
    String setup(Actor actor, @ModelAttribute("form") CodeForm form, Model model) {
        return setupPage(actor, model);
    }

    @PostMapping("/account/two-factor/confirm")
    String confirm(Actor actor, @ModelAttribute("form") CodeForm form, BindingResult result, HttpSession session,
                   Model model) {
        if (twoFactor.status(actor).enabled()) {
            // Sent twice (a double click, the back button): it is on already.
            return "redirect:/account/two-factor";
        }
        try {
            TwoFactor.Enabled enabled = twoFactor.confirmSetup(actor, form.getCode(), session.getId());
            model.addAttribute("codes", enabled.recoveryCodes());
            model.addAttribute("otherSessionsEnded", enabled.otherSessionsEnded());
            model.addAttribute("justEnabled", true);
            return CODES_PAGE;
        } catch (InvalidInputException e) {
            form.setCode(null);
            FormErrors.bind(result, e);
            return setupPage(actor, model);
        }
    }

    @PostMapping("/account/two-factor/recovery-codes")
    String regenerate(Actor actor, @ModelAttribute("regenerate") CodeForm form, BindingResult result, Model model) {
        try {
            model.addAttribute("codes", twoFactor.regenerateRecoveryCodes(actor, form.getCode()));
            return CODES_PAGE;
        } catch (InvalidInputException e) {
            form.setCode(null);
            FormErrors.bind(result, e);
            return statusPage(actor, model, form, new TurnOffForm());
        }
    }

    @PostMapping("/account/two-factor/turn-off")
    String turnOff(Actor actor, @ModelAttribute("turnOff") TurnOffForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        try {
            twoFactor.turnOff(actor, form.getPasswordOrCode());
        } catch (InvalidInputException e) {
            form.setPasswordOrCode(null);
            FormErrors.bind(result, e);
            return statusPage(actor, model, new CodeForm(), form);
        }
        redirect.addFlashAttribute("notice", "twoFactor.turnedOff");
        return "redirect:/account/two-factor";
    }

    private String statusPage(Actor actor, Model model, CodeForm regenerate, TurnOffForm turnOff) {
        model.addAttribute("status", twoFactor.status(actor));
        if (!model.containsAttribute("regenerate")) {
            model.addAttribute("regenerate", regenerate);
        }
        if (!model.containsAttribute("turnOff")) {
            model.addAttribute("turnOff", turnOff);
        }
        return STATUS_PAGE;
    }

    private String setupPage(Actor actor, Model model) {
        return twoFactor.pendingSetup(actor).map(setup -> {
            model.addAttribute("setup", setup);
            return SETUP_PAGE;
        }).orElse("redirect:/account/two-factor");
    }
}
