package org.praxis.library;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.praxis.community.ReadChecks;
import org.praxis.library.internal.LibraryFile;
import org.praxis.library.internal.LibraryFiles;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.ReadableContent;
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
    private final ReadChecks checks;
    private final AccessPolicy policy;

    ReadableFiles(LibraryFiles files, ReadChecks checks, AccessPolicy policy) {
        this.files = files;
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
        List<LibraryFile> found = files.findByIdIn(Set.copyOf(ids)).stream().filter(f -> !f.isRemoved()).toList();
        return checks.readable(actor, found, LibraryFile::getId, LibraryFile::getCommunityId,
                (f, c, r) -> policy.files().canRead(actor, c, r));
    }
}
