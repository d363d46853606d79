package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** Topics: chosen from the staff list, filtered on, and "communities on the same topic" never leaks hidden ones. */
@PraxisIntegrationTest
class TopicsIT {

    @Autowired TestAccounts accounts;

    private long topic(String nameEn) {
        return accounts.jdbc().queryForObject("select id from topic where name_en = ?", Long.class, nameEn);
    }

    @Test
    void communitiesOnTheSameTopicShowOnlyWhatTheViewerMaySee() {
        String tag = Long.toString(System.nanoTime(), 36);
        String climate = String.valueOf(topic("Climate and resilience"));
        Browser founder = accounts.signedIn(accounts.member("Climate founder"));
        String visible = CommunityFixtures.create(founder, "Climate visible " + tag, "PUBLIC", "topicIds", climate);
        String hidden = CommunityFixtures.create(founder, "Climate secret " + tag, "PRIVATE_HIDDEN", "topicIds", climate);
        String third = CommunityFixtures.create(accounts.signedIn(accounts.member("Other founder")), "Climate third " + tag,
                "OPEN", "topicIds", climate, "topicIds", String.valueOf(topic("Financing")));

        Browser reader = accounts.signedIn(accounts.member("Reader"));
        String page = Browser.body(reader.get("/c/" + third));
        assertThat(page).contains("Climate and resilience").contains("Financing").contains("Communities on the same topic")
                .contains("/c/" + visible).doesNotContain("/c/" + hidden);
        assertThat(Browser.body(accounts.browser().get("/c/" + third))).doesNotContain("/c/" + hidden);
        assertThat(Browser.body(founder.get("/c/" + third))).contains("/c/" + hidden);

        String filtered = Browser.body(reader.get("/communities?topic=" + climate + "&q=" + tag));
        assertThat(filtered).contains("/c/" + visible).contains("/c/" + third).doesNotContain("/c/" + hidden);
        String french = Browser.body(accounts.browser().language("fr").get("/c/" + third));
        assertThat(french).contains("Climat et résilience");
    }

    @Test
    void unknownOrTooManyTopicsAreRefused() {
        Browser founder = accounts.signedIn(accounts.member("Topical"));
        String unknown = Browser.body(founder.submit("/communities/new", "/communities/new", "name", "Topic test",
                "shortDescription", "x", "privacy", "PUBLIC", "topicIds", "987654"));
        assertThat(unknown).contains("Please choose topics from the list");
        String many = Browser.body(founder.submit("/communities/new", "/communities/new", "name", "Topic test",
                "shortDescription", "x", "privacy", "PUBLIC",
                "topicIds", String.valueOf(topic("Gender")), "topicIds", String.valueOf(topic("Education")),
                "topicIds", String.valueOf(topic("Financing")), "topicIds", String.valueOf(topic("Health coverage")),
                "topicIds", String.valueOf(topic("Cash transfers")), "topicIds", String.valueOf(topic("Digital delivery"))));
        assertThat(many).contains("Please choose at most 5");
        assertThat(accounts.jdbc().queryForObject("select count(*) from community where name = 'Topic test'", Integer.class))
                .isZero();
    }

    @Test
    void staffKeepTheTopicListOthersCannot() {
        Browser staff = accounts.signedIn(accounts.staff("Librarian"));
        String name = "Urban poverty " + System.nanoTime();
        staff.submit("/staff/topics", "/staff/topics", "nameEn", name, "nameFr", "Pauvreté urbaine");
        assertThat(Browser.body(staff.get("/staff/topics"))).contains(name).contains("Pauvreté urbaine");
        String missing = Browser.body(staff.submit("/staff/topics", "/staff/topics", "nameEn", "Only English", "nameFr", ""));
        assertThat(missing).contains("Please fill in this field");

        Browser member = accounts.signedIn(accounts.member("Curious"));
        assertThat(member.get("/staff/topics").getResponse().getStatus()).isEqualTo(403);
        member.get("/");
        long id = accounts.jdbc().queryForObject("select id from topic where name_en = ?", Long.class, name);
        assertThat(member.post("/staff/topics/" + id + "/remove").getResponse().getStatus()).isEqualTo(403);

        staff.get("/staff/topics");
        staff.post("/staff/topics/" + id + "/remove");
        assertThat(Browser.body(staff.get("/staff/topics"))).doesNotContain(name);
    }
}
