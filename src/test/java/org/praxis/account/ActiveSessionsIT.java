package org.praxis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The member's list of signed-in sessions: what it shows, ending one, and signing out everywhere else. */
@PraxisIntegrationTest
class ActiveSessionsIT {

    private static final Pattern END_ACTION = Pattern.compile("action=\"/account/sessions/([0-9a-f]{32})/end\"");

    @Autowired TestAccounts accounts;

    @Test
    void memberSeesBothSessionsAndEndingTheOtherMakesItAnonymous() {
        Member member = accounts.member("Traveller");
        Browser laptop = accounts.signedIn(member);
        Browser phone = accounts.signedIn(member);

        String list = Browser.body(laptop.get("/account/sessions"));
        assertThat(list).contains(laptop.address()).contains(phone.address());
        assertThat(count(list, "This session")).isEqualTo(1);
        List<String> others = endHandles(list);
        assertThat(others).as("every session but this one can be ended").hasSize(1);

        MvcResult ended = laptop.post("/account/sessions/" + others.get(0) + "/end");
        assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/account/sessions");
        assertThat(phone.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(Browser.body(phone.get("/"))).contains("href=\"/signin\"");

        String after = Browser.body(laptop.get("/account/sessions"));
        assertThat(after).contains("That session is signed out.").contains(laptop.address()).doesNotContain(phone.address());
        assertThat(endHandles(after)).isEmpty();
        assertThat(Browser.body(laptop.get("/account/sessions?lang=fr"))).contains("Cette session");
    }

    @Test
    void signingOutEverywhereElseKeepsThisSession() {
        Member member = accounts.member("Tidy");
        Browser here = accounts.signedIn(member);
        Browser office = accounts.signedIn(member);
        Browser library = accounts.signedIn(member);

        here.get("/account/sessions");
        assertThat(here.post("/account/sessions/end-others").getResponse().getRedirectedUrl()).isEqualTo("/account/sessions");
        assertThat(Browser.body(here.get("/account/sessions"))).contains("You were signed out everywhere else (2 sessions).");
        assertThat(office.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(library.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(here.get("/profile").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anotherMemberCannotEndMySession() {
        Member me = accounts.member("Owner");
        Browser mine = accounts.signedIn(me);
        Browser mySecond = accounts.signedIn(me);
        String handle = endHandles(Browser.body(mine.get("/account/sessions"))).get(0);

        Member stranger = accounts.member("Stranger");
        Browser theirs = accounts.signedIn(stranger);
        theirs.get("/account/sessions");
        assertThat(theirs.post("/account/sessions/" + handle + "/end").getResponse().getStatus()).isEqualTo(404);
        assertThat(theirs.post("/account/sessions/" + "x".repeat(5000) + "/end").getResponse().getStatus()).isEqualTo(404);
        assertThat(mySecond.get("/profile").getResponse().getStatus()).isEqualTo(200);
        assertThat(Browser.body(theirs.get("/account/sessions"))).doesNotContain(mine.address());
    }

    @Test
    void visitorIsSentToSignIn() {
        Browser visitor = accounts.browser();
        assertThat(visitor.get("/account/sessions").getResponse().getRedirectedUrl()).endsWith("/signin");
        visitor.get("/signin");
        assertThat(visitor.post("/account/sessions/end-others").getResponse().getRedirectedUrl()).endsWith("/signin");
    }

    @Test
    void changingThePasswordSignsTheOtherSessionsOut() {
        Member member = accounts.member("Rotating");
        Browser here = accounts.signedIn(member);
        Browser elsewhere = accounts.signedIn(member);
        here.submit("/account/password", "/account/password", "currentPassword", member.password(),
                "newPassword", "a fresh and long passphrase");
        assertThat(elsewhere.get("/profile").getResponse().getRedirectedUrl()).endsWith("/signin");
        assertThat(endHandles(Browser.body(here.get("/account/sessions")))).isEmpty();
    }

    private static List<String> endHandles(String page) {
        List<String> handles = new ArrayList<>();
        Matcher m = END_ACTION.matcher(page);
        while (m.find()) {
            handles.add(m.group(1));
        }
        return handles;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
