package org.praxis.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.praxis.ApiClient;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the access-matrix tests share: reading their hand-written tables, building a community
 * (or a working group) with one person in each role, and the checks of its pages and API.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    /**
     * A community made for a matrix, with one person per role (by role name). For a working
     * group, {@code parent} is the slug of its parent community (null otherwise). The admin
     * founded it and is already signed in on {@code adminWeb}.
     */
    public record Cast(String slug, String name, String parent, Browser adminWeb, Map<String, Member> people) {

        /** A browser per person, the admin's own included, plus a visitor's. */
        public Map<String, Browser> browsers(TestAccounts accounts) {
            Map<String, Browser> browsers = new HashMap<>();
            browsers.put("visitor", accounts.browser());
            people.forEach((role, member) -> browsers.put(role, member.equals(people.get("admin")) ? adminWeb
                    : accounts.signedIn(member)));
            return browsers;
        }

        /** An API client with a token per person; visitors have none. */
        public Map<String, ApiClient> apis(TestAccounts accounts, int port) {
            Map<String, ApiClient> apis = new HashMap<>();
            people.forEach((role, member) -> apis.put(role, ApiClient.as(accounts, member, port)));
            return apis;
        }

        /** Archives the community (for a working group, its parent, which makes the group read-only). */
        public void archive() {
            String target = "/c/" + (parent == null ? slug : parent);
            adminWeb.get(target + "/manage/settings");
            adminWeb.post(target + "/manage/status", "status", "ARCHIVED");
        }
    }

    /**
     * An active community of the given privacy (OPEN_APPROVAL: open, with each join approved)
     * with an admin, staff, a user with no tie to it, and - unless {@code awaiting} staff
     * approval, when nobody can join yet - a member, a moderator, a banned user, an invitee,
     * and a requester where joining asks for approval.
     */
    public static Cast community(TestAccounts accounts, Mailbox mailbox, String privacy, boolean awaiting) {
        Member admin = accounts.member("Admin");
        Browser adminWeb = accounts.signedIn(admin);
        Member staff = accounts.staff("Staff");
        String name = "Matrix " + privacy + " " + System.nanoTime();
        String slug;
        if (awaiting) {
            Browser staffWeb = accounts.signedIn(staff);
            approvalOfNewCommunities(staffWeb, true);
            try {
                slug = create(adminWeb, name, privacy);
            } finally {
                approvalOfNewCommunities(staffWeb, false);
            }
        } else {
            slug = create(adminWeb, name, privacy);
        }
        String base = "/c/" + slug;

        Map<String, Member> people = new LinkedHashMap<>();
        people.put("admin", admin);
        people.put("staff", staff);
        people.put("user", accounts.member("User"));
        if (!awaiting) {
            // Nobody can join or be invited until staff approve a community, so these exist only once approved.
            for (String role : List.of("member", "moderator", "banned")) {
                Member m = accounts.member(role);
                people.put(role, m);
                // Everyone gets in by invitation, which works at every privacy level.
                inviteAndAccept(accounts, mailbox, adminWeb, slug, m);
            }
            adminWeb.get(base + "/members");
            adminWeb.post(base + "/manage/members/" + people.get("moderator").id() + "/role", "role", "MODERATOR");
            adminWeb.post(base + "/manage/members/" + people.get("banned").id() + "/ban", "reason", "Matrix");
            Member invitee = accounts.member("Invitee");
            people.put("invitee", invitee);
            adminWeb.submit(base + "/manage/invitations", base + "/manage/invitations", "addresses", invitee.email());
        }
        if (!awaiting && (privacy.equals("SEMI_PRIVATE") || privacy.equals("OPEN_APPROVAL"))) {
            Member requester = accounts.member("Requester");
            people.put("requester", requester);
            CommunityFixtures.join(accounts.signedIn(requester), slug, "message", "Let me in");
        }
        return new Cast(slug, name, null, adminWeb, people);
    }

    /**
     * A working group of the given privacy in a PUBLIC parent, named by each person's tie to the
     * group: "outsider" has none to the parent, "parentMember" and "parentAdmin" belong to the
     * parent only, the others are in the group (and so in the parent); "admin" founded the
     * parent and created the group. A requester asks to join where the group asks for approval.
     */
    public static Cast workingGroup(TestAccounts accounts, Mailbox mailbox, String privacy) {
        Member founder = accounts.member("Founder");
        Browser founderWeb = accounts.signedIn(founder);
        String parent = CommunityFixtures.create(founderWeb, "Parent " + privacy + " " + System.nanoTime(), "PUBLIC");

        Map<String, Member> people = new LinkedHashMap<>();
        people.put("admin", founder);
        people.put("outsider", accounts.member("Outsider"));
        people.put("staff", accounts.staff("Staff"));
        for (String tie : List.of("parentMember", "parentAdmin", "member", "moderator", "banned", "invitee", "requester")) {
            Member m = accounts.member(tie);
            people.put(tie, m);
            CommunityFixtures.join(accounts.signedIn(m), parent);
        }
        founderWeb.get("/c/" + parent + "/members");
        founderWeb.post("/c/" + parent + "/manage/members/" + people.get("parentAdmin").id() + "/role", "role", "ADMIN");

        String name = "Group " + privacy + " " + System.nanoTime();
        MvcResult created = founderWeb.submit("/c/" + parent + "/manage/groups", "/c/" + parent + "/manage/groups",
                "name", name, "shortDescription", "A working group", "privacy", privacy);
        String group = created.getResponse().getRedirectedUrl().substring(3);
        String base = "/c/" + group;
        for (String tie : List.of("member", "moderator", "banned")) {
            inviteAndAccept(accounts, mailbox, founderWeb, group, people.get(tie));
        }
        founderWeb.get(base + "/members");
        founderWeb.post(base + "/manage/members/" + people.get("moderator").id() + "/role", "role", "MODERATOR");
        founderWeb.post(base + "/manage/members/" + people.get("banned").id() + "/ban", "reason", "Matrix");
        founderWeb.submit(base + "/manage/invitations", base + "/manage/invitations", "addresses", people.get("invitee").email());
        if (privacy.equals("SEMI_PRIVATE")) {
            CommunityFixtures.join(accounts.signedIn(people.get("requester")), group, "message", "Let me in");
        }
        return new Cast(group, name, parent, founderWeb, people);
    }

    /** OPEN_APPROVAL is an open community whose admins switched on approval of each join. */
    private static String create(Browser founder, String name, String privacy) {
        return privacy.equals("OPEN_APPROVAL") ? CommunityFixtures.create(founder, name, "OPEN", "approval", "true")
                : CommunityFixtures.create(founder, name, privacy);
    }

    /** The platform setting staff change on their page; it is left off for every other test. */
    private static void approvalOfNewCommunities(Browser staff, boolean required) {
        staff.get("/staff/communities/pending");
        if (required) {
            staff.post("/staff/communities/approval-setting", "required", "true");
        } else {
            staff.post("/staff/communities/approval-setting");
        }
    }

    /** The cells of a hand-written table, a line at a time; blank lines and lines starting with # are left out. */
    public static List<String[]> lines(String table) {
        List<String[]> lines = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                lines.add(line.strip().split("\\s+"));
            }
        }
        return lines;
    }

    /**
     * Rows of a table whose columns are: privacy, status, actor, then Y/N cells, then the outcome
     * of pressing Join.
     */
    public static Stream<Arguments> rows(String table) {
        return lines(table).stream().map(c -> Arguments.of(c[0], c[1], c[2], c[3].equals("Y"), c[4].equals("Y"),
                c[5].equals("Y"), c[6].equals("Y"), c[7]));
    }

    /** 200 is allowed; 403, 404 and a redirect to sign in are refusals. */
    public static boolean allowed(MvcResult result) {
        int status = result.getResponse().getStatus();
        assertThat(status).as("an answer, not a failure").isIn(200, 302, 403, 404);
        return status == 200;
    }

    /** The admin invites the member by e-mail, and the member accepts from the e-mailed link. */
    public static void inviteAndAccept(TestAccounts accounts, Mailbox mailbox, Browser adminWeb, String slug, Member member) {
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
