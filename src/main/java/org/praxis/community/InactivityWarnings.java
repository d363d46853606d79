package org.praxis.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.praxis.community.CommunityEvents.CommunityGoingQuiet;
import org.praxis.community.internal.Communities;
import org.praxis.community.internal.Community;
import org.praxis.policy.CommunityStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns the admins of a community that has been quiet for about eleven months that it will
 * become inactive (a year without activity, see ACCESS-RULES.md) a month later, so they can
 * bring it back to life before it shows as inactive. Each quiet spell is warned once: the
 * warning is remembered, and counts only while it is later than the last activity.
 */
@Service
public class InactivityWarnings {

    /** How long before becoming inactive the admins are warned: 365 - 30 = 335 days of quiet, about 11 months. */
    public static final Duration NOTICE = Duration.ofDays(30);
    static final int BATCH = 200;
    static final int MAX_BATCHES = 50;

    private final Communities communities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InactivityWarnings(Communities communities, ApplicationEventPublisher events, Clock clock) {
        this.communities = communities;
        this.events = events;
        this.clock = clock;
    }

    /** Every day at 04:17, on one node. */
    @Scheduled(cron = "${praxis.jobs.inactivity-warnings:0 17 4 * * *}")
    @SchedulerLock(name = "community.inactivityWarnings", lockAtMostFor = "PT30M")
    public void run() {
        warnDue(clock.instant());
    }

    /**
     * Publishes {@link CommunityGoingQuiet} for each community (or working group) that is active
     * by its own status and its parent's, approved, quiet since before {@code now - 335 days},
     * and not warned since its last activity; each is marked warned, by a conditional update in
     * the same transaction as its event, so a second run warns nobody twice. A community already
     * past the year (inactive, e.g. on the first run) is warned too, with {@code inactiveFrom} in
     * the past. Returns how many were warned.
     */
    @Transactional
    public int warnDue(Instant now) {
        Instant quietSince = now.minus(Community.INACTIVE_AFTER).plus(NOTICE);
        int warned = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Community> due = communities.quietAndUnwarned(quietSince, PageRequest.of(0, BATCH));
            if (due.isEmpty()) {
                break;
            }
            for (Community c : due) {
                // Marked even when its parent is archived (then nobody is warned): it is not due again until new activity.
                if (communities.markWarned(c.getId(), now) == 1
                        && c.effectiveStatus(now) != CommunityStatus.ARCHIVED) {
                    events.publishEvent(new CommunityGoingQuiet(c.getId(), c.getName(), c.getSlug(),
                            c.getLastActivityAt(), c.getLastActivityAt().plus(Community.INACTIVE_AFTER)));
                    warned++;
                }
            }
        }
        return warned;
    }
}
