package org.praxis.account.web;

import jakarta.servlet.http.HttpSession;

import org.praxis.policy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

    @GetMapping("/signin")
    String signIn(Actor actor, HttpSession session, Model model) {
        if (actor.signedIn()) {
            return "redirect:/";
        }
        Object email = session.getAttribute("praxis.signin.email");
        model.addAttribute("email", email instanceof String s ? s : "");
        return "account/signin";
    }
}
