package org.praxis.discussion;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.praxis.account.MemberCard;
import org.praxis.account.MemberDirectory;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code @name} mentions. Suggestions while typing offer only members of the community, to
 * authors who may see its members list; choosing one writes {@code [@Name](/members/ID)} into
 * the text, which reads as a link to the profile. Only members of the community count as
 * mentioned.
 */
@Service
public class Mentions {

    public static final int SUGGESTIONS = 8;
    /** How many name matches are narrowed to the community's members. */
    private static final int NAME_MATCHES = 200;
    private static final Pattern MENTION = Pattern.compile("\\[@[^\\]\\n]{1,80}\\]\\(/members/(\\d{1,18})\\)");

    private final MemberDirectory directory;
    private final CommunityMembership membership;
    private final AccessPolicy policy;

    Mentions(MemberDirectory directory, CommunityMembership membership, AccessPolicy policy) {
        this.directory = directory;
        this.membership = membership;
        this.policy = policy;
    }

    /** A person to suggest: their id, name and picture. */
    public record Candidate(long id, String displayName, String avatarUrl) {
    }

    /** Members whose name contains what was typed after the @, for someone who may post here. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(Actor actor, CommunityFacts community, String typed) {
        Relation relation = membership.relation(actor, community);
        if (!policy.discussions().canSuggestMembers(actor, community, relation)) {
            throw new NotAllowedException("suggest members");
        }
        String text = Text.line(typed);
        if (text == null || text.length() > 60) {
            return List.of();
        }
        List<MemberCard> named = directory.namedLike(text, NAME_MATCHES);
        Set<Long> members = membership.memberIdsAmong(community.id(), named.stream().map(MemberCard::id).toList());
        return named.stream().filter(c -> members.contains(c.id())).limit(SUGGESTIONS)
                .map(c -> new Candidate(c.id(), c.displayName(), c.avatarUrl())).toList();
    }

    /** The members of the community a text mentions (others named in it are ignored). */
    Set<Long> mentionedIn(CommunityFacts community, String text) {
        Set<Long> named = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text == null ? "" : text);
        while (m.find()) {
            named.add(Long.parseLong(m.group(1)));
        }
        if (named.isEmpty()) {
            return Set.of();
        }
        Set<Long> members = membership.memberIdsAmong(community.id(), named);
        named.retainAll(members);
        return named;
    }
}
