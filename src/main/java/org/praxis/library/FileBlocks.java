package org.praxis.library;

import java.util.List;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.library.internal.Folder;
import org.praxis.library.internal.Folders;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.springframework.stereotype.Component;

/**
 * The {@code {{files}}} block of community pages: the latest files, or those of one folder with
 * {@code {{files folder="Reports"}}}. Files are for members only, so the block is empty for
 * everyone else, even on a page they may read.
 */
@Component
class FileBlocks implements PageBlocks {

    private final CommunityFiles files;
    private final Folders folders;
    private final CommunityCatalog catalog;

    FileBlocks(CommunityFiles files, Folders folders, CommunityCatalog catalog) {
        this.files = files;
        this.folders = folders;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "files";
    }

    @Override
    public List<PageBlockItem> items(Actor reader, CommunityFacts community, String argument) {
        String folderName = PageBlocks.attributes(argument).get("folder");
        Long folderId = null;
        if (folderName != null) {
            folderId = folders.findByCommunityIdAndNameKey(community.id(), Folder.keyOf(folderName.strip()))
                    .map(Folder::getId).orElse(null);
            if (folderId == null) {
                return List.of();
            }
        }
        List<FileSummary> found = files.recent(reader, community, folderId, CommunityPages.BLOCK_ITEMS_MAX);
        if (found.isEmpty()) {
            return List.of();
        }
        CommunityRef ref = catalog.refs(List.of(community.id())).get(community.id());
        return found.stream().map(f -> new PageBlockItem(f.title(), "/c/" + ref.slug() + "/files/" + f.id(), f.fileName()))
                .toList();
    }
}
