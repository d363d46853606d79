package org.praxis.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.praxis.calendar.CalendarFeeds;
import org.praxis.calendar.CommunityCalendar;
import org.praxis.calendar.EventFollowUp;
import org.praxis.calendar.EventKind;
import org.praxis.calendar.EventRegistrations;
import org.praxis.calendar.EventView;
import org.praxis.calendar.Recurrence;
import org.praxis.calendar.Registrant;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityPage;
import org.praxis.community.CommunityTab;
import org.praxis.policy.Actor;
import org.praxis.shared.InvalidInputException;
import org.praxis.shared.PraxisProperties;
import org.praxis.shared.web.FormErrors;
import org.praxis.shared.web.ViewerZone;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Calendar tab, an event's page, the forms to create, propose, publish, register and follow
 * up, the registrant list (and its CSV), series pages, and the iCalendar files of a community.
 * Each works without JavaScript; times are shown in the viewer's zone, named next to them.
 */
@Controller
class CalendarController {

    /** A series as typed. */
    static class SeriesForm {
        private String title;
        private String description;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /** What followed an event, as typed. */
    static class FollowUpForm {
        private String recordingUrl;
        private String slidesUrl;
        private String questions;
        private String summary;

        static FollowUpForm of(EventView view) {
            FollowUpForm form = new FollowUpForm();
            if (view.followUp() != null) {
                form.recordingUrl = view.followUp().recordingUrl();
                form.slidesUrl = view.followUp().slidesUrl();
                form.questions = view.followUp().questions();
                form.summary = view.followUp().summary();
            }
            return form;
        }

        public String getRecordingUrl() { return recordingUrl; }
        public void setRecordingUrl(String recordingUrl) { this.recordingUrl = recordingUrl; }
        public String getSlidesUrl() { return slidesUrl; }
        public void setSlidesUrl(String slidesUrl) { this.slidesUrl = slidesUrl; }
        public String getQuestions() { return questions; }
        public void setQuestions(String questions) { this.questions = questions; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
    }

    private final CommunityCatalog catalog;
    private final CommunityCalendar calendar;
    private final EventRegistrations registrations;
    private final CalendarFeeds feeds;
    private final IcsWriter ics;
    private final PraxisProperties properties;
    private final Clock clock;

    CalendarController(CommunityCatalog catalog, CommunityCalendar calendar, EventRegistrations registrations,
                       CalendarFeeds feeds, IcsWriter ics, PraxisProperties properties, Clock clock) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.registrations = registrations;
        this.feeds = feeds;
        this.ics = ics;
        this.properties = properties;
        this.clock = clock;
    }

    @ModelAttribute("tab")
    String tab() {
        return CommunityTab.CALENDAR.path();
    }

    @GetMapping("/c/{slug}/calendar")
    String overview(Actor actor, @PathVariable String slug, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("calendar", calendar.overview(actor, community.facts(), community.slug(), community.name()));
        return "calendar/overview";
    }

    @GetMapping("/c/{slug}/calendar/new")
    String newForm(Actor actor, @PathVariable String slug, Model model, HttpServletRequest request) {
        EventForm form = new EventForm();
        form.setTimeZone(ViewerZone.of(request).getId());
        model.addAttribute("form", form);
        return writePage(actor, slug, null, model);
    }

    @PostMapping("/c/{slug}/calendar/new")
    String create(Actor actor, @PathVariable String slug, @ModelAttribute("form") EventForm form, BindingResult result,
                  Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        calendar.requireWrite(actor, community.facts());
        if (result.hasErrors()) {
            // A value that is not of its field's kind (a made-up event type, a date that is no date).
            return writePage(actor, slug, null, model);
        }
        try {
            long id = calendar.create(actor, community.facts(), form.toDraft());
            return "redirect:/c/" + slug + "/calendar/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return writePage(actor, slug, null, model);
        }
    }

    @GetMapping("/c/{slug}/calendar/{id}/edit")
    String editForm(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        EventView view = calendar.event(actor, community.facts(), id);
        if (!view.can().manage()) {
            calendar.requireWrite(actor, community.facts());
            throw new org.praxis.shared.NotAllowedException("edit event");
        }
        model.addAttribute("form", EventForm.of(view));
        return writePage(actor, slug, id, model);
    }

