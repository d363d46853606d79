package org.praxis.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.Mailbox;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.AccessMatrix;
import org.praxis.discussion.Discussing;
import org.praxis.shared.mail.MailFolder.StoredMail;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Daily digests group what happened by community and hold only what the reader may read when
 * the digest is made: removed or banned members get nothing about the community, a hidden
 * working group appears only to its members, removed content to nobody.
 */
@PraxisIntegrationTest
class DigestIT {

    @Autowired TestAccounts accounts;
    @Autowired Mailbox mailbox;
    @Autowired Digests digests;

    private long notifications(Member m, String title) {
        return accounts.jdbc().queryForObject("select count(*) from notification where recipient_id = ? and title = ?",
                Long.class, m.id(), title);
    }

    @Test
    void aDigestHoldsOnlyWhatTheReaderMayReadWhenItIsMade() {
        AccessMatrix.Cast cast = AccessMatrix.workingGroup(accounts, mailbox, "PRIVATE_HIDDEN");
        Browser founder = cast.adminWeb();
        String tag = Long.toString(System.nanoTime(), 36);
        String open = "Open question " + tag;
        String inGroup = "Group-only plan " + tag;
        String removed = "Withdrawn idea " + tag;
        Member member = cast.people().get("member");          // in the parent and the hidden group
        Member parentOnly = cast.people().get("parentMember"); // in the parent only
        Member leaving = cast.people().get("requester");       // removed from the parent before the digest
        Member banned = cast.people().get("invitee");          // banned from the parent before the digest

        Discussing.start(founder, cast.parent(), open, "What do you think?");
        long groupDiscussion = Discussing.start(founder, cast.slug(), inGroup, "Members of the group only");
        long withdrawn = Discussing.start(founder, cast.parent(), removed, "Second thoughts");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notifications(member, inGroup) == 1
                && notifications(banned, removed) == 1 && notifications(leaving, open) == 1);
        assertThat(notifications(parentOnly, inGroup)).as("news of a hidden group go to its members only").isZero();

        // As if parentMember had been in the group when it was told and left without the row going:
        // the digest asks again and leaves it out.
        accounts.jdbc().update("insert into notification (recipient_id, kind, community_id, subject_type, subject_id, actor_id, title, "
                        + "link, dedupe_key, created_at, email_plan) select ?, kind, community_id, subject_type, subject_id, actor_id, title, "
                        + "link, dedupe_key, created_at, email_plan from notification where recipient_id = ? and subject_id = ? and subject_type = 'DISCUSSION'",
                parentOnly.id(), member.id(), groupDiscussion);

        founder.post(Discussing.thread(cast.parent(), withdrawn) + "/remove");
        founder.get("/c/" + cast.parent() + "/members");
        founder.post("/c/" + cast.parent() + "/manage/members/" + leaving.id() + "/remove");
        founder.post("/c/" + cast.parent() + "/manage/members/" + banned.id() + "/ban", "reason", "Digest test");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notifications(leaving, open) == 0);

        digests.send(Delivery.DAILY, Instant.now().plusSeconds(1));

        StoredMail digest = mailbox.await(member.email(), "Your daily digest");
        assertThat(digest.text()).contains(open).contains(inGroup).doesNotContain(removed)
                .contains("== " + cast.name() + " ==");
        assertThat(digest.listUnsubscribe()).contains("k=DIGEST");
        assertThat(digest.html()).contains(open).contains(inGroup);

        StoredMail parentDigest = mailbox.await(parentOnly.email(), "Your daily digest");
        assertThat(parentDigest.text()).contains(open).doesNotContain(inGroup).doesNotContain(removed);

        assertThat(mailbox.latest(leaving.email(), "digest")).as("a removed member is told nothing").isNull();
        assertThat(mailbox.latest(banned.email(), "digest")).as("a banned member is told nothing").isNull();

        long before = mailbox.count(member.email());
        digests.send(Delivery.DAILY, Instant.now().plusSeconds(2));
        assertThat(mailbox.count(member.email())).as("what was in a digest is not sent again").isEqualTo(before);
    }
}
