package org.praxis.notification.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.notification.NewsletterViews.Text;
import org.praxis.notification.Newsletters;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.ViewerZone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Manage › Newsletter: the history, composing from recent news, preview, and sending. */
@Controller
class NewsletterController {

    private final Newsletters newsletters;
    private final CommunityCatalog catalog;

    NewsletterController(Newsletters newsletters, CommunityCatalog catalog) {
        this.newsletters = newsletters;
        this.catalog = catalog;
    }

    @GetMapping("/c/{slug}/manage/newsletters")
    String history(Actor actor, @PathVariable String slug, Model model, HttpServletRequest request) {
        CommunityPage community = frame(actor, slug, model);
        model.addAttribute("newsletters", newsletters.history(actor, community.facts()));
        model.addAttribute("canCompose", newsletters.canCompose(actor, community.facts()));
        model.addAttribute("times", new ViewerZone.Times(ViewerZone.of(request)));
        return "notification/newsletters";
    }

    @GetMapping("/c/{slug}/manage/newsletters/new")
    String blank(Actor actor, @PathVariable String slug, Model model) {
        CommunityPage community = frame(actor, slug, model);
        model.addAttribute("draft", newsletters.blank(actor, community.facts(), community.name(), LocaleContextHolder.getLocale()));
        return "notification/newsletter-form";
    }

    @PostMapping("/c/{slug}/manage/newsletters/edit")
    String edit(Actor actor, @PathVariable String slug, @RequestParam(required = false) Long draft,
                @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String editorial,
                @RequestParam(name = "news", required = false) List<Long> news, Model model) {
        CommunityPage community = frame(actor, slug, model);
        model.addAttribute("draft", newsletters.form(actor, community.facts(), draft, new Text(subject, editorial, news),
                LocaleContextHolder.getLocale()));
        return "notification/newsletter-form";
    }

    @PostMapping("/c/{slug}/manage/newsletters/preview")
    String preview(Actor actor, @PathVariable String slug, @RequestParam(required = false) Long draft,
                   @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String editorial,
                   @RequestParam(name = "news", required = false) List<Long> news, Model model, HttpServletResponse response) {
        CommunityPage community = frame(actor, slug, model);
        Text text = new Text(subject, editorial, news);
        try {
            model.addAttribute("preview", newsletters.preview(actor, community.facts(), draft, text, LocaleContextHolder.getLocale()));
            model.addAttribute("text", text);
            return "notification/newsletter-preview";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("draft", newsletters.form(actor, community.facts(), draft, text, LocaleContextHolder.getLocale()));
            model.addAttribute("errors", org.praxis.shared.web.FormErrors.byField(e));
            return "notification/newsletter-form";
        }
    }

    @PostMapping("/c/{slug}/manage/newsletters/{id}/send")
    String send(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        CommunityPage community = catalog.page(actor, slug);
        boolean sent = newsletters.send(actor, community.facts(), id);
        redirect.addFlashAttribute("notice", sent ? "newsletter.sent" : "newsletter.alreadySent");
        return "redirect:/c/" + slug + "/manage/newsletters";
    }

    private CommunityPage frame(Actor actor, String slug, Model model) {
        CommunityPage community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("tab", "manage");
        model.addAttribute("section", "newsletters");
        return community;
    }
}
