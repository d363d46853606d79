package org.praxis.calendar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.library.CommunityPages;
import org.praxis.library.PageBlockItem;
import org.praxis.library.PageBlocks;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.springframework.stereotype.Component;

/**
 * The {@code {{events}}} block of community pages: the community's coming events the reader may
 * read (members-only ones to members), with {@code {{events past="true"}}} for recent past ones.
 * Each names its date and time in the event's own zone, as the organiser set it.
 */
@Component
class EventBlocks implements PageBlocks {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CommunityCalendar calendar;
    private final CommunityCatalog catalog;

    EventBlocks(CommunityCalendar calendar, CommunityCatalog catalog) {
        this.calendar = calendar;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<PageBlockItem> items(Actor reader, CommunityFacts community, String argument) {
        CommunityRef ref = catalog.refs(List.of(community.id())).get(community.id());
        CalendarOverview overview = calendar.overview(reader, community, ref.slug(), ref.name());
        boolean past = "true".equals(PageBlocks.attributes(argument).get("past"));
        return (past ? overview.past() : overview.upcoming()).stream().limit(CommunityPages.BLOCK_ITEMS_MAX)
                .map(e -> new PageBlockItem(e.title(), "/c/" + ref.slug() + "/calendar/" + e.id(),
                        WHEN.format((past ? e.startsAt() : e.nextStart()).atZone(ZoneId.of(e.timeZone()))) + " ("
                                + e.timeZone() + ")"))
                .toList();
    }
}
