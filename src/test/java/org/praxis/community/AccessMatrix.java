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
}
