package org.praxis.library.web;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.library.CommunityPages;
import org.praxis.library.PageMove;
import org.praxis.library.PageText;
import org.praxis.library.PageTree;
import org.praxis.library.PageView;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Pages tab (the tree), a page with its trail and children, and the forms to create, edit,
 * move and delete pages, with the history, comparisons and restores. Each works without JavaScript.
 */
@Controller
class PageController {

    /** A page as typed; the parent only matters when creating. */
    static class PageForm {
        private String title;
        private String body;
        private boolean membersOnly;
        private Long parentId;

        static PageForm of(PageText text) {
            PageForm form = new PageForm();
            form.title = text.title();
            form.body = text.body();
            form.membersOnly = text.isMembersOnly();
            form.parentId = text.parentId();
            return form;
        }

        PageText toText() {
            return new PageText(title, body, membersOnly, parentId);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public boolean isMembersOnly() { return membersOnly; }
        public void setMembersOnly(boolean membersOnly) { this.membersOnly = membersOnly; }
        public Long getParentId() { return parentId; }
        public void setParentId(Long parentId) { this.parentId = parentId; }
    }

    /** Where to move a page; the position is counted from 1 as people do. */
    static class MoveForm {
        private Long parentId;
        private Integer position;

        public Long getParentId() { return parentId; }
        public void setParentId(Long parentId) { this.parentId = parentId; }
        public Integer getPosition() { return position; }
        public void setPosition(Integer position) { this.position = position; }
    }

    private final CommunityCatalog catalog;
    private final CommunityPages pages;

    PageController(CommunityCatalog catalog, CommunityPages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping("/c/{slug}/pages")
    String tree(Actor actor, @PathVariable String slug, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("tree", pages.tree(actor, community.facts()));
        model.addAttribute("tab", "pages");
        return "library/page-tree";
    }

    @GetMapping("/c/{slug}/pages/new")
    String newForm(Actor actor, @PathVariable String slug, @RequestParam(required = false) Long parent, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        pages.requireWrite(actor, community.facts());
        PageForm form = new PageForm();
        form.setParentId(parent);
        model.addAttribute("form", form);
        return editPage(actor, community, null, model);
    }

    @PostMapping("/c/{slug}/pages/new")
    String create(Actor actor, @PathVariable String slug, @ModelAttribute("form") PageForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        if (result.hasErrors()) {
            pages.requireWrite(actor, community.facts());
            return editPage(actor, community, null, model);
        }
        try {
            long id = pages.create(actor, community.facts(), form.toText());
            redirect.addFlashAttribute("notice", "page.created");
            return "redirect:/c/" + slug + "/pages/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return editPage(actor, community, null, model);
        }
    }

    @GetMapping("/c/{slug}/pages/{id}")
    String read(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("page", pages.read(actor, community.facts(), id));
        model.addAttribute("tab", "pages");
        return "library/page-view";
    }

    @GetMapping("/c/{slug}/pages/{id}/edit")
    String editForm(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("form", PageForm.of(pages.forEditing(actor, community.facts(), id)));
        return editPage(actor, community, id, model);
    }

    @PostMapping("/c/{slug}/pages/{id}/edit")
    String edit(Actor actor, @PathVariable String slug, @PathVariable long id, @ModelAttribute("form") PageForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            pages.edit(actor, community.facts(), id, form.toText());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return editPage(actor, community, id, model);
        }
        redirect.addFlashAttribute("notice", "page.saved");
        return "redirect:/c/" + slug + "/pages/" + id;
    }

    private String editPage(Actor actor, CommunityPage community, Long pageId, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("pageId", pageId);
        model.addAttribute("places", pages.tree(actor, community.facts()).places(null));
        model.addAttribute("tab", "pages");
        return "library/page-edit";
    }

    @GetMapping("/c/{slug}/pages/{id}/move")
    String moveForm(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        PageText text = pages.forEditing(actor, community.facts(), id);
        PageView page = pages.read(actor, community.facts(), id);
        MoveForm form = new MoveForm();
        form.setParentId(text.parentId());
        form.setPosition(page.position() + 1);
        model.addAttribute("moveForm", form);
        return movePage(actor, community, page, model);
    }

    @PostMapping("/c/{slug}/pages/{id}/move")
    String move(Actor actor, @PathVariable String slug, @PathVariable long id, @ModelAttribute("moveForm") MoveForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        Integer position = form.getPosition() == null ? null : form.getPosition() - 1;
        if (result.hasErrors()) {
            pages.forEditing(actor, community.facts(), id);
            return movePage(actor, community, pages.read(actor, community.facts(), id), model);
        }
        try {
            pages.move(actor, community.facts(), id, new PageMove(form.getParentId(), position));
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return movePage(actor, community, pages.read(actor, community.facts(), id), model);
        }
        redirect.addFlashAttribute("notice", "page.moved");
        return "redirect:/c/" + slug + "/pages";
    }

    private String movePage(Actor actor, CommunityPage community, PageView page, Model model) {
        PageTree tree = pages.tree(actor, community.facts());
        model.addAttribute("community", community);
        model.addAttribute("page", page);
        model.addAttribute("places", tree.places(page.id()));
        model.addAttribute("tab", "pages");
        return "library/page-move";
    }

    /** Moves a page one place up or down among its siblings: the tree's buttons, for keyboards as for mice. */
    @PostMapping("/c/{slug}/pages/{id}/shift")
    String shift(Actor actor, @PathVariable String slug, @PathVariable long id, @RequestParam String direction,
                 RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        pages.shift(actor, community.facts(), id, "up".equals(direction) ? -1 : 1);
        redirect.addFlashAttribute("notice", "page.moved");
        return "redirect:/c/" + slug + "/pages#page-" + id;
    }

    @GetMapping("/c/{slug}/pages/{id}/delete")
    String deleteForm(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        pages.forEditing(actor, community.facts(), id);
        model.addAttribute("community", community);
        model.addAttribute("page", pages.read(actor, community.facts(), id));
        model.addAttribute("tab", "pages");
        return "library/page-delete";
    }

    @PostMapping("/c/{slug}/pages/{id}/delete")
    String delete(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        pages.delete(actor, community.facts(), id);
        redirect.addFlashAttribute("notice", "page.deleted");
        return "redirect:/c/" + slug + "/pages";
    }

    @GetMapping("/c/{slug}/pages/{id}/history")
    String history(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("page", pages.read(actor, community.facts(), id));
        model.addAttribute("revisions", pages.revisions(actor, community.facts(), id));
        model.addAttribute("tab", "pages");
        return "library/page-history";
    }

    @GetMapping("/c/{slug}/pages/{id}/history/{revisionId}")
    String compare(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable long revisionId,
                   Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("comparison", pages.compare(actor, community.facts(), id, revisionId));
        model.addAttribute("tab", "pages");
        return "library/page-diff";
    }

    @PostMapping("/c/{slug}/pages/{id}/history/{revisionId}/restore")
    String restore(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable long revisionId,
                   RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        pages.restore(actor, community.facts(), id, revisionId);
        redirect.addFlashAttribute("notice", "page.restored");
        return "redirect:/c/" + slug + "/pages/" + id;
    }
}
