package org.praxis.community.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.praxis.account.Languages;
import org.praxis.account.MemberCard;
import org.praxis.account.MemberDirectory;
import org.praxis.community.CommunityCard;
import org.praxis.community.CommunityApprovals;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.JoinScreening;
import org.praxis.membership.CommunityInvitations;
import org.praxis.community.CommunityPage;
import org.praxis.community.ConceptNote;
import org.praxis.community.ConceptNotes;
import org.praxis.shared.Markdown;
import org.praxis.community.DirectoryFilter;
import org.praxis.community.NewCommunity;
import org.praxis.membership.CommunityMembership;
import org.praxis.membership.MemberRow;
import org.praxis.membership.PendingRequest;
import org.praxis.policy.Actor;
import org.praxis.policy.Privacy;
import org.praxis.policy.Role;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.ResultPage;
import org.praxis.shared.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Community pages: directory, creation, landing page, members, join and leave, requests. */
@Controller
class CommunityController {

    /** The creation form as typed. */
    static class CommunityForm {
        private String name;
        private String shortDescription;
        private String description;
        private Privacy privacy = Privacy.PUBLIC;
        private boolean approval;
        private String eligibility;
        private String moderatorAvailability;
        private List<Long> topicIds = new ArrayList<>();
        private List<String> languages = new ArrayList<>();

        static CommunityForm of(org.praxis.community.CommunityEdit edit) {
            CommunityForm form = new CommunityForm();
            form.name = edit.name();
            form.shortDescription = edit.shortDescription();
            form.description = edit.description();
            form.privacy = edit.privacy();
            form.approval = edit.approval();
            form.eligibility = edit.eligibility();
            form.moderatorAvailability = edit.moderatorAvailability();
            form.topicIds = new ArrayList<>(edit.topicIds());
            form.languages = new ArrayList<>(edit.languages());
            return form;
        }

        org.praxis.community.CommunityEdit toEdit() {
            return new org.praxis.community.CommunityEdit(name, shortDescription, description, privacy, approval,
                    eligibility, moderatorAvailability, topicIds, languages);
        }

        NewCommunity toCommand() {
            return new NewCommunity(name, shortDescription, description, privacy, approval, eligibility,
                    moderatorAvailability, topicIds, languages);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getShortDescription() { return shortDescription; }
        public void setShortDescription(String shortDescription) { this.shortDescription = shortDescription; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Privacy getPrivacy() { return privacy; }
        public void setPrivacy(Privacy privacy) { this.privacy = privacy; }
        public boolean isApproval() { return approval; }
        public void setApproval(boolean approval) { this.approval = approval; }
        public String getEligibility() { return eligibility; }
        public void setEligibility(String eligibility) { this.eligibility = eligibility; }
        public String getModeratorAvailability() { return moderatorAvailability; }
        public List<Long> getTopicIds() { return topicIds; }
        public void setTopicIds(List<Long> topicIds) { this.topicIds = topicIds; }
        public List<String> getLanguages() { return languages; }
        public void setLanguages(List<String> languages) { this.languages = languages; }
        public void setModeratorAvailability(String moderatorAvailability) { this.moderatorAvailability = moderatorAvailability; }
    }

    /** "Request to join": a message and one answer per screening question. */
    static class JoinForm {
        private String message;
        private List<String> answers = new ArrayList<>();

        /** One field per question, so each answer (and its error) has its place. */
        JoinForm fit(int questions) {
            while (answers.size() < questions) {
                answers.add(null);
            }
            if (answers.size() > questions) {
                answers = new ArrayList<>(answers.subList(0, questions));
            }
            return this;
        }

        public String getMessage() { return message; }
        public void setMessage(String message) { this.message = message; }
        public List<String> getAnswers() { return answers; }
        public void setAnswers(List<String> answers) { this.answers = answers; }
    }

    /** The screening questions on the settings page: up to five lines. */
    static class ScreeningForm {
        private List<String> questions = new ArrayList<>();

        static ScreeningForm of(List<String> questions) {
            ScreeningForm form = new ScreeningForm();
            form.questions = new ArrayList<>(questions);
            return form.withBlankLines();
        }

        ScreeningForm withBlankLines() {
            while (questions.size() < org.praxis.community.JoinScreening.QUESTIONS_MAX) {
                questions.add(null);
            }
            return this;
        }

        public List<String> getQuestions() { return questions; }
        public void setQuestions(List<String> questions) { this.questions = questions; }
    }

    /** A member with their role, for the members tab. */
    record MemberLine(MemberCard member, Role role) {
    }

    /** A banned person with their card. */
    record BanLine(MemberCard member, org.praxis.membership.BanRow ban) {
    }

    /** A pending request with the requester's card. */
    record RequestLine(PendingRequest request, MemberCard requester) {
    }

    private final CommunityCatalog catalog;
    private final org.praxis.community.CommunitySettings settings;
    private final CommunityMembership membership;
    private final MemberDirectory directory;
    private final org.praxis.community.TopicList topics;
    private final ConceptNotes conceptNotes;
    private final JoinScreening screening;
    private final CommunityApprovals approvals;
    private final CommunityInvitations invitations;

    CommunityController(CommunityCatalog catalog, org.praxis.community.CommunitySettings settings,
                        CommunityMembership membership, MemberDirectory directory, org.praxis.community.TopicList topics,
                        ConceptNotes conceptNotes, JoinScreening screening, CommunityApprovals approvals,
                        CommunityInvitations invitations) {
        this.screening = screening;
        this.approvals = approvals;
        this.invitations = invitations;
        this.topics = topics;
        this.conceptNotes = conceptNotes;
        this.catalog = catalog;
        this.settings = settings;
        this.membership = membership;
        this.directory = directory;
    }

    @GetMapping("/c/{slug}/manage/settings")
    String settingsForm(Actor actor, @PathVariable String slug, Model model) {
        model.addAttribute("form", CommunityForm.of(settings.current(actor, slug)));
        return settingsPage(actor, slug, model);
    }

    @PostMapping("/c/{slug}/manage/settings")
    String saveSettings(Actor actor, @PathVariable String slug, @ModelAttribute("form") CommunityForm form,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return settingsPage(actor, slug, model);
        }
        try {
            settings.update(actor, slug, form.toEdit());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return settingsPage(actor, slug, model);
        }
        redirect.addFlashAttribute("notice", "community.settings.saved");
        return "redirect:/c/" + slug + "/manage/settings";
    }

