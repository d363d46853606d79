package org.praxis.library;

import java.time.Instant;
import java.util.List;

/**
 * Domain events of community files, published when the change commits. Files are members-only:
 * whoever reacts checks again who may read each file ({@code ReadableContent} "FILE").
 */
public final class FileEvents {

    private FileEvents() {
    }

    /**
     * A member shared new files, in one upload (one event for the whole batch). New versions of
     * existing files are not announced by this event.
     */
    public record FilesUploaded(long communityId, long uploaderId, List<Long> fileIds, Instant at) {

        public FilesUploaded {
            fileIds = List.copyOf(fileIds);
        }
    }

    /** A moderator removed someone's file, with a reason its uploader is told. */
    public record FileRemoved(long fileId, long communityId, long uploaderId, long removedBy, String title, String reason,
                              Instant at) {
    }
}
