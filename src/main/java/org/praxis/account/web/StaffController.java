package org.praxis.account.web;

import org.praxis.account.StaffAccounts;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.mail.MailFolder;
import org.praxis.shared.mail.MailService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: accounts (search, suspend, restore) and the mail folder. */
@Controller
class StaffController {

    private final StaffAccounts accounts;
    private final MailFolder mailFolder;
    private final MailService mailService;
    private final AccessPolicy policy;

    StaffController(StaffAccounts accounts, MailFolder mailFolder, MailService mailService, AccessPolicy policy) {
        this.accounts = accounts;
        this.mailFolder = mailFolder;
        this.mailService = mailService;
        this.policy = policy;
    }

    @GetMapping("/staff/accounts")
    String accounts(Actor actor, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        model.addAttribute("results", accounts.search(actor, q, page));
        model.addAttribute("q", q);
        return "staff/accounts";
    }

    @PostMapping("/staff/accounts/{id}/suspend")
    String suspend(Actor actor, @PathVariable long id, @RequestParam(required = false) String q,
                   RedirectAttributes redirect) {
        accounts.suspend(actor, id);
        redirect.addFlashAttribute("notice", "staff.suspended");
        redirect.addAttribute("q", q);
        return "redirect:/staff/accounts";
    }

    @PostMapping("/staff/accounts/{id}/restore")
    String restore(Actor actor, @PathVariable long id, @RequestParam(required = false) String q,
                   RedirectAttributes redirect) {
        accounts.restore(actor, id);
        redirect.addFlashAttribute("notice", "staff.restored");
        redirect.addAttribute("q", q);
        return "redirect:/staff/accounts";
    }

    @GetMapping("/staff/mail")
    String mail(Actor actor, Model model) {
        policy.accounts().requireReadMailFolder(actor);
        model.addAttribute("smtp", mailService.usesSmtp());
        model.addAttribute("mails", mailFolder.newest(200));
        return "staff/mail";
    }

    @GetMapping("/staff/mail/{id}")
    String mailMessage(Actor actor, @PathVariable String id, Model model) {
        policy.accounts().requireReadMailFolder(actor);
        model.addAttribute("mail", mailFolder.find(id).orElseThrow(() -> new NotFoundException("mail")));
        return "staff/mail-message";
    }
}
