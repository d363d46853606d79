package org.praxis.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.praxis.account.AccountDeletion;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** "Delete my account": the consequences, counted, then the confirmed deletion and sign-out. */
@Controller
class AccountDeletionController {

    /** The confirmation form; keeping contributions is the default. */
    static class DeleteForm {
        private String password;
        private String code;
        private String choice = AccountDeletion.Choice.KEEP_CONTRIBUTIONS.name();
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getChoice() { return choice; }
        public void setChoice(String choice) { this.choice = choice; }
    }

    private static final int REFUSED = 422;

    private final AccountDeletion deletion;

    AccountDeletionController(AccountDeletion deletion) {
        this.deletion = deletion;
    }

    @GetMapping("/account/delete")
    String page(Actor actor, @ModelAttribute("form") DeleteForm form, Model model) {
        model.addAttribute("preview", deletion.preview(actor));
        return "account/delete";
    }

    @PostMapping("/account/delete")
    String delete(Actor actor, @ModelAttribute("form") DeleteForm form, BindingResult result, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            deletion.delete(actor, new AccountDeletion.Confirmation(form.getPassword(), form.getCode(), form.getChoice()));
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            form.setPassword(null);
            form.setCode(null);
            response.setStatus(REFUSED);
            model.addAttribute("preview", deletion.preview(actor));
            return "account/delete";
        }
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "account/deleted";
    }
}
