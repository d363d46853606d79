package org.praxis.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.QueryCounter;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.AccessMatrix;
import org.praxis.community.CommunityFixtures;

/**
 * What the tests of {@link ReadableContent} share: a community (or a hidden working group) with
 * one person per tie to it, a member who was removed among them; the actor each person is; the
 * SPI bean of a type; and the checks that the set answered is the one the table expects, agrees
 * with the pages (the single-object check), and costs the same few queries for one id or many.
 */
public final class ReadableContentCheck {

    private ReadableContentCheck() {
    }

    /** A cast as {@link AccessMatrix} makes it, plus "removed": a member the admin removed. */
    public static AccessMatrix.Cast cast(TestAccounts accounts, Mailbox mailbox, String privacy) {
        boolean group = privacy.startsWith("GROUP_");
        AccessMatrix.Cast cast = group ? AccessMatrix.workingGroup(accounts, mailbox, privacy.substring(6))
                : AccessMatrix.community(accounts, mailbox, privacy, false);
        Member removed = accounts.member("Removed");
        if (group) {
            CommunityFixtures.join(accounts.signedIn(removed), cast.parent());
        }
        AccessMatrix.inviteAndAccept(accounts, mailbox, cast.adminWeb(), cast.slug(), removed);
        cast.adminWeb().get("/c/" + cast.slug() + "/members");
        cast.adminWeb().post("/c/" + cast.slug() + "/manage/members/" + removed.id() + "/remove");
        Map<String, Member> people = new LinkedHashMap<>(cast.people());
        people.put("removed", removed);
        return new AccessMatrix.Cast(cast.slug(), cast.name(), cast.parent(), cast.adminWeb(), people);
    }

    /** The actor a person of the cast is: visitor, staff, or a signed-in account. */
    public static Actor actor(AccessMatrix.Cast cast, String role) {
        if (role.equals("visitor")) {
            return Actor.visitor();
        }
        Member m = cast.people().get(role);
        assertThat(m).as("a %s in the cast", role).isNotNull();
        return role.equals("staff") ? Actor.staff(m.id()) : Actor.member(m.id());
    }

    public static ReadableContent ofType(Collection<ReadableContent> all, String type) {
        List<ReadableContent> found = all.stream().filter(r -> r.type().equals(type)).toList();
        assertThat(found).as("one ReadableContent bean for %s", type).hasSize(1);
        return found.get(0);
    }

    /**
     * The table's expectation: of {@code items} (name to id), those marked Y in {@code cells}
     * (same order) are answered, and nothing else (an unknown id included).
     */
    public static void assertReadable(ReadableContent spi, Actor actor, Map<String, Long> items, List<Boolean> cells,
                                      String row) {
        List<Long> asked = new ArrayList<>(items.values());
        asked.add(Long.MAX_VALUE - 7);
        Set<Long> expected = new TreeSet<>();
        List<String> names = new ArrayList<>(items.keySet());
        for (int i = 0; i < names.size(); i++) {
            if (cells.get(i)) {
                expected.add(items.get(names.get(i)));
            }
        }
        assertThat(new TreeSet<>(spi.readableBy(actor, asked))).as("%s readable %s of %s", row, spi.type(), items)
                .isEqualTo(expected);
    }

    /**
     * The set agrees with what the pages let the person open ({@code paths}: id to page address,
     * 200 meaning readable), item by item.
     */
    public static void assertAgreesWithPages(ReadableContent spi, Actor actor, Browser web, Map<Long, String> paths,
                                             String row) {
        Set<Long> readable = spi.readableBy(actor, paths.keySet());
        paths.forEach((id, path) -> assertThat(web.get(path).getResponse().getStatus() == 200)
                .as("%s: page %s opens exactly when the %s is readable", row, path, spi.type())
                .isEqualTo(readable.contains(id)));
    }

    /** A batch costs the same queries for many ids as for one: no query per id. */
    public static void assertBatched(ReadableContent spi, Actor actor, Collection<Long> many) {
        int one = QueryCounter.during(() -> spi.readableBy(actor, List.of(many.iterator().next()))).count();
        int all = QueryCounter.during(() -> spi.readableBy(actor, many)).count();
        assertThat(all).as("queries for %d %s ids (one id: %d)", many.size(), spi.type(), one).isLessThanOrEqualTo(one)
                .isLessThanOrEqualTo(10);
    }
}
