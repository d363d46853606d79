package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityEvents.CommunityGoingQuiet;
import org.praxis.community.CommunityEvents.CommunityStatusChanged;
import org.praxis.policy.CommunityStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What a community's life tells others: archiving and reactivating publish the new status, and a
 * community quiet for eleven months warns its admins once per quiet spell before it becomes
 * inactive.
 */
@PraxisIntegrationTest
@RecordApplicationEvents
class CommunityStatusEventsIT {

    private static final Duration YEAR = Duration.ofDays(365);

    @Autowired TestAccounts accounts;
    @Autowired InactivityWarnings warnings;
    @Autowired CommunityActivity activity;
    @Autowired ApplicationEvents events;

    private record Made(long id, String slug, String name, Member admin, Browser web) {
    }

    private Made community(String privacy) {
        Member admin = accounts.member("Admin");
        Browser web = accounts.signedIn(admin);
        String name = "Life " + System.nanoTime();
        String slug = CommunityFixtures.create(web, name, privacy);
        long id = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        // The founder's joining touches the last activity after commit: wait for it, so the times
        // the tests set are not overwritten.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> accounts.jdbc().queryForObject(
                "select count(*) from event_publication where event_type like '%MemberJoined' and serialized_event like ?",
                Long.class, "%\"communityId\":" + id + ",%") == 0);
        return new Made(id, slug, name, admin, web);
    }

    private void status(Made c, String status) {
        c.web().get("/c/" + c.slug() + "/manage/settings");
        assertThat(c.web().post("/c/" + c.slug() + "/manage/status", "status", status).getResponse().getStatus())
                .isEqualTo(302);
    }

    private void lastActivity(Made c, Instant at) {
        accounts.jdbc().update("update community set last_activity_at = ? where id = ?", at.atOffset(ZoneOffset.UTC), c.id());
    }

    private List<CommunityStatusChanged> statusChangesOf(Made c) {
        return events.stream(CommunityStatusChanged.class).filter(e -> e.communityId() == c.id()).toList();
    }

    private List<CommunityGoingQuiet> warningsOf(Made c) {
        return events.stream(CommunityGoingQuiet.class).filter(e -> e.communityId() == c.id()).toList();
    }

    @Test
    void archivingAndReactivatingPublishTheNewStatusOnceEach() {
        Made c = community("PUBLIC");
        status(c, "ARCHIVED");
        status(c, "ACTIVE");
        status(c, "ACTIVE");
        assertThat(statusChangesOf(c)).extracting(CommunityStatusChanged::communityId, CommunityStatusChanged::status,
                CommunityStatusChanged::byId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(c.id(), CommunityStatus.ARCHIVED, c.admin().id()),
                org.assertj.core.groups.Tuple.tuple(c.id(), CommunityStatus.ACTIVE, c.admin().id()));
    }

    @Test
    void reactivatingAnInactiveCommunityPublishesItsReturn() {
        Made c = community("OPEN");
        lastActivity(c, Instant.now().minus(YEAR).minus(Duration.ofDays(3)));
        status(c, "ACTIVE");
        assertThat(statusChangesOf(c)).extracting(CommunityStatusChanged::status).containsExactly(CommunityStatus.ACTIVE);
    }

    /**
     * Times are set far in the past, so that the job run at those instants finds only this
     * test's communities among everything the other tests made.
     */
    @Test
    void aQuietCommunityIsWarnedOncePerQuietSpell() {
        Made c = community("PRIVATE");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant quietFrom = t0.minus(Duration.ofDays(1100));
        lastActivity(c, quietFrom);

        warnings.warnDue(quietFrom.plus(Duration.ofDays(330)));
        assertThat(warningsOf(c)).as("ten months and three weeks: not yet").isEmpty();

        warnings.warnDue(quietFrom.plus(Duration.ofDays(340)));
        warnings.warnDue(quietFrom.plus(Duration.ofDays(341)));
        assertThat(warningsOf(c)).as("eleven months: warned once").containsExactly(
                new CommunityGoingQuiet(c.id(), c.name(), c.slug(), quietFrom, quietFrom.plus(YEAR)));

        Instant later = quietFrom.plus(Duration.ofDays(400));
        activity.record(c.id(), later);
        warnings.warnDue(later.plus(Duration.ofDays(300)));
        assertThat(warningsOf(c)).as("new activity: quiet again only later").hasSize(1);
        warnings.warnDue(later.plus(Duration.ofDays(336)));
        assertThat(warningsOf(c)).as("a new quiet spell: warned again").hasSize(2)
                .last().isEqualTo(new CommunityGoingQuiet(c.id(), c.name(), c.slug(), later, later.plus(YEAR)));
    }

    @Test
    void anArchivedCommunityIsNotWarned() {
        Made c = community("PUBLIC");
        status(c, "ARCHIVED");
        Instant quietFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(2000));
        lastActivity(c, quietFrom);
        warnings.warnDue(quietFrom.plus(Duration.ofDays(340)));
        assertThat(warningsOf(c)).isEmpty();
    }
}
