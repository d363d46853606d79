package org.praxis.library;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.library.internal.LibraryFile;
import org.praxis.library.internal.LibraryFiles;
import org.praxis.library.internal.PageHead;
import org.praxis.library.internal.Pages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Titles and addresses of files and pages by id, for notification texts and digests. No access
 * check here: the sender asks the "FILE" or "PAGE" {@link org.praxis.policy.ReadableContent}
 * about each reader first. Removed files and deleted pages are left out.
 */
@Service
public class LibraryItems {

    private final LibraryFiles files;
    private final Pages pages;
    private final CommunityCatalog catalog;

    LibraryItems(LibraryFiles files, Pages pages, CommunityCatalog catalog) {
        this.files = files;
        this.pages = pages;
        this.catalog = catalog;
    }

    /** Files by id (two queries). */
    @Transactional(readOnly = true)
    public Map<Long, LibraryItem> files(Collection<Long> fileIds) {
        Map<Long, LibraryItem> items = new HashMap<>();
        if (fileIds.isEmpty()) {
            return items;
        }
        var found = files.findByIdIn(Set.copyOf(fileIds)).stream().filter(f -> !f.isRemoved()).toList();
        Set<Long> communityIds = new HashSet<>();
        found.forEach(f -> communityIds.add(f.getCommunityId()));
        Map<Long, CommunityRef> refs = catalog.refs(communityIds);
        for (LibraryFile f : found) {
            CommunityRef c = refs.get(f.getCommunityId());
            if (c != null) {
                items.put(f.getId(), new LibraryItem(f.getId(), c.id(), c.slug(), f.getTitle(),
                        "/c/" + c.slug() + "/files/" + f.getId(), f.getUploaderId()));
            }
        }
        return items;
    }

    /** Pages by id (two queries). */
    @Transactional(readOnly = true)
    public Map<Long, LibraryItem> pages(Collection<Long> pageIds) {
        Map<Long, LibraryItem> items = new HashMap<>();
        if (pageIds.isEmpty()) {
            return items;
        }
        var found = pages.headsOf(Set.copyOf(pageIds));
        Set<Long> communityIds = new HashSet<>();
        found.forEach(p -> communityIds.add(p.communityId()));
        Map<Long, CommunityRef> refs = catalog.refs(communityIds);
        for (PageHead p : found) {
            CommunityRef c = refs.get(p.communityId());
            if (c != null) {
                items.put(p.id(), new LibraryItem(p.id(), c.id(), c.slug(), p.title(),
                        "/c/" + c.slug() + "/pages/" + p.id(), p.updatedBy()));
            }
        }
        return items;
    }
}
