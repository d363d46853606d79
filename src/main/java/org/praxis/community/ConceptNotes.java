package org.praxis.community;

import java.util.ArrayList;
import java.util.List;

import org.praxis.community.internal.CalendarLine;
import org.praxis.community.internal.Communities;
import org.praxis.community.internal.Community;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and writing a community's concept note: shown on About to all who see the community, edited by admins. */
@Service
public class ConceptNotes {

    public static final int PART_MAX = 10_000;
    public static final int PERIOD_MAX = 100;
    public static final int ACTIVITIES_MAX = 1000;
    public static final int CALENDAR_MAX = 24;

    private final Communities communities;
    private final CommunityMembership membership;
    private final AccessPolicy policy;

    public ConceptNotes(Communities communities, CommunityMembership membership, AccessPolicy policy) {
        this.communities = communities;
        this.membership = membership;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public ConceptNote read(Actor actor, String slug) {
        Community community = visible(actor, slug);
        return new ConceptNote(community.getConceptOverview(), community.getConceptPurpose(),
                community.getConceptEngagement(), community.getCalendar().stream()
                .map(l -> new ConceptNote.Activity(l.getPeriod(), l.getActivities())).toList());
    }

    @Transactional
    public void write(Actor actor, String slug, ConceptNote note) {
        Community community = visible(actor, slug);
        Relation relation = membership.relation(actor, community.facts());
        if (!policy.communities().canEditSettings(actor, community.facts(), relation)) {
            throw new NotAllowedException("edit concept note");
        }
        String overview = InputErrors.clean(note.overview());
        String purpose = InputErrors.clean(note.purpose());
        String engagement = InputErrors.clean(note.engagement());
        InputErrors errors = new InputErrors();
        errors.optional("overview", overview, PART_MAX);
        errors.optional("purpose", purpose, PART_MAX);
        errors.optional("engagement", engagement, PART_MAX);
        List<CalendarLine> lines = new ArrayList<>();
        for (ConceptNote.Activity activity : note.calendar() == null ? List.<ConceptNote.Activity>of() : note.calendar()) {
            String period = InputErrors.clean(activity.period());
            String activities = InputErrors.clean(activity.activities());
            if (period == null && activities == null) {
                continue;
            }
            if (period == null || activities == null) {
                errors.add("calendar", "concept.calendarIncomplete");
                break;
            }
            InputErrors line = new InputErrors().optional("p", period, PERIOD_MAX).optional("a", activities, ACTIVITIES_MAX);
            if (line.has("p") || line.has("a")) {
                errors.add("calendar", "concept.calendarTooLong", PERIOD_MAX, ACTIVITIES_MAX);
                break;
            }
            lines.add(new CalendarLine(period, activities));
        }
        if (lines.size() > CALENDAR_MAX) {
            errors.add("calendar", "profile.tooMany", CALENDAR_MAX);
        }
        errors.throwIfAny();
        community.writeConceptNote(overview, purpose, engagement, lines);
    }

    private Community visible(Actor actor, String slug) {
        Community community = communities.findBySlug(slug).orElseThrow(() -> new NotFoundException("community"));
        policy.communities().requireSee(actor, community.facts(), membership.relation(actor, community.facts()));
        return community;
    }
}
