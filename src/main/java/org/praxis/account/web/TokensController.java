package org.praxis.account.web;

import org.praxis.account.PersonalAccessTokens;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal access tokens on the profile: create (secret shown once), list, revoke. */
@Controller
class TokensController {

    private final PersonalAccessTokens tokens;

    TokensController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/profile/tokens")
    String list(Actor actor, Model model) {
        model.addAttribute("tokens", tokens.list(actor));
        return "account/tokens";
    }

    @PostMapping("/profile/tokens")
    String create(Actor actor, @RequestParam(name = "name", required = false) String name, Model model) {
        try {
            model.addAttribute("created", tokens.create(actor, name));
        } catch (InvalidInputException e) {
            model.addAttribute("nameError", e.problems().get(0).code());
            model.addAttribute("nameErrorArgs", e.problems().get(0).args());
            model.addAttribute("name", name);
        }
        model.addAttribute("tokens", tokens.list(actor));
        return "account/tokens";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/profile/tokens";
    }
}
