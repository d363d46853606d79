package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.praxis.Browser;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.test.web.servlet.MvcResult;

/** Communities made through the web form, as their founders would. */
public final class CommunityFixtures {

    private CommunityFixtures() {
    }

    /** Creates a community as the founder; returns its slug. */
    public static String create(Browser founder, String name, String privacy, String... extra) {
        String[] fields = new String[6 + extra.length];
        fields[0] = "name";
        fields[1] = name;
        fields[2] = "shortDescription";
        fields[3] = "A place for " + name;
        fields[4] = "privacy";
        fields[5] = privacy;
        System.arraycopy(extra, 0, fields, 6, extra.length);
        MvcResult result = founder.submit("/communities/new", "/communities/new", fields);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("creation of %s", name).startsWith("/c/");
        return location.substring(3);
    }

    public static void join(Browser browser, String slug, String... fields) {
        browser.get("/c/" + slug);
        browser.post("/c/" + slug + "/join", fields);
    }

    public static Member memberOf(TestAccounts accounts, Browser founder, String slug, String name) {
        Member member = accounts.member(name);
        Browser browser = accounts.signedIn(member);
        join(browser, slug);
        return member;
    }
}
