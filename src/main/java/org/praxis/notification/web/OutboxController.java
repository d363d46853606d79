package org.praxis.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.praxis.notification.Outbox;
import org.praxis.policy.Actor;
import org.praxis.shared.web.ViewerZone;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: the e-mail outbox, with failed deliveries, their errors, and "try again now". */
@Controller
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/staff/mail/outbox")
    String outbox(Actor actor, Model model, HttpServletRequest request) {
        model.addAttribute("rows", outbox.unsent(actor, 200));
        model.addAttribute("counts", outbox.counts(actor));
        model.addAttribute("times", new ViewerZone.Times(ViewerZone.of(request)));
        return "notification/outbox";
    }

    @PostMapping("/staff/mail/outbox/{id}/retry")
    String retry(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        if (outbox.retryNow(actor, id)) {
            redirect.addFlashAttribute("notice", "notification.outbox.retried");
        }
        return "redirect:/staff/mail/outbox";
    }
}
