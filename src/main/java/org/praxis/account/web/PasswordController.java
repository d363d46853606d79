package org.praxis.account.web;

import jakarta.servlet.http.HttpSession;

import org.praxis.account.Passwords;
import org.praxis.policy.Actor;
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

/** Forgotten password, reset by link, and password change. */
@Controller
class PasswordController {

    /** The forgotten-password form. */
    static class ForgotForm {
        private String email;
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    /** The new-password form behind a reset link. */
    static class ResetForm {
        private String token;
        private String password;
        public String getToken() { return token; }
        public void setToken(String token) { this.token = token; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    /** The change-password form. */
    static class ChangeForm {
        private String currentPassword;
        private String newPassword;
        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    }

    private final Passwords passwords;

    PasswordController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/password/forgot")
    String forgotForm(@ModelAttribute("form") ForgotForm form) {
        return "account/password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@ModelAttribute("form") ForgotForm form, BindingResult result) {
        try {
            passwords.requestReset(form.getEmail());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return "account/password-forgot";
        }
        return "account/password-forgot-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
        ResetForm form = new ResetForm();
        form.setToken(token);
        model.addAttribute("form", form);
        model.addAttribute("linkValid", passwords.isResetLinkValid(token));
        return "account/password-reset";
    }

    @PostMapping("/password/reset")
    String reset(@ModelAttribute("form") ResetForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        try {
            if (!passwords.reset(form.getToken(), form.getPassword())) {
                model.addAttribute("linkValid", false);
                return "account/password-reset";
            }
        } catch (InvalidInputException e) {
            form.setPassword(null);
            FormErrors.bind(result, e);
            model.addAttribute("linkValid", true);
            return "account/password-reset";
        }
        redirect.addFlashAttribute("notice", "password.resetDone");
        return "redirect:/signin";
    }

    @GetMapping("/account/password")
    String changeForm(@ModelAttribute("form") ChangeForm form) {
        return "account/password-change";
    }

    @PostMapping("/account/password")
    String change(Actor actor, @ModelAttribute("form") ChangeForm form, BindingResult result, HttpSession session,
                  RedirectAttributes redirect) {
        try {
            passwords.change(actor, form.getCurrentPassword(), form.getNewPassword(), session.getId());
        } catch (InvalidInputException e) {
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            FormErrors.bind(result, e);
            return "account/password-change";
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/profile";
    }
}
