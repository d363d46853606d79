package org.praxis.library;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.praxis.community.ReadChecks;
import org.praxis.library.internal.PageHead;
import org.praxis.library.internal.Pages;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.ReadableContent;
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
    private final ReadChecks checks;
    private final AccessPolicy policy;

    ReadablePages(Pages pages, ReadChecks checks, AccessPolicy policy) {
        this.pages = pages;
        this.checks = checks;
        this.policy = policy;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableBy(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<PageHead> found = pages.headsOf(Set.copyOf(ids));
        if (found.isEmpty()) {
            return Set.of();
        }
        // Pages link only to pages of their own community, so one set of nodes holds every tree.
        PageNodes trees = PageNodes.of(pages.treesOf(found.stream().map(PageHead::communityId).collect(java.util.stream.Collectors.toSet())));
        return checks.readable(actor, found, PageHead::id, PageHead::communityId,
                (p, c, r) -> policy.pages().canRead(actor, c, r, trees.membersOnly(p.id())));
    }
}
