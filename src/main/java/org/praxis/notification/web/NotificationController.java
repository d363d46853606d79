package org.praxis.notification.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.notification.Delivery;
import org.praxis.notification.NotificationCenter;
import org.praxis.notification.NotificationKind;
import org.praxis.notification.NotificationPage;
import org.praxis.notification.NotificationView;
import org.praxis.notification.Preferences;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.ViewerZone;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications page, the bell fragment, e-mail preferences and one-click unsubscribe. */
@Controller
class NotificationController {

    private final NotificationCenter center;
    private final Preferences preferences;
    private final MessageSource messages;

    NotificationController(NotificationCenter center, Preferences preferences, MessageSource messages) {
        this.center = center;
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String list(Actor actor, @RequestParam(required = false) Long community, @RequestParam(required = false) Long before,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        NotificationPage page = center.page(actor, community, before, LocaleContextHolder.getLocale());
        model.addAttribute("page", page);
        model.addAttribute("community", community);
        model.addAttribute("times", new ViewerZone.Times(ViewerZone.of(request)));
        response.setHeader("Cache-Control", "private, no-store");
        return "notification/list";
    }

    /** The bell alone, for live updates to swap in. */
    @GetMapping("/notifications/bell")
    String bell(Actor actor, Model model, HttpServletResponse response) {
        model.addAttribute("unread", center.unreadCount(actor));
        response.setHeader("Cache-Control", "private, no-store");
        return "notification/bell :: bell(unread=${unread})";
    }

    /** Opens what a notification tells about and marks it read. */
    @GetMapping("/notifications/{id}/open")
    String open(Actor actor, @PathVariable long id) {
        NotificationView n = center.open(actor, id);
        return "redirect:" + (n == null ? "/notifications" : n.link());
    }

    @PostMapping("/notifications/{id}/read")
    String read(Actor actor, @PathVariable long id, @RequestParam(required = false) Long community) {
        center.markRead(actor, id);
        return "redirect:/notifications" + (community == null ? "" : "?community=" + community);
    }

    @PostMapping("/notifications/read-all")
    String readAll(Actor actor, @RequestParam(required = false) Long community, RedirectAttributes redirect) {
        center.markAllRead(actor, community);
        redirect.addFlashAttribute("notice", "notification.page.marked");
        return "redirect:/notifications" + (community == null ? "" : "?community=" + community);
    }

    @GetMapping("/settings/notifications")
    String preferencesPage(Actor actor, Model model) {
        return preferencesPage(actor, model, false);
    }

    @PostMapping("/settings/notifications")
    String savePreferences(Actor actor, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                           HttpServletResponse response) {
        try {
            preferences.save(actor, form);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return preferencesPage(actor, model, true);
        }
        redirect.addFlashAttribute("notice", "notification.prefs.saved");
        return "redirect:/settings/notifications";
    }

    private String preferencesPage(Actor actor, Model model, boolean invalid) {
        model.addAttribute("prefs", preferences.view(actor));
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("choosable", java.util.Arrays.stream(NotificationKind.values()).filter(NotificationKind::isChoosable).toList());
        model.addAttribute("invalid", invalid);
        return "notification/preferences";
    }

    /** The link in every e-mail: asks first, so a mail scanner following links unsubscribes nobody. */
    @GetMapping("/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, @RequestParam(name = "c", required = false) Long community,
                           @RequestParam(name = "k", required = false) String kind, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        Preferences.Unsubscribe link = preferences.unsubscribeLink(token, community, kind).orElse(null);
        if (link == null) {
            response.setStatus(404);
            model.addAttribute("invalid", true);
            return "notification/unsubscribe";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String question;
        if (link.kind() == null) {
            question = messages.getMessage("notification.unsubscribe.confirmAll", null, locale);
        } else if (Preferences.DIGEST.equals(link.kind())) {
            question = messages.getMessage("notification.unsubscribe.confirmDigest", null, locale);
        } else {
            String kindLabel = messages.getMessage("notification.kind." + link.kind(), null, locale);
            question = link.communityName() != null
                    ? messages.getMessage("notification.unsubscribe.confirmHere", new Object[] {kindLabel, link.communityName()}, locale)
                    : messages.getMessage("notification.unsubscribe.confirmKind", new Object[] {kindLabel}, locale);
        }
        model.addAttribute("question", question);
        model.addAttribute("action", request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return "notification/unsubscribe";
    }

    /** RFC 8058 one-click: mail programs POST here with List-Unsubscribe=One-Click; the page's button does the same. */
    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, @RequestParam(name = "c", required = false) Long community,
                       @RequestParam(name = "k", required = false) String kind, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        boolean done = preferences.unsubscribe(token, community, kind);
        if (!done) {
            response.setStatus(404);
        }
        model.addAttribute(done ? "done" : "invalid", true);
        return "notification/unsubscribe";
    }
}
