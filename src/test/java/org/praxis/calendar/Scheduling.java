package org.praxis.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.praxis.Browser;
import org.springframework.test.web.servlet.MvcResult;

/** Events made through the calendar's forms, as organisers would, and iCalendar files read back with ical4j. */
public final class Scheduling {

    private Scheduling() {
    }

    /** Creates (or, for a member, proposes) an event; the fields override a one-hour meeting next year in Europe/Paris. */
    public static long create(Browser organiser, String slug, String title, String... fields) {
        List<String> all = new ArrayList<>(List.of("title", title, "description", "About *" + title + "*",
                "kind", "MEETING", "start", "2099-03-10T10:00", "end", "2099-03-10T11:00", "timeZone", "Europe/Paris",
                "location", "Room 1"));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            int at = all.indexOf(fields[i]);
            if (at >= 0 && at % 2 == 0) {
                all.set(at + 1, fields[i + 1]);
            } else {
                all.add(fields[i]);
                all.add(fields[i + 1]);
            }
        }
        MvcResult result = organiser.submit("/c/" + slug + "/calendar/new", "/c/" + slug + "/calendar/new",
                all.toArray(String[]::new));
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("creation of event %s", title).startsWith("/c/" + slug + "/calendar/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static String page(String slug, long id) {
        return "/c/" + slug + "/calendar/" + id;
    }

    /** Parses an iCalendar file and asserts it is valid by ical4j's rules. */
    static Calendar parseValid(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            var result = calendar.validate();
            assertThat(result.hasErrors()).as("iCalendar validation: %s", result.getEntries()).isFalse();
            return calendar;
        } catch (Exception e) {
            throw new AssertionError("unreadable iCalendar:\n" + ics, e);
        }
    }
}
