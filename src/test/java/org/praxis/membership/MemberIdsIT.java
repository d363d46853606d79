package org.praxis.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.QueryCounter;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.account.AccountLookup;
import org.praxis.account.Contact;
import org.praxis.community.CommunityFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The reads notifications need about people: a community's members and moderators, and how to reach accounts. */
@PraxisIntegrationTest
class MemberIdsIT {

    @Autowired TestAccounts accounts;
    @Autowired CommunityMembership membership;
    @Autowired AccountLookup lookup;

    @Test
    void membersAndModeratorsOfACommunityInOneQueryEach() {
        Member admin = accounts.member("Admin");
        Browser web = accounts.signedIn(admin);
        String slug = CommunityFixtures.create(web, "People " + System.nanoTime(), "PUBLIC");
        long id = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);
        Member moderator = CommunityFixtures.memberOf(accounts, web, slug, "Moderator");
        Member member = CommunityFixtures.memberOf(accounts, web, slug, "Member");
        Member leaver = CommunityFixtures.memberOf(accounts, web, slug, "Leaver");
        web.get("/c/" + slug + "/members");
        web.post("/c/" + slug + "/manage/members/" + moderator.id() + "/role", "role", "MODERATOR");
        web.post("/c/" + slug + "/manage/members/" + leaver.id() + "/remove");

        var members = QueryCounter.during(() -> membership.memberIds(id));
        assertThat(members.result()).containsExactlyInAnyOrder(admin.id(), moderator.id(), member.id());
        assertThat(members.count()).isEqualTo(1);
        var moderators = QueryCounter.during(() -> membership.moderatorIds(id));
        assertThat(moderators.result()).containsExactlyInAnyOrder(admin.id(), moderator.id());
        assertThat(moderators.count()).isEqualTo(1);
    }

    @Test
    void contactsSayWhoMayBeWrittenTo() {
        Member active = accounts.member("Active");
        Member suspended = accounts.member("Suspended");
        Member unconfirmed = accounts.member("Unconfirmed");
        accounts.jdbc().update("update account set suspended_at = current_timestamp where id = ?", suspended.id());
        accounts.jdbc().update("update account set email_verified_at = null where id = ?", unconfirmed.id());
        accounts.jdbc().update("update account set preferred_language = 'fr' where id = ?", active.id());

        var counted = QueryCounter.during(() -> lookup.contacts(List.of(active.id(), suspended.id(), unconfirmed.id(),
                Long.MAX_VALUE - 5)));
        Map<Long, Contact> contacts = counted.result();
        assertThat(counted.count()).isEqualTo(1);
        assertThat(contacts).hasSize(3);
        assertThat(contacts.get(active.id())).isEqualTo(new Contact(active.id(), active.email(), "fr",
                active.displayName(), true));
        assertThat(contacts.get(suspended.id()).active()).isFalse();
        assertThat(contacts.get(unconfirmed.id()).active()).isFalse();
        assertThat(contacts.get(unconfirmed.id()).language()).isEqualTo("en");
    }
}
