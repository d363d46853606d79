package org.praxis.calendar.web;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.praxis.calendar.IcsEntry;
import org.praxis.shared.PraxisProperties;
import org.springframework.stereotype.Component;

/**
 * Writes events as an iCalendar (RFC 5545) file with ical4j. Each event keeps its organiser's
 * zone (DTSTART;TZID with the zone's VTIMEZONE), so a repeating meeting keeps its local hour
 * across daylight-saving changes in every calendar application.
 */
@Component
class IcsWriter {

    static final String CONTENT_TYPE = "text/calendar;charset=UTF-8";

    private final PraxisProperties properties;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    IcsWriter(PraxisProperties properties) {
        this.properties = properties;
    }

    String write(String name, List<IcsEntry> entries, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Praxis//Calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zoneIds = new LinkedHashSet<>();
        entries.forEach(e -> zoneIds.add(e.timeZone()));
        for (String zoneId : zoneIds) {
            var zone = zones.getTimeZone(zoneId);
            if (zone != null) {
                calendar.add(zone.getVTimeZone());
            }
        }
        for (IcsEntry e : entries) {
            calendar.add(event(e, now));
        }
        return calendar.toString();
    }

    private VEvent event(IcsEntry e, Instant now) {
        ZoneId zone = ZoneId.of(e.timeZone());
        VEvent event = zones.getTimeZone(e.timeZone()) == null
                // A zone ical4j does not describe: UTC times are still exact for one-off events.
                ? new VEvent(e.startsAt(), e.endsAt(), e.title())
                : new VEvent(e.startsAt().atZone(zone), e.endsAt().atZone(zone), e.title());
        event.add(new Uid("event-" + e.id() + "@" + host()));
        event.replace(new DtStamp(now));
        event.add(new LastModified(e.createdAt()));
        event.add(new Url(URI.create(properties.link(e.path()))));
        if (e.description() != null) {
            event.add(new Description(e.description()));
        }
        String where = e.location() == null ? e.onlineUrl() : e.onlineUrl() == null ? e.location()
                : e.location() + " / " + e.onlineUrl();
        if (where != null) {
            event.add(new Location(where));
        }
        if (e.recurrence() != null && e.occurrences() != null) {
            event.add(new RRule<>(e.recurrence().rrule(e.occurrences())));
        }
        return event;
    }

    private String host() {
        String host = URI.create(properties.link("/")).getHost();
        return host == null ? "praxis" : host;
    }
}
