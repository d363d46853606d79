package org.praxis.library;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.praxis.community.CommunityCatalog;
import org.praxis.library.internal.LibraryFile;
import org.praxis.library.internal.LibraryFiles;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.ReadableContent;
import org.praxis.policy.Relation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which files an actor may read now (members only, in every privacy; removed files for nobody),
 * for notifications and digests: the file page's decision, taken for many files in a few queries.
 */
@Component
class ReadableFiles implements ReadableContent {

    static final String TYPE = "FILE";

    private final LibraryFiles files;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final AccessPolicy policy;

    ReadableFiles(LibraryFiles files, CommunityCatalog catalog, CommunityMembership membership, AccessPolicy policy) {
        this.files = files;
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
        List<LibraryFile> found = files.findByIdIn(Set.copyOf(ids)).stream().filter(f -> !f.isRemoved()).toList();
        Set<Long> communityIds = new HashSet<>();
        found.forEach(f -> communityIds.add(f.getCommunityId()));
        Map<Long, CommunityFacts> facts = catalog.factsOf(communityIds);
        Map<Long, Relation> relations = membership.relationsTo(actor, facts.values());
        for (LibraryFile f : found) {
            CommunityFacts c = facts.get(f.getCommunityId());
            if (c != null && policy.files().canRead(actor, c, relations.get(c.id()))) {
                readable.add(f.getId());
            }
        }
        return readable;
    }
}
