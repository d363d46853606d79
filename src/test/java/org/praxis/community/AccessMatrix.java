package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.test.web.servlet.MvcResult;

/** What the access-matrix tests share: reading their hand-written tables, and getting people in. */
final class AccessMatrix {

    private AccessMatrix() {
    }

    /**
     * Rows of a table whose columns are: privacy, status, actor, then Y/N cells, then the outcome
     * of pressing Join. Lines starting with # are comments.
     */
    static Stream<Arguments> rows(String table) {
        List<Arguments> rows = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            String[] c = line.strip().split("\\s+");
            rows.add(Arguments.of(c[0], c[1], c[2], c[3].equals("Y"), c[4].equals("Y"), c[5].equals("Y"),
                    c[6].equals("Y"), c[7]));
        }
        return rows.stream();
    }

    /** 200 is allowed; 403, 404 and a redirect to sign in are refusals. */
    static boolean allowed(MvcResult result) {
        int status = result.getResponse().getStatus();
        assertThat(status).as("an answer, not a failure").isIn(200, 302, 403, 404);
        return status == 200;
    }

    /** The admin invites the member by e-mail, and the member accepts from the e-mailed link. */
    static void inviteAndAccept(TestAccounts accounts, Mailbox mailbox, Browser adminWeb, String slug, Member member) {
        adminWeb.submit("/c/" + slug + "/manage/invitations", "/c/" + slug + "/manage/invitations",
                "addresses", member.email());
        String link = Mailbox.linkPath(mailbox.await(member.email(), "invites you to join"));
        Browser browser = accounts.signedIn(member);
        browser.get(link);
        browser.post(link + "/accept");
    }

    /**
     * The pages of one community as one actor: its page opens (else 404), the members tab,
     * the request queue and invitations (moderate), the settings (manage); a hidden one stays 404.
     */
    static void assertPages(Browser web, String base, boolean see, boolean read, boolean moderate, boolean manage) {
        assertThat(web.get(base).getResponse().getStatus()).as("landing page").isEqualTo(see ? 200 : 404);
        assertThat(allowed(web.get(base + "/members"))).as("members tab").isEqualTo(read);
        assertThat(allowed(web.get(base + "/manage/requests"))).as("request queue").isEqualTo(moderate);
        assertThat(allowed(web.get(base + "/manage/invitations"))).as("invitations").isEqualTo(moderate);
        assertThat(allowed(web.get(base + "/manage/settings"))).as("settings").isEqualTo(manage);
        if (!see) {
            assertThat(web.get(base + "/members").getResponse().getStatus()).as("hidden stays 404").isEqualTo(404);
        }
    }

    /** The same over the API, for an actor with a token. */
    static void assertApi(org.praxis.ApiClient api, String apiBase, boolean see, boolean read, boolean moderate) {
        assertThat(api.get(apiBase).status()).as("API landing").isEqualTo(see ? 200 : 404);
        assertThat(api.get(apiBase + "/members").status() == 200).as("API members").isEqualTo(read);
        assertThat(api.get(apiBase + "/requests").status() == 200).as("API request queue").isEqualTo(moderate);
    }

    /** What pressing Join does: JOINED, REQUESTED, REFUSED (403), HIDDEN (404), or - for nothing to try. */
    static void assertJoin(Browser web, String base, String join) {
        if (join.equals("-")) {
            return;
        }
        web.get("/");
        MvcResult result = web.post(base + "/join");
        switch (join) {
            case "JOINED" -> assertThat(Browser.body(web.get(base))).as("joined").contains("You are a member");
            case "REQUESTED" -> assertThat(Browser.body(web.get(base))).as("requested").contains("Your request to join is waiting");
            case "REFUSED" -> assertThat(result.getResponse().getStatus()).as("join refused").isEqualTo(403);
            case "HIDDEN" -> assertThat(result.getResponse().getStatus()).as("join of a hidden community").isEqualTo(404);
            default -> throw new IllegalArgumentException(join);
        }
    }
}
