package org.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** @mentions: suggestions only of members the author may see, and only members count as mentioned. */
@PraxisIntegrationTest
@RecordApplicationEvents
class MentionIT {

    @Autowired TestAccounts accounts;
    @Autowired ApplicationEvents events;

    @Test
    void suggestionsOfferOnlyMembersOfTheCommunity() {
        String unique = "Zephyrine" + System.nanoTime() % 100000;
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Mentions " + System.nanoTime(), "PUBLIC");
        Member inside = accounts.member(unique + " Inside");
        CommunityFixtures.join(accounts.signedIn(inside), slug);
        accounts.member(unique + " Outside");

        String found = Browser.body(admin.get("/c/" + slug + "/mention-candidates?q=" + unique.toLowerCase()));
        assertThat(found).contains(unique + " Inside").doesNotContain(unique + " Outside");

        assertThat(accounts.signedIn(accounts.member("Stranger")).get("/c/" + slug + "/mention-candidates?q=" + unique)
                .getResponse().getStatus()).as("a non-member may not list members").isEqualTo(403);
        assertThat(accounts.browser().get("/c/" + slug + "/mention-candidates?q=" + unique).getResponse().getStatus())
                .as("a visitor is sent to sign in").isEqualTo(302);
        String hidden = CommunityFixtures.create(admin, "Hidden mentions " + System.nanoTime(), "PRIVATE_HIDDEN");
        assertThat(accounts.signedIn(accounts.member("Stranger")).get("/c/" + hidden + "/mention-candidates?q=a")
                .getResponse().getStatus()).as("a hidden community stays unknown").isEqualTo(404);
    }

    @Test
    void mentioningAMemberLinksTheirProfileAndTellsThem() {
        Browser admin = accounts.signedIn(accounts.member("Admin"));
        String slug = CommunityFixtures.create(admin, "Mention tells " + System.nanoTime(), "PUBLIC");
        Member amina = accounts.member("Amina");
        CommunityFixtures.join(accounts.signedIn(amina), slug);
        Member outsider = accounts.member("Outsider");
        long id = Discussing.start(admin, slug, "Who knows?", "Question");
        events.clear();

        Discussing.comment(admin, slug, id, "[@" + amina.displayName() + "](/members/" + amina.id() + ") and [@"
                + outsider.displayName() + "](/members/" + outsider.id() + "), what do you think?", null);

        assertThat(events.stream(DiscussionEvents.Mentioned.class).map(DiscussionEvents.Mentioned::accountId))
                .containsExactly(amina.id());
        String page = Browser.body(admin.get(Discussing.thread(slug, id)));
        assertThat(page).contains("href=\"/members/" + amina.id() + "\"").contains("&#64;" + amina.displayName() + "</a>");
    }
}
