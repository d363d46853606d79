package org.praxis.account.web;

import java.util.Locale;

import org.praxis.account.SignUp;
import org.praxis.account.SignUpCommand;
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

/** Sign-up and e-mail confirmation pages. */
@Controller
class SignUpController {

    /** The sign-up form as typed. */
    static class SignUpForm {
        private String email;
        private String displayName;
        private String password;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    private final SignUp signUp;

    SignUpController(SignUp signUp) {
        this.signUp = signUp;
    }

    @GetMapping("/signup")
    String form(Actor actor, @ModelAttribute("form") SignUpForm form) {
        return actor.signedIn() ? "redirect:/" : "account/signup";
    }

    @PostMapping("/signup")
    String submit(@ModelAttribute("form") SignUpForm form, BindingResult result, Locale locale) {
        try {
            signUp.register(new SignUpCommand(form.getEmail(), form.getPassword(), form.getDisplayName()), locale);
        } catch (InvalidInputException e) {
            form.setPassword(null);
            FormErrors.bind(result, e);
            return "account/signup";
        }
        return "redirect:/signup/sent";
    }

    @GetMapping("/signup/sent")
    String sent() {
        return "account/signup-sent";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(name = "token", required = false) String token, Model model) {
        boolean verified = signUp.verifyEmail(token);
        model.addAttribute("verified", verified);
        return "account/verified";
    }

    @GetMapping("/verify/resend")
    String resendForm() {
        return "account/verify-resend";
    }

    @PostMapping("/verify/resend")
    String resend(@RequestParam(name = "email", required = false) String email) {
        signUp.resendVerification(email);
        return "redirect:/signup/sent";
    }
}
