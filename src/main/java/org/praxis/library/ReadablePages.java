package org.praxis.library;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.community.CommunityCatalog;
import org.praxis.library.internal.PageHead;
import org.praxis.library.internal.Pages;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.ReadableContent;
import org.praxis.policy.Relation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which community pages an actor may read now, for notifications and digests: the page's own
 * decision (the community's content rule, and members-only when the page or one above it is
 * flagged), taken for many pages in a few queries. Deleted pages are gone, so left out.
 */
@Component
class ReadablePages implements ReadableContent {

    static final String TYPE = "PAGE";

    private final Pages pages;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final AccessPolicy policy;

    ReadablePages(Pages pages, CommunityCatalog catalog, CommunityMembership membership, AccessPolicy policy) {
        this.pages = pages;
        this.catalog = catalog;
        this.membership = membership;
        this.policy = policy;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableBy(Actor actor, Collection<Long> ids) {
        Set<Long> readable = new HashSet<>();
        if (ids.isEmpty()) {
            return readable;
        }
        List<PageHead> found = pages.headsOf(Set.copyOf(ids));
        if (found.isEmpty()) {
            return readable;
        }
        Set<Long> communityIds = new HashSet<>();
        found.forEach(p -> communityIds.add(p.communityId()));
        Map<Long, CommunityFacts> facts = catalog.factsOf(communityIds);
        Map<Long, Relation> relations = membership.relationsTo(actor, facts.values());
        // Pages link only to pages of their own community, so one set of nodes holds every tree.
        PageNodes trees = PageNodes.of(pages.treesOf(communityIds));
        for (PageHead p : found) {
            CommunityFacts c = facts.get(p.communityId());
            if (c != null && policy.pages().canRead(actor, c, relations.get(c.id()), trees.membersOnly(p.id()))) {
                readable.add(p.id());
            }
        }
        return readable;
    }
}
