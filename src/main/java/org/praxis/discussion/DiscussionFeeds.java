package org.praxis.discussion;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.discussion.internal.Discussion;
import org.praxis.discussion.internal.Discussions;
import org.praxis.discussion.internal.FeedToken;
import org.praxis.discussion.internal.FeedTokens;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.Markdown;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.Secrets;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Atom feeds of a community's discussions and announcements. Anyone may follow an open
 * community's public discussions; members follow what they may read through a private address
 * that carries a secret of theirs, which they can replace at any time (the old one stops
 * working). The feed is decided when it is read, as the member's own page would be.
 */
@Service
public class DiscussionFeeds {

    public static final int ENTRIES = 30;

    private final Discussions discussions;
    private final FeedTokens tokens;
    private final PostRules posts;
    private final MemberDirectory directory;
    private final Clock clock;

    DiscussionFeeds(Discussions discussions, FeedTokens tokens, PostRules posts, MemberDirectory directory, Clock clock) {
        this.discussions = discussions;
        this.tokens = tokens;
        this.posts = posts;
        this.directory = directory;
        this.clock = clock;
    }

    /** A new secret for the member's private feed addresses, replacing (revoking) the previous one. Shown once. */
    @Transactional
    public String newSecret(Actor actor) {
        if (!actor.signedIn()) {
            throw new NotAllowedException("private feed");
        }
        String secret = Secrets.newSecret();
        Optional<FeedToken> existing = tokens.findById(actor.accountId());
        if (existing.isPresent()) {
            existing.get().replace(Secrets.sha256(secret), clock.instant());
        } else {
            tokens.save(new FeedToken(actor.accountId(), Secrets.sha256(secret), clock.instant()));
        }
        return secret;
    }

    /** Who reads a feed: a visitor without a secret, the secret's member with one; an unknown secret is 404. */
    @Transactional(readOnly = true)
    public Actor reader(String secret) {
        if (secret == null || secret.isBlank()) {
            return Actor.visitor();
        }
        return tokens.findByTokenHash(Secrets.sha256(secret)).map(t -> Actor.member(t.getAccountId()))
                .orElseThrow(() -> new NotFoundException("feed"));
    }

    /** The newest discussions and announcements the reader may read; 404 for a community whose content they may not. */
    @Transactional(readOnly = true)
    public List<FeedEntry> entries(Actor reader, CommunityFacts community) {
        Relation relation = posts.relation(reader, community);
        if (!posts.rules().canRead(reader, community, relation, false)) {
            throw new NotFoundException("feed");
        }
        List<Discussion> found = discussions.newest(community.id(), posts.rules().seesMembersOnly(reader, relation),
                PageRequest.of(0, ENTRIES));
        Map<Long, MemberName> cards = directory.names(found.stream().map(Discussion::getAuthorId).distinct().toList());
        return found.stream().map(d -> new FeedEntry(d.getId(), d.getKind(), d.getTitle(),
                cards.containsKey(d.getAuthorId()) ? cards.get(d.getAuthorId()).displayName() : null,
                d.getCreatedAt(), d.getEditedAt() != null && d.getEditedAt().isAfter(d.getLastActivityAt())
                        ? d.getEditedAt() : d.getLastActivityAt(),
                Markdown.toSafeHtml(d.getBody()))).toList();
    }
}
