package org.praxis.library;

import java.util.List;

/**
 * A file's page for one member: its summary, description, folder, every version, how it can be
 * previewed in the page, and what the reader may do with it.
 */
public record FileDetails(FileSummary file, String description, String folderName, List<FileVersionView> versions,
                          Preview preview, Can can) {

    /** How the page shows the file in place: a picture, a PDF viewer, or not at all. */
    public enum Preview { IMAGE, PDF, NONE }

    /** What the reader may do. */
    public record Can(boolean edit, boolean remove, boolean reasonRequired) {
    }
}
