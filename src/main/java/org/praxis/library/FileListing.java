package org.praxis.library;

import java.util.List;

import org.praxis.shared.ResultPage;

/**
 * The Files tab for one member: the folders, the files of the chosen folder (or all), the space
 * the community's files take against its quota, and what the reader may do.
 */
public record FileListing(List<FolderView> folders, FolderView folder, ResultPage<FileSummary> files, long bytesUsed,
                          long quotaBytes, boolean canUpload, boolean canManageFolders) {

    /** Share of the quota used, 0 to 100, for the gauge. */
    public int percentUsed() {
        return quotaBytes <= 0 ? 0 : (int) Math.min(100, Math.round(bytesUsed * 100.0 / quotaBytes));
    }
}
