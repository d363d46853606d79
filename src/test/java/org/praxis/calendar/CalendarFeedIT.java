package org.praxis.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * iCalendar feeds: an open community's public events for everyone, members' private addresses
 * (stored hashed, replaced or revoked at will, dead once the member leaves), and the personal
 * feed of all one's communities and registrations.
 */
@PraxisIntegrationTest
class CalendarFeedIT {

    private static final Pattern FEED = Pattern.compile("id=\"(?:private|personal)-feed\"[^>]*value=\"[^\"]*?(/[^\"]*\\.ics\\?token=[^\"&]+)\"");

    @Autowired TestAccounts accounts;

    @Test
    void openCommunityFeedHasPublicEventsOnlyAndMembersPrivateFeedHasTheRest() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Feed open " + System.nanoTime(), "OPEN");
        Scheduling.create(admin, slug, "Public <meetup> & talk");
        Scheduling.create(admin, slug, "Members gathering", "membersOnly", "true");

        MvcResult feed = accounts.browser().get("/c/" + slug + "/calendar.ics");
        assertThat(feed.getResponse().getStatus()).isEqualTo(200);
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        String ics = Browser.body(feed);
        Scheduling.parseValid(ics);
        assertThat(ics).contains("SUMMARY:Public <meetup> & talk").doesNotContain("Members gathering");

        Member amina = CommunityFixtures.memberOf(accounts, admin, slug, "Amina");
        String path = privateAddress(accounts.signedIn(amina), slug);
        MvcResult own = accounts.browser().get(path);
        assertThat(Browser.body(own)).contains("Members gathering");
        assertThat(own.getResponse().getHeader("Cache-Control")).contains("no-store");
        Scheduling.parseValid(Browser.body(own));
    }

    @Test
    void privateCommunityFeedNeedsAMemberSecretWhichCanBeReplacedAndDiesWhenTheMemberLeaves() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Feed private " + System.nanoTime(), "PRIVATE");
        Scheduling.create(admin, slug, "Internal planning");
        assertThat(accounts.browser().get("/c/" + slug + "/calendar.ics").getResponse().getStatus()).isEqualTo(404);
        assertThat(accounts.browser().get("/c/" + slug + "/calendar.ics?token=made-up").getResponse().getStatus())
                .isEqualTo(404);

        Member amina = accounts.member("Amina");
        Browser aminaWeb = accounts.signedIn(amina);
        accounts.jdbc().update("insert into membership (community_id, account_id, role, joined_at) "
                + "select id, ?, 'MEMBER', current_timestamp from community where slug = ?", amina.id(), slug);
        String path = privateAddress(aminaWeb, slug);
        assertThat(Browser.body(accounts.browser().get(path))).contains("Internal planning");
        String secret = path.substring(path.indexOf("token=") + 6);
        assertThat(accounts.jdbc().queryForObject("select count(*) from calendar_feed_token where token_hash = ?",
                Long.class, secret)).as("the secret is not stored as it is").isZero();

        String replaced = privateAddress(aminaWeb, slug);
        assertThat(accounts.browser().get(path).getResponse().getStatus()).as("the old address stops working").isEqualTo(404);
        assertThat(accounts.browser().get(replaced).getResponse().getStatus()).isEqualTo(200);

        aminaWeb.get("/c/" + slug);
        aminaWeb.post("/c/" + slug + "/leave");
        assertThat(accounts.browser().get(replaced).getResponse().getStatus()).as("a former member reads nothing")
                .isEqualTo(404);
    }

    @Test
    void personalFeedHasMyCommunitiesAndRegistrationsAndStopsWhenRevoked() throws InterruptedException {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String mine = CommunityFixtures.create(admin, "Mine " + System.nanoTime(), "SEMI_PRIVATE");
        String open = CommunityFixtures.create(admin, "Open " + System.nanoTime(), "OPEN");
        String elsewhere = CommunityFixtures.create(admin, "Elsewhere " + System.nanoTime(), "PRIVATE");
        Scheduling.create(admin, mine, "Mine monthly", "recurrence", "MONTHLY", "occurrences", "4");
        long registered = Scheduling.create(admin, open, "Open day");
        Scheduling.create(admin, open, "Open other day");
        Scheduling.create(admin, elsewhere, "Secret retreat");

        Member kofi = accounts.member("Kofi");
        Browser kofiWeb = accounts.signedIn(kofi);
        accounts.jdbc().update("insert into membership (community_id, account_id, role, joined_at) "
                + "select id, ?, 'MEMBER', current_timestamp from community where slug = ?", kofi.id(), mine);
        CommunityFixtures.join(kofiWeb, open);
        kofiWeb.get(Scheduling.page(open, registered));
        kofiWeb.post(Scheduling.page(open, registered) + "/register");
        kofiWeb.get("/c/" + open);
        kofiWeb.post("/c/" + open + "/leave");

        kofiWeb.get("/calendar/feed");
        kofiWeb.post("/calendar/feed");
        Matcher m = FEED.matcher(Browser.body(kofiWeb.get("/calendar/feed")));
        assertThat(m.find()).as("personal feed address shown").isTrue();
        String path = m.group(1);
        String ics = Browser.body(accounts.browser().get(path));
        for (int i = 0; i < 100 && ics.contains("Open day"); i++) {
            Thread.sleep(50);
            ics = Browser.body(accounts.browser().get(path));
        }
        Scheduling.parseValid(ics);
        assertThat(ics).contains("Mine monthly").contains("RRULE:FREQ=MONTHLY;COUNT=4")
                .as("leaving gave up the registration, and the community is no longer mine").doesNotContain("Open day")
                .doesNotContain("Open other day").doesNotContain("Secret retreat");

        // Joining a community brings its events to the same address at once.
        String group = CommunityFixtures.create(admin, "Registrations " + System.nanoTime(), "OPEN");
        long workshop = Scheduling.create(admin, group, "Registered workshop");
        CommunityFixtures.join(kofiWeb, group);
        kofiWeb.get(Scheduling.page(group, workshop));
        kofiWeb.post(Scheduling.page(group, workshop) + "/register");
        assertThat(Browser.body(accounts.browser().get(path))).contains("Registered workshop");

        kofiWeb.get("/calendar/feed");
        kofiWeb.post("/calendar/feed/revoke");
        assertThat(accounts.browser().get(path).getResponse().getStatus()).as("revoked").isEqualTo(404);
        assertThat(accounts.browser().get("/calendar/personal.ics").getResponse().getStatus()).as("no secret").isEqualTo(404);
        assertThat(accounts.browser().get("/calendar/feed").getResponse().getRedirectedUrl()).isEqualTo("/signin");
    }

    /** Makes (or replaces) the member's secret on the community's calendar and returns the private address. */
    private static String privateAddress(Browser member, String slug) {
        member.get("/c/" + slug + "/calendar");
        member.post("/c/" + slug + "/calendar/feed");
        Matcher m = FEED.matcher(Browser.body(member.get("/c/" + slug + "/calendar")));
        assertThat(m.find()).as("private feed address shown").isTrue();
        return m.group(1);
    }
}