    @PostMapping("/c/{slug}/manage/tabs")
    String hideTabs(Actor actor, @PathVariable String slug,
                    @RequestParam(name = "hidden", required = false) List<org.praxis.community.CommunityTab> hidden,
                    RedirectAttributes redirect) {
        settings.hideTabs(actor, slug, hidden);
        redirect.addFlashAttribute("notice", "community.tabs.saved");
        return "redirect:/c/" + slug + "/manage/settings";
    }

    @PostMapping("/c/{slug}/manage/status")
    String changeStatus(Actor actor, @PathVariable String slug,
                        @RequestParam org.praxis.policy.CommunityStatus status, RedirectAttributes redirect) {
        try {
            settings.changeStatus(actor, slug, status);
            redirect.addFlashAttribute("notice", status == org.praxis.policy.CommunityStatus.ARCHIVED
                    ? "community.status.archived" : "community.status.reactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/c/" + slug;
    }

    @PostMapping("/c/{slug}/manage/screening")
    String saveScreening(Actor actor, @PathVariable String slug, @ModelAttribute("screeningForm") ScreeningForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            screening.replace(actor, slug, form.getQuestions());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            form.withBlankLines();
            model.addAttribute("form", CommunityForm.of(settings.current(actor, slug)));
            return settingsPage(actor, slug, model);
        }
        redirect.addFlashAttribute("notice", "screening.saved");
        return "redirect:/c/" + slug + "/manage/settings";
    }

    private String settingsPage(Actor actor, String slug, Model model) {
        if (!model.containsAttribute("screeningForm")) {
            model.addAttribute("screeningForm", ScreeningForm.of(screening.questions(actor, slug)));
        }
        CommunityPage community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("privacies", community.parent() == null ? java.util.EnumSet.allOf(Privacy.class) : Privacy.forWorkingGroups());
        model.addAttribute("topicOptions", topics.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("hideableTabs", java.util.Arrays.stream(org.praxis.community.CommunityTab.values())
                .filter(t -> t.available() && t.hideable()).toList());
        model.addAttribute("hiddenTabsNow", community.tabs().stream().filter(org.praxis.community.TabView::hidden)
                .map(org.praxis.community.TabView::tab).toList());
        model.addAttribute("languageOptions", Languages.choices(LocaleContextHolder.getLocale()));
        model.addAttribute("tab", "manage");
        model.addAttribute("section", "settings");
        return "community/settings";
    }

    @GetMapping("/communities")
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Privacy privacy,
                @RequestParam(required = false) Long topic, @RequestParam(required = false) String language,
                @RequestParam(required = false) DirectoryFilter.Sort sort, @RequestParam(defaultValue = "0") int page,
                Model model, java.util.Locale locale) {
        ResultPage<CommunityCard> results = catalog.directory(actor,
                new DirectoryFilter(q, privacy, topic, language, sort, false), page);
        model.addAttribute("results", results);
        model.addAttribute("language", language);
        model.addAttribute("languageOptions", Languages.choices(locale));
        model.addAttribute("languageNames", languageNames(results.items().stream()
                .flatMap(c -> c.languages().stream()).toList(), locale));
        model.addAttribute("topic", topic);
        model.addAttribute("topics", topics.all(locale));
        model.addAttribute("q", q);
        model.addAttribute("privacy", privacy);
        model.addAttribute("sort", sort == null ? DirectoryFilter.Sort.ACTIVITY : sort);
        model.addAttribute("privacies", Privacy.values());
        model.addAttribute("topicOptions", topics.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("sorts", DirectoryFilter.Sort.values());
        model.addAttribute("mine", false);
        return "community/directory";
    }

    @GetMapping("/communities/mine")
    String mine(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
        ResultPage<CommunityCard> results = catalog.directory(actor,
                new DirectoryFilter(null, null, null, null, DirectoryFilter.Sort.NAME, true), page);
        model.addAttribute("results", results);
        model.addAttribute("languageNames", languageNames(results.items().stream()
                .flatMap(c -> c.languages().stream()).toList(), LocaleContextHolder.getLocale()));
        model.addAttribute("privacies", Privacy.values());
        model.addAttribute("topicOptions", topics.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("sorts", DirectoryFilter.Sort.values());
        model.addAttribute("sort", DirectoryFilter.Sort.NAME);
        model.addAttribute("mine", true);
        return "community/directory";
    }

    @GetMapping("/communities/new")
    String newForm(@ModelAttribute("form") CommunityForm form, Model model) {
        model.addAttribute("privacies", Privacy.values());
        model.addAttribute("topicOptions", topics.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("languageOptions", Languages.choices(LocaleContextHolder.getLocale()));
        return "community/new";
    }

    @PostMapping("/communities/new")
    String create(Actor actor, @ModelAttribute("form") CommunityForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            if (result.hasErrors()) {
                // A value the form cannot hold (a made-up privacy level): say so, store nothing.
                model.addAttribute("privacies", Privacy.values());
        model.addAttribute("topicOptions", topics.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("languageOptions", Languages.choices(LocaleContextHolder.getLocale()));
                return "community/new";
            }
            String slug = catalog.create(actor, form.toCommand());
            redirect.addFlashAttribute("notice", "community.created");
            return "redirect:/c/" + slug;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            model.addAttribute("privacies", Privacy.values());
        model.addAttribute("topicOptions", topics.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("languageOptions", Languages.choices(LocaleContextHolder.getLocale()));
            return "community/new";
        }
    }

    @GetMapping("/c/{slug}")
    String landing(Actor actor, @PathVariable String slug, Model model) {
        return landingPage(actor, slug, new JoinForm(), model);
    }

    private String landingPage(Actor actor, String slug, JoinForm joinForm, Model model) {
        CommunityPage community = catalog.page(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("languageNames", languageNames(community.languages(), LocaleContextHolder.getLocale()));
        ConceptNote note = conceptNotes.read(actor, slug);
        model.addAttribute("note", note);
        model.addAttribute("noteHtml", java.util.Map.of(
                "overview", Markdown.toSafeHtml(note.overview()),
                "purpose", Markdown.toSafeHtml(note.purpose()),
                "engagement", Markdown.toSafeHtml(note.engagement())));
        List<String> questions = community.viewerState() == org.praxis.community.ViewerState.REQUEST
                ? screening.questions(actor, slug) : List.of();
        model.addAttribute("questions", questions);
        model.addAttribute("joinForm", joinForm.fit(questions.size()));
        model.addAttribute("rejection", approvals.rejection(actor, slug).orElse(null));
        model.addAttribute("tab", "about");
        return "community/about";
    }

    /** Each language code with its name in the reader's language, for pages that show languages. */
    static Map<String, String> languageNames(List<String> codes, java.util.Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        codes.forEach(code -> names.putIfAbsent(code, Languages.displayName(code, locale)));
        return names;
    }

    @GetMapping("/c/{slug}/members")
    String members(Actor actor, @PathVariable String slug, Model model) {
        CommunityPage page = catalog.page(actor, slug);
        List<MemberRow> rows = membership.members(actor, page.facts());
        Map<Long, MemberCard> cards = directory.cards(rows.stream().map(MemberRow::accountId).toList());
        List<MemberLine> lines = new ArrayList<>();
        rows.forEach(r -> {
            if (cards.containsKey(r.accountId())) {
                lines.add(new MemberLine(cards.get(r.accountId()), r.role()));
            }
        });
        model.addAttribute("community", page);
        model.addAttribute("members", lines);
        if (page.canModerate()) {
            List<org.praxis.membership.BanRow> banned = membership.bans(actor, page.facts());
            Map<Long, MemberCard> bannedCards = directory.cards(banned.stream().map(org.praxis.membership.BanRow::accountId).toList());
            model.addAttribute("bans", banned.stream().filter(b -> bannedCards.containsKey(b.accountId()))
                    .map(b -> new BanLine(bannedCards.get(b.accountId()), b)).toList());
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("tab", "members");
        return "community/members";
    }

    @PostMapping("/c/{slug}/join")
    String join(Actor actor, @PathVariable String slug, @ModelAttribute("joinForm") JoinForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        CommunityMembership.JoinOutcome outcome;
        try {
            outcome = screening.join(actor, slug, form.getMessage(), form.getAnswers());
        } catch (InvalidInputException e) {
            // Answers missing or too long: the form again, each message next to its field, nothing stored.
            List<String> questions = screening.questions(actor, slug);
            form.fit(questions.size());
            FormErrors.bind(result, e);
            return landingPage(actor, slug, form, model);
        }
        redirect.addFlashAttribute("notice", outcome == CommunityMembership.JoinOutcome.JOINED
                ? "community.joined" : "community.requested");
        return "redirect:/c/" + slug;
    }

    /** Declining an invitation from the community page; a hidden community then disappears, so go home. */
    @PostMapping("/c/{slug}/invitation/decline")
    String declineInvitation(Actor actor, @PathVariable String slug, RedirectAttributes redirect) {
        invitations.declineAll(actor, catalog.facts(actor, slug));
        redirect.addFlashAttribute("notice", "invitation.declined");
        try {
            catalog.facts(actor, slug);
            return "redirect:/c/" + slug;
        } catch (org.praxis.shared.NotFoundException hidden) {
            return "redirect:/";
        }
    }

    @PostMapping("/c/{slug}/leave")
    String leave(Actor actor, @PathVariable String slug, RedirectAttributes redirect) {
        try {
            membership.leave(actor, catalog.facts(actor, slug));
            redirect.addFlashAttribute("notice", "community.left");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/c/" + slug;
    }

    @GetMapping("/c/{slug}/manage/requests")
    String requests(Actor actor, @PathVariable String slug, Model model) {
        CommunityPage page = catalog.page(actor, slug);
        List<PendingRequest> pending = membership.pendingRequests(actor, page.facts());
        Map<Long, MemberCard> cards = directory.cards(pending.stream().map(PendingRequest::accountId).toList());
        model.addAttribute("community", page);
        model.addAttribute("requests", pending.stream()
                .filter(r -> cards.containsKey(r.accountId()))
                .map(r -> new RequestLine(r, cards.get(r.accountId()))).toList());
        model.addAttribute("tab", "manage");
        model.addAttribute("section", "requests");
        return "community/requests";
    }

    @PostMapping("/c/{slug}/manage/requests/{id}/{decision:approve|reject}")
    String decide(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable String decision,
                  RedirectAttributes redirect) {
        boolean done = membership.decide(actor, catalog.facts(actor, slug), id, "approve".equals(decision));
        redirect.addFlashAttribute("notice", !done ? "community.request.alreadyDecided"
                : "approve".equals(decision) ? "community.request.approved" : "community.request.rejected");
        return "redirect:/c/" + slug + "/manage/requests";
    }

    @PostMapping("/c/{slug}/manage/members/{accountId}/{action:remove|ban}")
    String removeMember(Actor actor, @PathVariable String slug, @PathVariable long accountId,
                        @PathVariable String action, @RequestParam(required = false) String reason,
                        RedirectAttributes redirect) {
        try {
            membership.remove(actor, catalog.facts(actor, slug), accountId, reason, "ban".equals(action));
            redirect.addFlashAttribute("notice", "ban".equals(action) ? "community.member.banned" : "community.member.removed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/c/" + slug + "/members";
    }

    @PostMapping("/c/{slug}/manage/members/{accountId}/unban")
    String unban(Actor actor, @PathVariable String slug, @PathVariable long accountId, RedirectAttributes redirect) {
        membership.unban(actor, catalog.facts(actor, slug), accountId);
        redirect.addFlashAttribute("notice", "community.member.unbanned");
        return "redirect:/c/" + slug + "/members";
    }

    @PostMapping("/c/{slug}/manage/members/{accountId}/role")
    String changeRole(Actor actor, @PathVariable String slug, @PathVariable long accountId, @RequestParam Role role,
                      RedirectAttributes redirect) {
        try {
            membership.changeRole(actor, catalog.facts(actor, slug), accountId, role);
            redirect.addFlashAttribute("notice", "community.member.roleChanged");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).code());
        }
        return "redirect:/c/" + slug + "/members";
    }
}
