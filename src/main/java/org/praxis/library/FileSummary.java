package org.praxis.library;

import java.time.Instant;

import org.praxis.account.MemberName;

/** A file in a list: what it is, its current version, who shared it, and how often it was downloaded. */
public record FileSummary(long id, String title, String fileName, String contentType, long sizeBytes, int version,
                          MemberName uploader, Instant updatedAt, long downloads, Long folderId, String language,
                          boolean hasThumbnail) {
}
