package org.praxis.community.web;

import java.util.ArrayList;
import java.util.List;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.ConceptNote;
import org.praxis.community.ConceptNotes;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins write the concept note under Manage; everyone who sees the community reads it on About. */
@Controller
class ConceptNoteController {

    /** Free lines offered below the calendar's current ones. */
    static final int SPARE_LINES = 4;

    /** The concept note form. */
    static class NoteForm {
        private String overview;
        private String purpose;
        private String engagement;
        private List<Line> calendar = new ArrayList<>();

        static NoteForm of(ConceptNote note) {
            NoteForm form = new NoteForm();
            form.overview = note.overview();
            form.purpose = note.purpose();
            form.engagement = note.engagement();
            note.calendar().forEach(a -> form.calendar.add(new Line(a.period(), a.activities())));
            return form;
        }

        ConceptNote toNote() {
            return new ConceptNote(overview, purpose, engagement,
                    calendar.stream().map(l -> new ConceptNote.Activity(l.getPeriod(), l.getActivities())).toList());
        }

        void addSpareLines() {
            for (int i = 0; i < SPARE_LINES; i++) {
                calendar.add(new Line(null, null));
            }
        }

        public String getOverview() { return overview; }
        public void setOverview(String overview) { this.overview = overview; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String purpose) { this.purpose = purpose; }
        public String getEngagement() { return engagement; }
        public void setEngagement(String engagement) { this.engagement = engagement; }
        public List<Line> getCalendar() { return calendar; }
        public void setCalendar(List<Line> calendar) { this.calendar = calendar; }
    }

    /** One calendar line of the form. */
    public static class Line {
        private String period;
        private String activities;

        public Line() {
        }

        Line(String period, String activities) {
            this.period = period;
            this.activities = activities;
        }

        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
        public String getActivities() { return activities; }
        public void setActivities(String activities) { this.activities = activities; }
    }

    private final CommunityCatalog catalog;
    private final ConceptNotes notes;

    ConceptNoteController(CommunityCatalog catalog, ConceptNotes notes) {
        this.catalog = catalog;
        this.notes = notes;
    }

    @GetMapping("/c/{slug}/manage/concept-note")
    String form(Actor actor, @PathVariable String slug, Model model) {
        NoteForm form = NoteForm.of(notes.read(actor, slug));
        form.addSpareLines();
        model.addAttribute("form", form);
        return page(actor, slug, model);
    }

    @PostMapping("/c/{slug}/manage/concept-note")
    String save(Actor actor, @PathVariable String slug, @ModelAttribute("form") NoteForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        if (form.getCalendar().size() > 100) {
            // A hand-made request with thousands of lines is not a calendar.
            form.setCalendar(new ArrayList<>(form.getCalendar().subList(0, 100)));
        }
        try {
            notes.write(actor, slug, form.toNote());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return page(actor, slug, model);
        }
        redirect.addFlashAttribute("notice", "concept.saved");
        return "redirect:/c/" + slug;
    }

    private String page(Actor actor, String slug, Model model) {
        var community = catalog.page(actor, slug);
        if (!community.canManage()) {
            throw new org.praxis.shared.NotAllowedException("edit concept note");
        }
        model.addAttribute("community", community);
        model.addAttribute("tab", "manage");
        model.addAttribute("section", "concept");
        return "community/concept-note";
    }
}