    @PostMapping("/c/{slug}/calendar/{id}/edit")
    String edit(Actor actor, @PathVariable String slug, @PathVariable long id, @ModelAttribute("form") EventForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        if (result.hasErrors()) {
            calendar.event(actor, community.facts(), id);
            return writePage(actor, slug, id, model);
        }
        try {
            calendar.edit(actor, community.facts(), id, form.toDraft());
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return writePage(actor, slug, id, model);
        }
        redirect.addFlashAttribute("notice", "event.saved");
        return "redirect:/c/" + slug + "/calendar/" + id;
    }

    private String writePage(Actor actor, String slug, Long editing, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        calendar.requireWrite(actor, community.facts());
        model.addAttribute("community", community);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("seriesList", calendar.seriesOf(community.id()));
        return "calendar/write";
    }

    @GetMapping("/c/{slug}/calendar/{id}")
    String event(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("event", calendar.event(actor, community.facts(), id));
        return "calendar/event";
    }

    @PostMapping("/c/{slug}/calendar/{id}/publish")
    String publish(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        calendar.decide(actor, catalog.facts(actor, slug), id, true);
        redirect.addFlashAttribute("notice", "event.published");
        return "redirect:/c/" + slug + "/calendar/" + id;
    }

    @PostMapping("/c/{slug}/calendar/{id}/decline")
    String decline(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        calendar.decide(actor, catalog.facts(actor, slug), id, false);
        redirect.addFlashAttribute("notice", "event.declined");
        return "redirect:/c/" + slug + "/calendar";
    }

    @PostMapping("/c/{slug}/calendar/{id}/register")
    String register(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        var status = registrations.register(actor, catalog.facts(actor, slug), id);
        redirect.addFlashAttribute("notice", "event.registration." + status);
        return "redirect:/c/" + slug + "/calendar/" + id;
    }

    @PostMapping("/c/{slug}/calendar/{id}/cancel")
    String cancel(Actor actor, @PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        registrations.cancel(actor, catalog.facts(actor, slug), id);
        redirect.addFlashAttribute("notice", "event.registration.cancelled");
        return "redirect:/c/" + slug + "/calendar/" + id;
    }

    @GetMapping("/c/{slug}/calendar/{id}/registrants")
    String registrants(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("registrants", registrations.registrants(actor, community.facts(), id));
        model.addAttribute("event", calendar.event(actor, community.facts(), id));
        return "calendar/registrants";
    }

    /** The registrant list as CSV; cells that a spreadsheet would run as a formula are quoted harmless. */
    @GetMapping("/c/{slug}/calendar/{id}/registrants.csv")
    ResponseEntity<byte[]> registrantsCsv(Actor actor, @PathVariable String slug, @PathVariable long id) {
        List<Registrant> rows = registrations.registrants(actor, catalog.facts(actor, slug), id);
        StringBuilder csv = new StringBuilder("name,email,status,registered_at,attended\r\n");
        for (Registrant r : rows) {
            csv.append(cell(r.displayName())).append(',').append(cell(r.email())).append(',').append(r.status())
                    .append(',').append(r.registeredAt()).append(',').append(r.attended()).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registrants-" + id + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/c/{slug}/calendar/{id}/attendance")
    String attendance(Actor actor, @PathVariable String slug, @PathVariable long id,
                      @RequestParam(name = "attended", required = false) List<Long> attended, RedirectAttributes redirect) {
        registrations.markAttendance(actor, catalog.facts(actor, slug), id, attended == null ? List.of() : attended);
        redirect.addFlashAttribute("notice", "event.attendance.saved");
        return "redirect:/c/" + slug + "/calendar/" + id + "/registrants";
    }

    /** Attendance from a CSV of e-mail addresses: pasted in the text box, or a .csv file chosen instead. */
    @PostMapping("/c/{slug}/calendar/{id}/attendance/import")
    String importAttendance(Actor actor, @PathVariable String slug, @PathVariable long id,
                            @RequestParam(required = false) String csv,
                            @RequestParam(name = "file", required = false) MultipartFile file,
                            RedirectAttributes redirect) throws java.io.IOException {
        String text = csv;
        if ((text == null || text.isBlank()) && file != null && !file.isEmpty()) {
            // One byte more than the limit is enough for the use case to say the file is too long.
            byte[] head = file.getInputStream().readNBytes(EventRegistrations.CSV_MAX + 1);
            text = new String(head, StandardCharsets.UTF_8);
        }
        int added = registrations.importAttendance(actor, catalog.facts(actor, slug), id, text);
        redirect.addFlashAttribute("notice", "event.attendance.imported");
        redirect.addFlashAttribute("imported", added);
        return "redirect:/c/" + slug + "/calendar/" + id + "/registrants";
    }

    @GetMapping("/c/{slug}/calendar/{id}/follow-up")
    String followUpForm(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        EventView view = calendar.event(actor, community.facts(), id);
        if (!view.can().manage()) {
            calendar.requireWrite(actor, community.facts());
            throw new org.praxis.shared.NotAllowedException("follow up");
        }
        model.addAttribute("form", FollowUpForm.of(view));
        return followUpPage(community, view, model);
    }

    @PostMapping("/c/{slug}/calendar/{id}/follow-up")
    String followUp(Actor actor, @PathVariable String slug, @PathVariable long id, @ModelAttribute("form") FollowUpForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            calendar.followUp(actor, community.facts(), id, new EventFollowUp(form.getRecordingUrl(), form.getSlidesUrl(),
                    form.getQuestions(), form.getSummary()));
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return followUpPage(community, calendar.event(actor, community.facts(), id), model);
        }
        redirect.addFlashAttribute("notice", "event.saved");
        return "redirect:/c/" + slug + "/calendar/" + id;
    }

