package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;

/** The member directory: search by name, institution, country and topic; only listed accounts. */
@PraxisIntegrationTest
class DirectoryIT {

    @Autowired TestAccounts accounts;

    @Test
    void membersAreFoundByNameInstitutionCountryAndTopic() {
        String tag = Long.toString(System.nanoTime(), 36);
        Member kenyan = accounts.member("Wanjiru" + tag);
        Member senegalese = accounts.member("Awa" + tag);
        accounts.signedIn(kenyan).submit("/profile", "/profile", "displayName", "Wanjiru " + tag,
                "institution", "Ministry " + tag, "country", "KE", "interests", "pensions-" + tag);
        accounts.signedIn(senegalese).submit("/profile", "/profile", "displayName", "Awa " + tag,
                "institution", "NGO " + tag, "country", "SN", "interests", "Cash-" + tag);
        Browser reader = accounts.signedIn(accounts.member("Reader"));

        assertThat(Browser.body(reader.get("/members?q=wanjiru " + tag))).contains("Wanjiru " + tag).doesNotContain("Awa " + tag);
        assertThat(Browser.body(reader.get("/members?q=" + tag + "&country=SN"))).contains("Awa " + tag).doesNotContain("Wanjiru " + tag);
        assertThat(Browser.body(reader.get("/members?topic=CASH-" + tag))).contains("Awa " + tag).doesNotContain("Wanjiru " + tag);
        Long ministry = accounts.jdbc().queryForObject("select institution_id from account where id = ?", Long.class, kenyan.id());
        assertThat(Browser.body(reader.get("/members?institution=" + ministry))).contains("Wanjiru " + tag).doesNotContain("Awa " + tag);
        assertThat(Browser.body(reader.get("/members?q=" + tag))).contains("2 members");
    }

    @Test
    void wildcardsInTheSearchAreTakenLiterally() {
        Browser reader = accounts.signedIn(accounts.member("Literal"));
        assertThat(Browser.body(reader.get("/members?q=%25%25%25_zz_no_such"))).contains("No members found");
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        Browser reader = accounts.signedIn(accounts.member("Htmx"));
        String fragment = Browser.body(reader.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/members").param("q", "Htmx").header("HX-Request", "true")));
        assertThat(fragment).contains("id=\"results\"").doesNotContain("<header");
    }

    @Test
    void unconfirmedAndSuspendedAccountsAreNotListed() {
        String tag = Long.toString(System.nanoTime(), 36);
        Member suspended = accounts.member("Gone" + tag);
        accounts.jdbc().update("update account set suspended_at = current_timestamp where id = ?", suspended.id());
        Member unconfirmed = accounts.member("Pending" + tag);
        accounts.jdbc().update("update account set email_verified_at = null where id = ?", unconfirmed.id());

        Browser reader = accounts.signedIn(accounts.member("Looker"));
        assertThat(Browser.body(reader.get("/members?q=" + tag))).contains("No members found");
        assertThat(reader.get("/members/" + suspended.id()).getResponse().getStatus()).isEqualTo(404);
        assertThat(reader.get("/members/" + unconfirmed.id()).getResponse().getStatus()).isEqualTo(404);

        Browser staff = accounts.signedIn(accounts.staff("Overseer"));
        assertThat(staff.get("/members/" + suspended.id()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void unknownMemberIsNotFound() {
        Browser reader = accounts.signedIn(accounts.member("Seeker"));
        assertThat(reader.get("/members/987654321").getResponse().getStatus()).isEqualTo(404);
        assertThat(reader.get("/members/not-a-number").getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void searchTextIsReflectedEscaped() {
        Browser reader = accounts.signedIn(accounts.member("Reflector"));
        String page = Browser.body(reader.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/members").param("q", "\"><script>alert(1)</script>").param("topic", "<b>")));
        assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("value=\"<b>")
                .contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        String staffPage = Browser.body(accounts.signedIn(accounts.staff("Reflecting")).perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/staff/accounts").param("q", "<script>x")));
        assertThat(staffPage).doesNotContain("<script>x").contains("&lt;script&gt;x");
    }

    @Test
    void headerSearchBoxSearchesMembers() {
        Browser reader = accounts.signedIn(accounts.member("Boxer"));
        assertThat(reader.get("/search?q=Boxer").getResponse().getRedirectedUrl()).isEqualTo("/members?q=Boxer");
    }
}
