package org.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.discussion.Discussing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * How many SQL statements the busiest pages send, counted through a proxy on the data source
 * (session, security, page and all). Each page has a budget, and a page's count does not grow
 * with what it shows: 5 comments or 50, 3 stream items or 40 (no query per item).
 * Counted on a page opened again, as most pages are.
 * When a change adds a statement on purpose, raise the budget here and say why in the commit.
 */
@PraxisIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryBudgetIT {

    @Autowired TestAccounts accounts;

    private String slug;
    private Browser admin;
    private Browser reader;
    private long shortThread;
    private long longThread;
    /** The statements of the page counted last, for failure messages. */
    private String last = "";

    @BeforeAll
    void aBusyOpenCommunity() {
        admin = accounts.signedIn(accounts.member("Budget Founder"));
        slug = CommunityFixtures.create(admin, "Query budget " + System.nanoTime(), "OPEN");
        reader = accounts.signedIn(CommunityFixtures.memberOf(accounts, admin, slug, "Budget Reader"));
        List<Browser> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Member writer = CommunityFixtures.memberOf(accounts, admin, slug, "Budget Writer " + i);
            writers.add(accounts.signedIn(writer));
        }
        shortThread = Discussing.start(admin, slug, "Five comments", "Short **thread**.");
        long first = 0;
        for (int i = 0; i < 5; i++) {
            long id = Discussing.comment(writers.get(i % 4), slug, shortThread, "Comment " + i, i == 4 ? first : null);
            first = i == 0 ? id : first;
        }
        longThread = Discussing.start(admin, slug, "Fifty comments", "Long *thread*.");
        List<Long> top = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            top.add(Discussing.comment(writers.get(i % 4), slug, longThread, "Comment " + i + " with a [link](https://example.org)", null));
        }
        long lastReply = top.get(0);
        for (int i = 0; i < 10; i++) {
            // Every other reply answers the previous reply, so the page shows quotes.
            Long to = i % 2 == 0 ? top.get(i / 2) : Long.valueOf(lastReply);
            lastReply = Discussing.comment(writers.get(i % 4), slug, longThread, "Reply " + i, to);
        }
        writers.get(0).post(Discussing.thread(slug, longThread) + "/react", "kind", "LIKE", "comment", String.valueOf(top.get(3)));
    }

    @Test
    void aDiscussionPageForAMemberSendsTheSameStatementsWithFiveCommentsOrFifty() {
        int fewer = statements(reader, Discussing.thread(slug, shortThread), "Comment 4");
        int more = statements(reader, Discussing.thread(slug, longThread), "Reply 9");

        assertThat(more).as(this::sent).isEqualTo(fewer).isLessThanOrEqualTo(Budget.DISCUSSION_PAGE_MEMBER);
    }

    @Test
    void aDiscussionPageForAVisitorSendsTheSameStatementsWithFiveCommentsOrFifty() {
        Browser visitor = accounts.browser();

        int fewer = statements(visitor, Discussing.thread(slug, shortThread), "Comment 4");
        int more = statements(visitor, Discussing.thread(slug, longThread), "Reply 9");

        assertThat(more).as(this::sent).isEqualTo(fewer).isLessThanOrEqualTo(Budget.DISCUSSION_PAGE_VISITOR);
    }

    @Test
    void theLastPageOfALongThreadStaysWithinTheBudget() {
        assertThat(statements(reader, Discussing.thread(slug, longThread) + "?before=" + Long.MAX_VALUE, "Reply 9"))
                .as(this::sent).isLessThanOrEqualTo(Budget.DISCUSSION_PAGE_MEMBER);
    }

    @Test
    void theCommunityHomeSendsTheSameStatementsWhateverItsStreamHolds() {
        Browser founder = accounts.signedIn(accounts.member("Budget Home Founder"));
        String home = CommunityFixtures.create(founder, "Home budget " + System.nanoTime(), "OPEN");
        long d = Discussing.start(founder, home, "First of many", "Hello.");
        Discussing.comment(founder, home, d, "A first comment", null);
        int fewer = statements(founder, "/c/" + home + "/home", "First of many");

        for (int i = 0; i < 6; i++) {
            long more = Discussing.start(founder, home, "Another " + i, "Text " + i);
            for (int j = 0; j < 5; j++) {
                Discussing.comment(founder, home, j % 2 == 0 ? more : d, "Comment " + i + "." + j, null);
            }
        }
        int more = statements(founder, "/c/" + home + "/home", "Another 5");

        assertThat(more).as(this::sent).isEqualTo(fewer).isLessThanOrEqualTo(Budget.COMMUNITY_HOME);
    }

    @Test
    void theDirectoryTheDiscussionListAndTheMembersHomeStayWithinTheirBudgets() {
        assertThat(statements(reader, "/communities", "Query budget")).as(this::sent).isLessThanOrEqualTo(Budget.DIRECTORY);
        assertThat(statements(accounts.browser(), "/communities", "Query budget")).as(this::sent)
                .isLessThanOrEqualTo(Budget.DIRECTORY);
        assertThat(statements(reader, "/c/" + slug + "/discussions", "Fifty comments")).as(this::sent)
                .isLessThanOrEqualTo(Budget.DISCUSSION_LIST);
        assertThat(statements(reader, "/", "Fifty comments")).as(this::sent).isLessThanOrEqualTo(Budget.MEMBER_HOME);
    }

    /**
     * Opens the page twice (which must show {@code expected}) and returns how many statements the
     * second time sent: the page as its readers mostly get it, with the session's CSRF token made
     * and the counts of members and discussions kept for a short while.
     */
    private int statements(Browser browser, String url, String expected) {
        browser.get(url);
        QueryCounter.Counted<MvcResult> page = QueryCounter.during(() -> browser.get(url));
        assertThat(page.result().getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(Browser.body(page.result())).as(url).contains(expected);
        System.out.printf("QUERY-BUDGET %s: %d statements%n", url, page.count());
        last = url + ":\n" + String.join("\n", page.statements());
        assertThat(page.count()).as("statements of %s:%n%s", url, String.join("\n", page.statements())).isPositive();
        return page.count();
    }

    private String sent() {
        return last;
    }

    /**
     * Statements per page, session and security included, measured then given one more: the
     * session is written back once a minute, and a member count kept for 30 s may have to be made
     * again. Each tab whose feature has a counter costs a statement on every page of a community
     * (Files, Pages and Calendar: one each; Files only for members).
     */
    private static final class Budget {
        static final int DISCUSSION_PAGE_MEMBER = 26;
        static final int DISCUSSION_PAGE_VISITOR = 17;
        static final int COMMUNITY_HOME = 29;
        static final int DIRECTORY = 18;
        static final int DISCUSSION_LIST = 21;
        static final int MEMBER_HOME = 12;
    }
}