    private String followUpPage(CommunityPage community, EventView view, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("event", view);
        return "calendar/follow-up";
    }

    @GetMapping("/c/{slug}/calendar/series/new")
    String newSeries(Actor actor, @PathVariable String slug, Model model) {
        model.addAttribute("form", new SeriesForm());
        return seriesForm(actor, slug, model);
    }

    @PostMapping("/c/{slug}/calendar/series/new")
    String createSeries(Actor actor, @PathVariable String slug, @ModelAttribute("form") SeriesForm form,
                        BindingResult result, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        try {
            long id = calendar.createSeries(actor, community.facts(), form.getTitle(), form.getDescription());
            return "redirect:/c/" + slug + "/calendar/series/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(result, e);
            return seriesForm(actor, slug, model);
        }
    }

    private String seriesForm(Actor actor, String slug, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        if (!calendar.canCreate(actor, community.facts())) {
            calendar.requireWrite(actor, community.facts());
            throw new org.praxis.shared.NotAllowedException("create series");
        }
        model.addAttribute("community", community);
        return "calendar/series-write";
    }

    @GetMapping("/c/{slug}/calendar/series/{id}")
    String series(Actor actor, @PathVariable String slug, @PathVariable long id, Model model) {
        CommunityPage community = catalog.frame(actor, slug);
        model.addAttribute("community", community);
        model.addAttribute("series", calendar.series(actor, community.facts(), id, community.slug(), community.name()));
        return "calendar/series";
    }

    /** One event as an .ics file, to add to one's own calendar. */
    @GetMapping("/c/{slug}/calendar/{id}/event.ics")
    ResponseEntity<String> eventIcs(Actor actor, @PathVariable String slug, @PathVariable long id) {
        var facts = catalog.facts(actor, slug);
        var entry = feeds.event(actor, facts, slug, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(IcsWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-" + id + ".ics\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(ics.write(entry.title(), List.of(entry), clock.instant()));
    }

    /**
     * The community's calendar feed: what a visitor may read, or with a member's secret what
     * that member may read. Feeds read with a secret are private and never cached.
     */
    @GetMapping("/c/{slug}/calendar.ics")
    ResponseEntity<String> communityIcs(@PathVariable String slug, @RequestParam(required = false) String token) {
        Actor reader = feeds.reader(token);
        var facts = catalog.facts(reader, slug);
        var entries = feeds.community(reader, facts, slug);
        String name = catalog.about(reader, slug).name();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(IcsWriter.CONTENT_TYPE))
                .header(HttpHeaders.CACHE_CONTROL, token == null ? "no-cache" : "private, no-store")
                .body(ics.write(name, entries, clock.instant()));
    }

    /** Makes (or replaces) the member's calendar-feed secret and shows the community's private address once. */
    @PostMapping("/c/{slug}/calendar/feed")
    String privateFeed(Actor actor, @PathVariable String slug, RedirectAttributes redirect) {
        catalog.facts(actor, slug);
        String secret = feeds.newSecret(actor);
        redirect.addFlashAttribute("privateFeed", properties.link("/c/" + slug + "/calendar.ics?token=" + secret));
        return "redirect:/c/" + slug + "/calendar";
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
