package org.praxis.account.web;

import jakarta.servlet.http.HttpSession;

import org.praxis.account.ActiveSessions;
import org.praxis.policy.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's signed-in sessions: the list, ending one, signing out everywhere else. */
@Controller
class SessionsController {

    private final ActiveSessions sessions;

    SessionsController(ActiveSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/account/sessions")
    String list(Actor actor, HttpSession session, Model model) {
        model.addAttribute("sessions", sessions.list(actor, session.getId()));
        return "account/sessions";
    }

    @PostMapping("/account/sessions/{handle}/end")
    String end(Actor actor, @PathVariable String handle, RedirectAttributes redirect) {
        sessions.end(actor, handle);
        redirect.addFlashAttribute("notice", "sessions.ended");
        return "redirect:/account/sessions";
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(Actor actor, HttpSession session, RedirectAttributes redirect) {
        int ended = sessions.endOthers(actor, session.getId());
        redirect.addFlashAttribute("notice", "sessions.endedOthers");
        redirect.addFlashAttribute("noticeArgs", new Object[] {ended});
        return "redirect:/account/sessions";
    }
}
