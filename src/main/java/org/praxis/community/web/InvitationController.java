package org.praxis.community.web;

import java.util.Locale;

import org.praxis.community.CommunityCatalog;
import org.praxis.account.MemberDirectory;
import org.praxis.membership.CommunityInvitations;
import org.praxis.membership.InvitationRow;
import org.praxis.membership.InvitationView;
import org.praxis.membership.InviteResult;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inviting people (Manage -> Invitations) and answering an invitation from its link. */
@Controller
class InvitationController {

    private final CommunityCatalog catalog;
    private final CommunityInvitations invitations;
    private final MessageSource messages;
    private final MemberDirectory directory;

    InvitationController(CommunityCatalog catalog, CommunityInvitations invitations, MessageSource messages,
                         MemberDirectory directory) {
        this.directory = directory;
        this.catalog = catalog;
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/c/{slug}/manage/invitations")
    String manage(Actor actor, @PathVariable String slug, @RequestParam(required = false) String who, Model model,
                  Locale locale) {
        var community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        var pending = invitations.pending(actor, community.facts());
        model.addAttribute("pending", pending);
        model.addAttribute("invitees", directory.cards(pending.stream().map(InvitationRow::accountId)
                .filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("who", who);
        model.addAttribute("candidates", invitations.candidates(actor, community.facts(), who));
        if (!model.containsAttribute("message")) {
            model.addAttribute("message", messages.getMessage("invitation.defaultText",
                    new Object[] {community.name()}, locale));
        }
        model.addAttribute("tab", "manage");
        model.addAttribute("section", "invitations");
        return "community/invitations";
    }

    @PostMapping("/c/{slug}/manage/invitations")
    String invite(Actor actor, @PathVariable String slug, @RequestParam(required = false) String addresses,
                  @RequestParam(required = false) String message, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            InviteResult result = invitations.invite(actor, catalog.facts(actor, slug), catalog.about(actor, slug),
                    addresses, message);
            redirect.addFlashAttribute("result", result);
            return "redirect:/c/" + slug + "/manage/invitations";
        } catch (InvalidInputException e) {
            model.addAttribute("addresses", addresses);
            model.addAttribute("message", message);
            model.addAttribute("inviteError", e.problems().get(0));
            return manage(actor, slug, null, model, locale);
        }
    }

    /** People matching a name, as the inviter types (htmx swaps this list in; without JavaScript the page shows it). */
    @GetMapping("/c/{slug}/manage/invitations/people")
    String people(Actor actor, @PathVariable String slug, @RequestParam(required = false) String who, Model model,
                  Locale locale) {
        var community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("who", who);
        model.addAttribute("candidates", invitations.candidates(actor, community.facts(), who));
        model.addAttribute("message", messages.getMessage("invitation.defaultText", new Object[] {community.name()}, locale));
        return "community/invitations :: people";
    }

    /** Invites the platform users picked by name. */
    @PostMapping("/c/{slug}/manage/invitations/accounts")
    String inviteAccounts(Actor actor, @PathVariable String slug,
                          @RequestParam(name = "accountIds", required = false) java.util.List<Long> accountIds,
                          @RequestParam(required = false) String message, @RequestParam(required = false) String who,
                          Model model, Locale locale, RedirectAttributes redirect) {
        try {
            InviteResult result = invitations.invite(actor, catalog.facts(actor, slug), catalog.about(actor, slug),
                    null, accountIds == null ? java.util.List.of() : accountIds, message);
            redirect.addFlashAttribute("result", result);
            return "redirect:/c/" + slug + "/manage/invitations";
        } catch (InvalidInputException e) {
            model.addAttribute("accountMessage", message);
            model.addAttribute("accountError", e.problems().get(0));
            return manage(actor, slug, who, model, locale);
        }
    }

    @PostMapping("/c/{slug}/manage/invitations/{id}/revoke")
    String revoke(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        invitations.revoke(actor, catalog.facts(actor, slug), id);
        redirect.addFlashAttribute("notice", "invitation.revoked");
        return "redirect:/c/" + slug + "/manage/invitations";
    }

    /** The e-mailed link; signing in comes first (the address may not have an account yet). */
    @GetMapping("/invitations/{secret}")
    String show(Actor actor, @PathVariable String secret, Model model) {
        InvitationView view = invitations.byLink(actor, secret).orElse(null);
        if (view == null) {
            model.addAttribute("invalid", true);
            return "community/invitation";
        }
        model.addAttribute("invitation", view);
        model.addAttribute("community", catalog.page(actor, catalog.slugOf(actor, view.communityId())));
        model.addAttribute("secret", secret);
        return "community/invitation";
    }

    @PostMapping("/invitations/{secret}/{answer:accept|decline}")
    String answer(Actor actor, @PathVariable String secret, @PathVariable String answer, RedirectAttributes redirect) {
        try {
            if ("accept".equals(answer)) {
                InvitationView view = invitations.byLink(actor, secret).orElseThrow(() -> new NotFoundException("invitation"));
                long communityId = invitations.accept(actor, secret, catalog.factsById(actor, view.communityId()));
                redirect.addFlashAttribute("notice", "community.joined");
                return "redirect:/c/" + catalog.slugOf(actor, communityId);
            }
            invitations.decline(actor, secret);
            redirect.addFlashAttribute("notice", "invitation.declined");
            return "redirect:/";
        } catch (NotFoundException gone) {
            return "redirect:/invitations/" + secret;
        }
    }
}
